import { ImportResult } from '@jenjang/domain/shared/job.contract';
import type { Selectable } from 'kysely';
import type { JobTable } from '../../db/schema';
import { type Locale, translate } from '../../i18n/translate';
import { INTERRUPTED, isStale } from './job-outcome';

/**
 * A job row as the Job contract shows it, with its failure translated into the caller's language.
 * A job whose process died shows as failed at once, before any start-up marks its row.
 */
export function toJobResponse(job: Selectable<JobTable>, locale: Locale, now = new Date()) {
  const stale = isStale(job, now);
  const error = stale ? INTERRUPTED : (job.error as { key: string; params: Record<string, unknown> } | null);
  return {
    id: job.id,
    kind: job.kind,
    status: stale ? ('failed' as const) : job.status,
    progress: { done: job.progress_done, total: job.progress_total },
    // An import's counts; another kind's result (talent.place: a year's counts) is read where it belongs.
    result: ImportResult.safeParse(job.result).data ?? null,
    errors: error ? [{ message: translate(locale, error.key, error.params) }] : null,
    createdAt: new Date(job.created_at).toISOString(),
    finishedAt: job.finished_at ? new Date(job.finished_at).toISOString() : null,
  };
}
