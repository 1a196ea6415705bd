import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { invalidateImported, isJobActive, useJob } from '../api/get-job';
import { ImportIssues } from './import-issues';
import { ImportOutcomeAlert } from './import-outcome-alert';
import { ImportSummary } from './import-summary';
import { JobProgress } from './job-progress';

/** One import job: live progress while it runs, then its counts and issues. */
export function ImportJob({ jobId, onReset }: { jobId: string; onReset: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const job = useJob(jobId);
  const status = job.data?.status;

  useEffect(() => {
    if (status === 'succeeded') invalidateImported(queryClient);
  }, [status, queryClient]);

  if (job.isError) return <ErrorAlert error={job.error} onRetry={() => void job.refetch()} />;
  if (!job.data) return <Text c="dimmed">{t('common.loading')}</Text>;

  const data = job.data;
  const result = data.result;
  const hasIssues = result !== null && result.invalid + result.warnings > 0;

  return (
    <Stack gap="lg">
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="import-job-heading">
        <Stack gap="md">
          <Title order={2} size="h4" id="import-job-heading">
            {t('imports.job.title')}
          </Title>
          {isJobActive(data) && <JobProgress job={data} />}
          <div role="status" aria-live="polite">
            <ImportOutcomeAlert job={data} />
          </div>
          {result && <ImportSummary result={result} />}
          {!isJobActive(data) && (
            <Group>
              <Button variant="default" onClick={onReset}>
                {t('imports.job.another')}
              </Button>
            </Group>
          )}
        </Stack>
      </Card>
      {hasIssues && <ImportIssues jobId={jobId} />}
    </Stack>
  );
}
