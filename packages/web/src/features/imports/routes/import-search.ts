import { optionalString } from '../../../lib/search-params';

export interface ImportSearch {
  /** The job of the last upload, so a reload or a shared link shows its progress and result. */
  job?: string;
}

// Job ids are UUIDs today; any plain token is accepted so the page does not depend on it.
const JOB_ID = /^[A-Za-z0-9-]{1,64}$/;

export function validateImportSearch(search: Record<string, unknown>): ImportSearch {
  const job = optionalString(search.job);
  return job && JOB_ID.test(job) ? { job } : {};
}
