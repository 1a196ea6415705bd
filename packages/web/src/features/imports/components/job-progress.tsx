import { useTranslation } from 'react-i18next';
import type { Job } from '../../../api/types';
import { WorkProgress } from '../../../components/work-progress';
import { useFormat } from '../../../lib/use-format';

/** Progress of a queued or running import; indeterminate until the row count is known. */
export function JobProgress({ job }: { job: Job }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { done, total } = job.progress;
  const text =
    job.status === 'queued'
      ? t('imports.progress.queued')
      : total
        ? t('imports.progress.rows', { done: format.number(done), total: format.number(total) })
        : t('imports.progress.rowsUnknown', { done: format.number(done) });

  return (
    <WorkProgress
      text={text}
      label={t('imports.progress.label')}
      done={done}
      total={total}
      running={job.status === 'running'}
    />
  );
}
