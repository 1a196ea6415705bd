import type { AcknowledgementSummary } from '@jenjang/domain/policies/policy.contract';
import type { Actor } from '@jenjang/domain/shared/access';
import { type Db, type Tx, withTenant } from '../../db/database';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import * as repo from './acknowledgement.repository';
import * as policies from './policy.repository';
import { authorise, mayDo, readablePolicy, versionVisible } from './policy-access';

// Publication: every employee states once that they have read an adopted version (their own act,
// in the audit log under their account); reviewers see how far each version reached, OPD by OPD,
// as counts: who did is in the audit log, not on the page.

/** The version, if this reader may see it; a draft or discarded text is 404 to a non-reviewer. */
async function visibleVersion(tx: Tx, actor: Actor, policyId: number, versionId: number) {
  const policy = await readablePolicy(tx, actor, policyId);
  const version = await policies.findVersion(tx, policyId, versionId);
  if (!version || !versionVisible(actor, version.status)) throw notFound();
  return { policy, version };
}

export async function acknowledge(db: Db, actor: Actor, policyId: number, versionId: number, now: Date) {
  authorise(actor, 'policy.participate');
  if (actor.employeeId === null) throw new ProblemError(403, 'policy.acknowledgementNeedsEmployee');
  const employeeId = actor.employeeId;
  return withTenant(db, actor.tenantId, async (tx) => {
    const { policy, version } = await visibleVersion(tx, actor, policyId, versionId);
    // A retired policy binds nobody any more: there is nothing left to acknowledge.
    if (policy.state === 'retired') throw new ProblemError(409, 'policy.retired');
    if (version.status !== 'adopted') throw new ProblemError(409, 'policy.acknowledgementNotAdopted');
    if (await repo.insertAcknowledgement(tx, actor.tenantId, versionId, employeeId, now)) {
      await publish(tx, actor.tenantId, {
        type: 'policy.version.acknowledged',
        actorAccountId: actor.accountId,
        payload: { policyId, versionId, versionNumber: version.number, employeeId },
      });
    }
    const at = await repo.acknowledgedAt(tx, versionId, employeeId);
    // The account's employee record is of this government (row-level security): a missing row
    // means the record was removed since the session began.
    if (!at) throw new ProblemError(403, 'policy.acknowledgementNeedsEmployee');
    return { at: at.toISOString() };
  });
}

/**
 * The reader's own statement on a version, for its text: null where there is none to make (not
 * adopted, a retired policy, no employee record, or a role that takes no part).
 */
export async function ownAcknowledgement(
  tx: Tx,
  actor: Actor,
  version: { id: number; status: string },
  policyState: string | undefined,
): Promise<{ at: string | null } | null> {
  const open = version.status === 'adopted' && policyState !== undefined && policyState !== 'retired';
  if (!open || actor.employeeId === null || !mayDo(actor, 'policy.participate')) return null;
  const at = await repo.acknowledgedAt(tx, version.id, actor.employeeId);
  return { at: at?.toISOString() ?? null };
}

export function acknowledgementSummary(
  db: Db,
  actor: Actor,
  policyId: number,
  versionId: number,
): Promise<AcknowledgementSummary> {
  authorise(actor, 'policy.review');
  return withTenant(db, actor.tenantId, async (tx) => {
    await visibleVersion(tx, actor, policyId, versionId);
    const [units, shares] = await Promise.all([
      repo.countsPerOpd(tx, versionId),
      repo.acknowledgedShares(tx, [versionId]),
    ]);
    return {
      versionId,
      units: units.map((u) => ({
        unitId: u.unit_id,
        name: u.name,
        acknowledged: u.acknowledged,
        employees: u.employees,
      })),
      total: { acknowledged: shares.acknowledged.get(versionId) ?? 0, employees: shares.employees },
    };
  });
}
