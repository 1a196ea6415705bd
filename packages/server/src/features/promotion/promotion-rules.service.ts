import type { Actor } from '@jenjang/domain/shared/access';
import type { PromotionRules } from '@jenjang/domain/talent/promotion.contract';
import { promotionPeriods } from '@jenjang/domain/talent/promotion.rules';
import { type Db, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { ProblemError } from '../../http/problem';
import { manages } from '../performance/performance-access';
import { authorise } from '../policies/policy-access';
import { changeVersionRules, readableVersion, rulesBefore, rulesView } from '../policies/policy-rules';
import { loadPeople, personRef, summaryOf, weigh } from './eligibility.service';
import * as repo from './promotion.repository';
import { PROMOTION, rulesOfVersion } from './promotion-rules';

// The promotion rules a version of a policy states, changed only while it is a draft, by those who
// draft policies; and what they would change for a period before the version is adopted.

export async function versionRules(db: Db, actor: Actor, policyId: number, versionId: number) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { version, versions } = await readableVersion(tx, actor, 'promotion', policyId, versionId);
    return rulesView(PROMOTION, actor, version, versions);
  });
}

/** Sets (rules) or takes back (null) a draft version's promotion rules (policy-rules.ts). */
export async function setVersionRules(
  db: Db,
  actor: Actor,
  policyId: number,
  versionId: number,
  rules: PromotionRules | null,
) {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    const view = await changeVersionRules(
      tx,
      PROMOTION,
      actor,
      { policyId, versionId },
      rules,
      'promotion.versionNotDraft',
    );
    await publish(tx, actor.tenantId, {
      type: 'promotion.rulesChanged',
      actorAccountId: actor.accountId,
      payload: { policyId, versionId, stated: rules !== null },
    });
    return view;
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
    const { version, versions } = await readableVersion(tx, actor, 'promotion', policyId, versionId);
    const after = rulesOfVersion(versions, version.id)?.rules;
    if (!after) throw new ProblemError(409, 'promotion.versionHasNoRules');
    const date = period ?? promotionPeriods(await tenantToday(tx, now), 1, after)[0]!;
    const before = await rulesBefore(tx, PROMOTION, version, versions, date);
    const people = await loadPeople(tx, date, [before.rules, after]);
    // compareEligibility's comparison, each distinct person weighed once under each (weigh).
    const was = weigh(people, before.rules, date);
    const will = weigh(people, after, date);
    const gained: number[] = [];
    const lost: number[] = [];
    people.ids.forEach((id, i) => {
      if (will[i] === 0 && was[i] !== 0) gained.push(id);
      else if (was[i] === 0 && will[i] !== 0) lost.push(id);
    });
    // By name, as candidates reads them.
    const rows = manages(actor) ? await repo.candidates(tx, { ids: [...gained, ...lost] }) : [];
    const named = (ids: number[]) => {
      if (!manages(actor)) return null;
      const of = new Set(ids);
      return rows.filter((r) => of.has(r.employeeId)).map(personRef);
    };
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
