import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveySummary } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';
import { WaveStateBadge } from './survey-badges';
import { formatWaveTime } from './wave-time';

/** The latest wave's label and state, or a note that the survey has none yet. */
export function LatestWave({ survey }: { survey: SurveySummary }) {
  const { t } = useTranslation('surveyAdmin');
  const wave = survey.latestWave;
  if (!wave) {
    return (
      <Text size="sm" c="dimmed">
        {t('list.noWave')}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm">{wave.label}</Text>
      <WaveStateBadge state={wave.status} />
    </Group>
  );
}

/** When the latest wave closes (or closed). */
export function ClosesAt({ survey }: { survey: SurveySummary }) {
  const format = useFormat();
  const wave = survey.latestWave;
  if (!wave) return <Text size="sm">—</Text>;
  return (
    <Stack gap={0}>
      <Text size="sm" component="time" dateTime={wave.closesAt}>
        {formatWaveTime(wave.closesAt, format.language, format.timeZone)}
      </Text>
    </Stack>
  );
}
