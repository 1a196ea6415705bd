import type { Actor } from '@jenjang/domain/shared/access';
import { type Db, withTenant } from '../../db/database';
import { publish } from '../../events';
import { type JobContext, JobProblem } from '../jobs/job-outcome';

// Imports that did not happen leave a trace too: a refused upload (import.refused) and a job that
// failed (import.failed), each with the message key that says why. The import's own transaction
// has rolled back by then, so these are written in one of their own.

/** A file name is the user's to choose; the audit log keeps a sane length of it. */
const MAX_NAME_CHARS = 255;
/** The reason recorded for a failure that is not one of the import's own (a bug, a lost database). */
const UNEXPECTED = 'problem.internal';

export function auditImportRefused(db: Db, actor: Actor, kind: string, fileName: string, reason: string) {
  return withTenant(db, actor.tenantId, (tx) =>
    publish(tx, actor.tenantId, {
      type: 'import.refused',
      actorAccountId: actor.accountId,
      payload: { kind, file: fileName.slice(0, MAX_NAME_CHARS), reason },
    }),
  );
}

/**
 * Records a failed import job. Never replaces the failure itself: when even this write fails (the
 * database is gone), the job's own row, written by the runner, is what remains.
 */
export async function auditImportFailed(
  db: Db,
  ctx: JobContext,
  kind: string,
  fileName: string,
  error: unknown,
) {
  const reason = error instanceof JobProblem ? error.key : UNEXPECTED;
  await withTenant(db, ctx.tenantId, (tx) =>
    publish(tx, ctx.tenantId, {
      type: 'import.failed',
      actorAccountId: ctx.accountId,
      payload: { jobId: ctx.jobId, kind, file: fileName.slice(0, MAX_NAME_CHARS), reason },
    }),
  ).catch(() => {});
}
