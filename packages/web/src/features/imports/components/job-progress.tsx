import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';

/** Progress of a queued or running import; indeterminate until the row count is known. */
export function JobProgress({ job }: { job: Job }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { done, total } = job.progress;
  const percent = total ? Math.min(100, Math.floor((done / total) * 100)) : null;
  const text =
    job.status === 'queued'
      ? t('imports.progress.queued')
      : total
        ? t('imports.progress.rows', { done: format.number(done), total: format.number(total) })
        : t('imports.progress.rowsUnknown', { done: format.number(done) });

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {text}
        </Text>
        {percent !== null && (
          <Text size="sm" fw={700} aria-hidden="true">
            {format.percent(percent / 100)}
          </Text>
        )}
      </Group>
      <Progress.Root size="xl" radius="md">
        {percent === null ? (
          <Progress.Section
            value={100}
            animated
            withAria={false}
            role="progressbar"
            aria-label={t('imports.progress.label')}
            aria-valuetext={text}
          />
        ) : (
          <Progress.Section
            value={percent}
            animated={job.status === 'running'}
            aria-label={t('imports.progress.label')}
          >
            {percent >= 10 && <Progress.Label>{format.percent(percent / 100)}</Progress.Label>}
          </Progress.Section>
        )}
      </Progress.Root>
    </Stack>
  );
}
