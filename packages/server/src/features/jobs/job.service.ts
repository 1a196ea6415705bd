import { type Actor, can } from '@jenjang/domain/shared/access';
import { type Db, withTenant } from '../../db/database';
import { notFound } from '../../http/problem';
import type { Locale } from '../../i18n/translate';
import * as repo from './job.repository';
import { toJobResponse } from './job-response';

/**
 * A job as its reader sees it (GET /jobs/:id): one's own jobs only (`job.read`). Another's looks
 * exactly like an absent one, so nobody probes for what others run.
 */
export async function getJob(db: Db, actor: Actor, id: string, locale: Locale) {
  const job = await withTenant(db, actor.tenantId, (tx) => repo.findJob(tx, id));
  if (!job || !can(actor, 'job.read', { tenantId: job.tenant_id, accountId: job.account_id })) {
    throw notFound();
  }
  return toJobResponse(job, locale);
}
