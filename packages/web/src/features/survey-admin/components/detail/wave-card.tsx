import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail, WaveSummary } from '../../../../api/types';
import { useFormat } from '../../../../lib/use-format';
import { ResponseProgress } from '../response-progress';
import { WaveStateBadge } from '../survey-badges';
import { formatWaveTime } from '../wave-time';
import { WaveActions } from './wave-actions';

/** One wave: its state, window, the figures so far and the actions it allows. */
export function WaveCard({ survey, wave }: { survey: SurveyDetail; wave: WaveSummary }) {
  const { t } = useTranslation('surveyAdmin');
  const format = useFormat();
  const headingId = useId();
  const figure = (label: string, value: number) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{format.number(value)}</Text>
    </Stack>
  );

  return (
    <Paper withBorder radius="md" p="md" component="li" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={3} size="h5" id={headingId}>
                {wave.label}
              </Title>
              <WaveStateBadge state={wave.status} />
            </Group>
            <Text size="sm">
              <time dateTime={wave.opensAt}>
                {formatWaveTime(wave.opensAt, format.language, format.timeZone)}
              </time>
              {' – '}
              <time dateTime={wave.closesAt}>
                {formatWaveTime(wave.closesAt, format.language, format.timeZone)}
              </time>
            </Text>
            <Text size="xs" c="dimmed">
              {t('wave.meta', { number: wave.number, version: wave.instrumentVersion })}
            </Text>
            {wave.reminderAt !== null && (
              <Text size="sm">
                {t('wave.reminderScheduled', {
                  time: formatWaveTime(wave.reminderAt, format.language, format.timeZone),
                })}
              </Text>
            )}
          </Stack>
          <WaveActions survey={survey} wave={wave} />
        </Group>
        {wave.status !== 'draft' && (
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            {survey.mode !== 'public' && wave.invited !== null && figure(t('wave.invited'), wave.invited)}
            {wave.responses !== null && figure(t('wave.responses'), wave.responses)}
            {wave.withheld !== null && wave.withheld > 0
              ? figure(t('wave.withheld'), wave.withheld)
              : wave.pending !== null && figure(t('wave.pending'), wave.pending)}
            <ResponseProgress wave={wave} />
          </SimpleGrid>
        )}
        {wave.status !== 'draft' && (
          <Text size="xs" c="dimmed">
            {survey.mode === 'public'
              ? t('wave.publicReleaseHelp', { k: survey.minGroupSize })
              : t('wave.pendingHelp', { k: survey.minGroupSize })}
          </Text>
        )}
        {wave.status === 'draft' && (
          <Text size="sm" c="dimmed">
            {t('wave.draftHelp')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
