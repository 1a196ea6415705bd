import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { WorkProgress } from '../../../components/work-progress';
import { queryKeys } from '../../../lib/query-keys';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { isJobActive, usePlacingJob } from '../api/talent';

/**
 * A year being placed: the job's progress (people placed of those considered) while it runs; at its
 * end the year's figures are read again. A failure is said with the job's own reason.
 */
export function PlacingProgress({
  jobId,
  year,
  onDone,
}: {
  jobId: string;
  year: number;
  onDone: () => void;
}) {
  const { t } = useTranslation('talent');
  const client = useQueryClient();
  const notify = useNotify();
  const job = usePlacingJob(jobId);
  const status = job.data?.status;
  const failedToRead = job.isError;

  useEffect(() => {
    if (status === 'succeeded') {
      void client.invalidateQueries({ queryKey: queryKeys.talent.all });
      notify({ color: 'teal', message: t('place.done', { year }) });
      onDone();
    }
  }, [status, client, notify, t, year, onDone]);

  useEffect(() => {
    // The job may have ended even though it could not be read: the year's figures say.
    if (failedToRead || status === 'failed')
      void client.invalidateQueries({ queryKey: queryKeys.talent.all });
  }, [failedToRead, status, client]);

  if (job.isError) {
    return (
      <Stack gap="xs">
        <ErrorAlert error={job.error} title={t('place.unknownTitle')} />
        <Button variant="default" size="xs" style={{ alignSelf: 'flex-start' }} onClick={onDone}>
          {t('place.dismiss')}
        </Button>
      </Stack>
    );
  }
  if (job.data?.status === 'failed') {
    return (
      <Alert color="red" variant="light" title={t('place.failed', { year })} role="alert">
        <Stack gap="xs" align="flex-start">
          {(job.data.errors ?? []).map((error) => (
            <Text key={error.message} size="sm">
              {error.message}
            </Text>
          ))}
          <Button variant="default" size="xs" onClick={onDone}>
            {t('place.dismiss')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Paper withBorder radius="md" p="md" data-testid="talent-placing">
      <JobBar job={job.data} year={year} />
    </Paper>
  );
}

function JobBar({ job, year }: { job: Job | undefined; year: number }) {
  const { t } = useTranslation('talent');
  const format = useFormat();
  const done = job?.progress.done ?? 0;
  const total = job?.progress.total ?? null;
  const text =
    !job || job.status === 'queued'
      ? t('place.queued', { year })
      : total !== null
        ? t('place.progress', { year, done: format.number(done), total: format.number(total) })
        : t('place.preparing', { year });
  return (
    <WorkProgress
      text={text}
      label={t('place.progressLabel')}
      done={done}
      total={total}
      running={isJobActive(job)}
      live
    />
  );
}
