import { Badge, Group, RingProgress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JpAttainment } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';

const STATUS_COLORS: Record<JpAttainment['status'], string> = {
  met: 'teal',
  onTrack: 'blue',
  behind: 'orange',
  aboveCeiling: 'red',
};

/** A year's JP against the target: a ring, the figures and the status in words. */
export function JpProgress({ attainment }: { attainment: JpAttainment }) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const earned = format.number(attainment.earned);
  const target = format.number(attainment.target);
  const color = STATUS_COLORS[attainment.status];
  return (
    <Group gap="md" wrap="nowrap" align="center">
      <RingProgress
        size={96}
        thickness={10}
        roundCaps
        sections={[{ value: Math.min(100, attainment.share * 100), color }]}
        label={
          <Text ta="center" size="sm" fw={700} aria-hidden>
            {format.percent(Math.min(1, attainment.share))}
          </Text>
        }
        aria-hidden
      />
      <Stack gap={4}>
        <Text fw={600} size="lg">
          {t('jp.progress', { earned, target })}
        </Text>
        <Badge color={color} variant="light" style={{ alignSelf: 'flex-start' }}>
          {t(`jp.status.${attainment.status}`)}
        </Badge>
        {attainment.status === 'behind' && (
          <Text size="sm" c="dimmed">
            {t('jp.expected', { expected: format.number(Math.round(attainment.expectedByNow * 10) / 10) })}
          </Text>
        )}
        {attainment.ceiling !== null && (
          <Text size="sm" c="dimmed">
            {t('jp.ceiling', { ceiling: format.number(attainment.ceiling) })}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
