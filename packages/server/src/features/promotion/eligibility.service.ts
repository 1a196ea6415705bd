import type { Predikat } from '@jenjang/domain/performance/predikat.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import type { PromotionRules } from '@jenjang/domain/talent/promotion.contract';
import {
  appraisalYears,
  type PromotionCandidate,
  promotionEligibility,
  promotionPeriods,
  proposalDueDate,
  summarizeEligibility,
} from '@jenjang/domain/talent/promotion.rules';
import type { EligibilityQuery } from '@jenjang/domain/talent/promotion-api.contract';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { notFound } from '../../http/problem';
import { requireManager } from '../performance/performance-access';
import * as repo from './promotion.repository';
import { rulesInForce } from './promotion-rules';

// A period's eligibility list, every person with the outcome of every rule; an employee's own next
// period; the periods ahead. All under the rules in force on the period date (promotion-rules.ts).

export type Person = PromotionCandidate & { id: number; row: repo.CandidateRow };

/**
 * The active PNS a list weighs (or one of them), each with the annual predikat any of `rules` reads
 * for `period` and the sanctions that may be in force on it.
 */
export async function loadPeople(
  tx: Tx,
  period: string,
  rules: readonly PromotionRules[],
  filter: { unitId?: number; employeeId?: number } = {},
): Promise<Person[]> {
  const rows = await repo.candidates(tx, filter);
  const ids = filter.unitId || filter.employeeId ? rows.map((r) => r.employeeId) : null;
  const years = [...new Set(rules.flatMap((r) => appraisalYears(period, r)))];
  const [predikats, sanctions] = await Promise.all([
    repo.annualPredikats(tx, years, ids),
    repo.sanctionsSince(tx, period, ids),
  ]);
  const predikatsOf = groupBy(predikats, (p) => p.employeeId);
  const sanctionsOf = groupBy(sanctions, (s) => s.employeeId);
  return rows.map((row) => ({
    id: row.employeeId,
    row,
    employeeType: row.employeeType,
    golongan: row.golongan,
    tmtGolongan: row.tmtGolongan,
    educationText: row.education,
    predikats: (predikatsOf.get(row.employeeId) ?? []).map((p) => ({
      year: p.year,
      predikat: p.predikat as Predikat,
    })),
    sanctions: sanctionsOf.get(row.employeeId) ?? [],
  }));
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export const personRef = (row: repo.CandidateRow) => ({
  employeeId: row.employeeId,
  name: row.name,
  nip: row.nip,
  golongan: row.golongan,
  unit: row.unit,
});

export function promotionView(row: repo.PromotionRow) {
  return {
    ...row,
    proposedAt: row.proposedAt.toISOString(),
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
  };
}

/** The next periods under the rules in force today. */
export async function upcomingPeriods(db: Db, actor: Actor, now: Date) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const today = await tenantToday(tx, now);
    const { rules, source } = await rulesInForce(tx, today);
    const past = promotionPeriods(`${Number(today.slice(0, 4)) - 1}-01-01`, 24, rules).filter(
      (d) => d < today,
    );
    const dates = [...past.slice(-2), ...promotionPeriods(today, 4, rules)];
    return {
      current: source,
      rules,
      items: dates.map((date) => ({ date, proposalDue: proposalDueDate(date, rules) })),
    };
  });
}

/** One period's list: who is eligible under the rules in force on it, and why or why not. */
export async function eligibilityList(db: Db, actor: Actor, query: z.output<typeof EligibilityQuery>) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const { rules, source } = await rulesInForce(tx, query.period);
    const people = await loadPeople(tx, query.period, [rules], { unitId: query.unitId });
    const promotions = new Map(
      (await repo.promotionsOfPeriod(tx, query.period)).map((p) => [p.employeeId, p] as const),
    );
    const results = people.map((person) => ({
      person,
      result: promotionEligibility(person, rules, query.period),
      promotion: promotions.get(person.id) ?? null,
    }));
    const needle = query.q?.toLowerCase();
    const shown = results.filter(({ person, result, promotion }) => {
      if (needle && !person.row.name.toLowerCase().includes(needle) && !person.row.nip.includes(needle)) {
        return false;
      }
      if (query.failing && result.checks.every((c) => c.rule !== query.failing || c.met)) return false;
      switch (query.show) {
        case 'eligible':
          return result.eligible;
        case 'notEligible':
          return !result.eligible;
        case 'proposed':
          return promotion !== null;
        default:
          return true;
      }
    });
    const start = (query.page - 1) * query.pageSize;
    const proposals = { proposed: 0, approved: 0, rejected: 0 };
    for (const p of promotions.values()) proposals[p.state] += 1;
    return {
      period: query.period,
      proposalDue: proposalDueDate(query.period, rules),
      current: source,
      summary: summarizeEligibility(results.map((r) => r.result)),
      proposals,
      items: shown.slice(start, start + query.pageSize).map(({ person, result, promotion }) => ({
        ...personRef(person.row),
        position: person.row.position,
        tmtGolongan: person.row.tmtGolongan,
        education: person.row.education,
        eligible: result.eligible,
        target: result.target,
        checks: result.checks,
        promotion: promotion ? promotionView(promotion) : null,
      })),
      total: shown.length,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

/** An employee's own next period, with every rule's outcome, and their promotions so far. */
export async function myPromotion(db: Db, actor: Actor, now: Date) {
  const employeeId = actor.employeeId;
  if (employeeId === null) throw notFound();
  return withTenant(db, actor.tenantId, async (tx) => {
    const today = await tenantToday(tx, now);
    const history = (await repo.promotionsOf(tx, employeeId)).map(promotionView);
    const { rules } = await rulesInForce(tx, today);
    // The next period not already taken by a proposal or a decree of theirs.
    const taken = new Set(history.filter((p) => p.state !== 'rejected').map((p) => p.period));
    const period = promotionPeriods(today, taken.size + 1, rules).find((date) => !taken.has(date));
    const { rules: then, source } = await rulesInForce(tx, period!);
    const [person] = await loadPeople(tx, period!, [then], { employeeId });
    if (!person) return { next: null, history };
    const result = promotionEligibility(person, then, period!);
    return {
      next: {
        period: period!,
        proposalDue: proposalDueDate(period!, then),
        eligible: result.eligible,
        target: result.target,
        checks: result.checks,
        current: source,
      },
      history,
    };
  });
}
