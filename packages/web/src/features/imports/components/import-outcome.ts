import type { Job } from '../../../api/types';

// What an import came to, said truthfully: a job that read every row but imported none did not
// "finish" in any sense a user cares about.

export type ImportOutcome = 'running' | 'failed' | 'rejected' | 'partial' | 'succeeded';

export function importOutcome(job: Pick<Job, 'status' | 'result'>): ImportOutcome {
  if (job.status === 'queued' || job.status === 'running') return 'running';
  if (job.status === 'failed') return 'failed';
  const result = job.result;
  if (!result || result.invalid === 0) return 'succeeded';
  return result.invalid >= result.rows ? 'rejected' : 'partial';
}

/** Rows that made it in: new, changed, or already as the file says. */
export function importedRows(result: NonNullable<Job['result']>): number {
  return result.inserted + result.updated + result.unchanged;
}
