import type { Actor } from '@jenjang/domain/shared/access';
import { DEFAULT_PROMOTION_RULES, type PromotionRules } from '@jenjang/domain/talent/promotion.contract';
import { promotionPeriods } from '@jenjang/domain/talent/promotion.rules';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import { manages } from '../performance/performance-access';
import {
  authorise,
  consultedVersions,
  mayDo,
  readablePolicy,
  versionVisible,
} from '../policies/policy-access';
import { groupByInputs, loadPeople, personRef, summaryOf, weigh } from './eligibility.service';
import * as repo from './promotion.repository';
import { DEFAULTS, type ResolvedRules, rulesInForce, rulesOfVersion, sourceOf } from './promotion-rules';

// The promotion rules a version of a policy states, changed only while it is a draft, by those who
// draft policies; and what they would change for a period before the version is adopted.

/** The version, if this reader may read it (as its text: policy-access.ts), with all of its policy's versions. */
async function readableVersion(tx: Tx, actor: Actor, policyId: number, versionId: number) {
  await readablePolicy(tx, actor, policyId);
  const versions = await repo.versionsOfPolicy(tx, policyId);
  const version = versions.find((v) => v.id === versionId);
  if (!version) throw notFound();
  if (!versionVisible(actor, version.status)) {
    if (!(await consultedVersions(tx, actor, policyId)).has(versionId)) throw notFound();
  }
  return { version, versions };
}

function rulesView(actor: Actor, version: repo.VersionRow, versions: readonly repo.VersionRow[]) {
  const stated = rulesOfVersion(versions, version.id);
  return {
    rules: stated?.rules ?? null,
    inheritedFrom: stated && stated.from.id !== version.id ? stated.from.number : null,
    editable: version.status === 'draft' && mayDo(actor, 'policy.manage'),
    defaults: DEFAULT_PROMOTION_RULES,
  };
}

export async function versionRules(db: Db, actor: Actor, policyId: number, versionId: number) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { version, versions } = await readableVersion(tx, actor, policyId, versionId);
    return rulesView(actor, version, versions);
  });
}

/**
 * Sets (rules) or takes back (null: the version keeps those of the one it was drafted from) a draft
 * version's rules. The version's row is locked first, so an adoption waits for the change or the
 * change finds the version adopted and is refused.
 */
export async function setVersionRules(
  db: Db,
  actor: Actor,
  policyId: number,
  versionId: number,
  rules: PromotionRules | null,
) {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    const locked = await repo.lockVersion(tx, versionId);
    if (!locked || locked.policyId !== policyId) throw notFound();
    if (locked.status !== 'draft') throw new ProblemError(409, 'promotion.versionNotDraft');
    if (rules) await repo.saveRules(tx, actor.tenantId, versionId, rules, actor.accountId);
    else await repo.deleteRules(tx, versionId);
    await publish(tx, actor.tenantId, {
      type: 'promotion.rulesChanged',
      actorAccountId: actor.accountId,
      payload: { policyId, versionId, stated: rules !== null },
    });
    const versions = await repo.versionsOfPolicy(tx, policyId);
    return rulesView(actor, versions.find((v) => v.id === versionId)!, versions);
  });
}

/**
 * What this version's rules would change for one period (by default the next under them): against
 * the rules of the version it was drafted from, or, for a first version, those in force on the date.
 * Counts for reviewers; who gains and who loses eligibility only for the agency.
 */
export async function rulesEffect(
  db: Db,
  actor: Actor,
  policyId: number,
  versionId: number,
  period: string | undefined,
  now: Date,
) {
  authorise(actor, 'policy.review');
  return withTenant(db, actor.tenantId, async (tx) => {
    const { version, versions } = await readableVersion(tx, actor, policyId, versionId);
    const after = rulesOfVersion(versions, version.id)?.rules;
    if (!after) throw new ProblemError(409, 'promotion.versionHasNoRules');
    const date = period ?? promotionPeriods(await tenantToday(tx, now), 1, after)[0]!;
    const before = await rulesBefore(tx, version, versions, date);
    const people = await loadPeople(tx, date, [before.rules, after]);
    // compareEligibility's comparison, each distinct person weighed once under each (weigh).
    const grouped = groupByInputs(people);
    const was = weigh(grouped, before.rules, date);
    const will = weigh(grouped, after, date);
    const gained = people.filter((_, i) => will[i] === 0 && was[i] !== 0).map((p) => p.id);
    const lost = people.filter((_, i) => was[i] === 0 && will[i] !== 0).map((p) => p.id);
    const rows = manages(actor) ? await repo.candidates(tx, { ids: [...gained, ...lost] }) : [];
    const byId = new Map(rows.map((r) => [r.employeeId, r]));
    const named = (ids: number[]) =>
      manages(actor) ? ids.flatMap((id) => (byId.has(id) ? [personRef(byId.get(id)!)] : [])) : null;
    return {
      period: date,
      current: before.source,
      before: summaryOf(was),
      after: summaryOf(will),
      gainedCount: gained.length,
      lostCount: lost.length,
      gained: named(gained),
      lost: named(lost),
    };
  });
}

async function rulesBefore(
  tx: Tx,
  version: repo.VersionRow,
  versions: readonly repo.VersionRow[],
  date: string,
): Promise<ResolvedRules> {
  if (version.basedOnId === null) {
    // A first version: against what is in force without this policy (another's, or the defaults).
    const inForce = await rulesInForce(tx, date);
    return inForce.source?.policyId === version.policyId ? DEFAULTS : inForce;
  }
  const earlier = rulesOfVersion(versions, version.basedOnId);
  const basedOn = versions.find((v) => v.id === version.basedOnId)!;
  return earlier ? { rules: earlier.rules, source: sourceOf(basedOn) } : DEFAULTS;
}
