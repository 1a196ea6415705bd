import type { Selectable } from 'kysely';
import type { JobTable } from '../../db/schema';
import { type Locale, translate } from '../../i18n/translate';

/** A job row as the Job contract shows it, with its failure translated into the caller's language. */
export function toJobResponse(job: Selectable<JobTable>, locale: Locale) {
  const error = job.error as { key: string; params: Record<string, unknown> } | null;
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: { done: job.progress_done, total: job.progress_total },
    result: (job.result as never) ?? null,
    errors: error ? [{ message: translate(locale, error.key, error.params) }] : null,
    createdAt: new Date(job.created_at).toISOString(),
    finishedAt: job.finished_at ? new Date(job.finished_at).toISOString() : null,
  };
}
