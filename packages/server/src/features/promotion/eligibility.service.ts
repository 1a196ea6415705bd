import { FUNGSIONAL_LEVELS, type FungsionalLevel } from '@jenjang/domain/people/position';
import type { Predikat } from '@jenjang/domain/performance/predikat.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import type { PromotionRules } from '@jenjang/domain/talent/promotion.contract';
import {
  appraisalYears,
  type EligibilitySummary,
  PROMOTION_RULE_KEYS,
  type PromotionCandidate,
  type PromotionRuleKey,
  promotionEligibility,
  promotionPeriods,
  proposalDueDate,
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

export type Person = PromotionCandidate & { id: number; name?: string; nip?: string };

/**
 * The active PNS a list weighs (or one of them), each with the annual predikat any of `rules` reads
 * for `period` and the sanctions that may be in force on it; `withNames`, for a search, their name
 * and NIP too.
 */
export function loadPeople(
  tx: Tx,
  period: string,
  rules: readonly PromotionRules[],
  filter: { unitId?: number; employeeId?: number; withNames?: boolean } = {},
): Promise<Person[]> {
  return loadPeopleFor(
    tx,
    rules.map((r) => ({ period, rules: r })),
    filter,
  );
}

/**
 * The same for several periods at once, each under its rules (an indicator's periods): the annual
 * predikat any of them reads, and the sanctions that may be in force on the earliest or later.
 */
export async function loadPeopleFor(
  tx: Tx,
  periods: readonly { period: string; rules: PromotionRules }[],
  filter: { unitId?: number; employeeId?: number; withNames?: boolean } = {},
): Promise<Person[]> {
  const years = [...new Set(periods.flatMap((p) => appraisalYears(p.period, p.rules)))].sort((a, b) => a - b);
  const earliest = periods.map((p) => p.period).sort()[0];
  const rows = await repo.weighed(tx, years, filter);
  const ids = filter.unitId || filter.employeeId ? rows.map((r) => r.employeeId) : null;
  const sanctions = earliest === undefined ? [] : await repo.sanctionsSince(tx, earliest, ids);
  const sanctionsOf = groupBy(sanctions, (s) => s.employeeId);
  // People share their predikat lists: a few dozen lists for a whole government, not one each.
  const lists = new Map<string, Person['predikats']>();
  return rows.map((row) => {
    let predikats = lists.get(row.predikats);
    if (!predikats) {
      const each = row.predikats.split(',');
      predikats = years.flatMap((year, i) => (each[i] ? [{ year, predikat: each[i] as Predikat }] : []));
      lists.set(row.predikats, predikats);
    }
    const person: Person = {
      id: row.employeeId,
      employeeType: 'PNS',
      golongan: row.golongan,
      tmtGolongan: row.tmtGolongan,
      educationText: row.education,
      positionLevel: fungsionalLevel(row.positionLevel),
      predikats,
      sanctions: sanctionsOf.get(row.employeeId) ?? NO_SANCTIONS,
    };
    if (filter.withNames) {
      person.name = row.name;
      person.nip = row.nip;
    }
    return person;
  });
}

const NO_SANCTIONS: Person['sanctions'] = Object.freeze([]);

/** The registry's jenjang of a functional position, if it is one the rules know. */
export const fungsionalLevel = (value: string | null): FungsionalLevel | null =>
  value !== null && (FUNGSIONAL_LEVELS as readonly string[]).includes(value)
    ? (value as FungsionalLevel)
    : null;

/**
 * Every field of a PromotionCandidate, those groupByInputs tells people apart by (a field a person
 * lacks reads as absent). The check below stops the build when the domain adds one that is not
 * here, so that nobody shares another's result for a field the grouping does not know of.
 */
const READ = [
  'employeeType',
  'golongan',
  'tmtGolongan',
  'educationText',
  'positionLevel',
  'predikats',
  'sanctions',
] as const;
type EveryFieldRead<Unread extends never> = Unread;
export type InputsRead = EveryFieldRead<Exclude<keyof PromotionCandidate, (typeof READ)[number]>>;

/** The rules a person fails, a bit each in PROMOTION_RULE_KEYS' order: 0 when eligible. */
export const failingBit = (rule: PromotionRuleKey) => 1 << PROMOTION_RULE_KEYS.indexOf(rule);

/**
 * People grouped by what promotionEligibility reads of them: in a registry most people share their
 * golongan, TMT golongan (a period date), education and predikat with many others, and the rules
 * are a pure function of those. `distinct`: one person of each group; `groupOf`: each person's.
 */
export interface Grouped {
  distinct: PromotionCandidate[];
  groupOf: Uint32Array;
}

export function groupByInputs(people: readonly PromotionCandidate[]): Grouped {
  // A tree of maps, a level a field of READ: a person's path of values leads to their group. A list
  // (predikat, sanctions) is told by its identity, so people share a group only where they share
  // the list itself (loadPeople gives those with the same predikat the same list).
  const root = new Map<unknown, unknown>();
  const distinct: PromotionCandidate[] = [];
  const groupOf = new Uint32Array(people.length);
  const last = READ.length - 1;
  people.forEach((person, i) => {
    const fields = person as unknown as Record<string, unknown>;
    let level = root;
    for (let f = 0; f < last; f++) {
      const value = fields[READ[f]!];
      let next = level.get(value) as Map<unknown, unknown> | undefined;
      if (!next) {
        next = new Map();
        level.set(value, next);
      }
      level = next;
    }
    const value = fields[READ[last]!];
    let group = level.get(value) as number | undefined;
    if (group === undefined) {
      group = distinct.push(person) - 1;
      level.set(value, group);
    }
    groupOf[i] = group;
  });
  return { distinct, groupOf };
}

/**
 * Which rules each person fails (failingBit) under promotionEligibility, weighing one person of each
 * group: a list of a whole government weighs tens of thousands, not hundreds of thousands. Only the
 * outcome is kept, not every check's reasons: a list shows those for its page's rows alone.
 */
export function weigh(people: Grouped, rules: PromotionRules, period: string): Uint32Array {
  const outcomes = people.distinct.map((person) => {
    let mask = 0;
    for (const c of promotionEligibility(person, rules, period).checks)
      if (!c.met) mask |= failingBit(c.rule);
    return mask;
  });
  return people.groupOf.map((group) => outcomes[group]!);
}

/** summarizeEligibility's counts, of what weigh found. */
export function summaryOf(failing: Uint32Array): EligibilitySummary {
  const counts = Object.fromEntries(PROMOTION_RULE_KEYS.map((k) => [k, 0])) as EligibilitySummary['failing'];
  let eligible = 0;
  for (const mask of failing) {
    if (mask === 0) eligible++;
    else for (const rule of PROMOTION_RULE_KEYS) if (mask & failingBit(rule)) counts[rule] += 1;
  }
  return { considered: failing.length, eligible, failing: counts };
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

/**
 * One period's list: who is eligible under the rules in force on it, and why or why not. Everyone is
 * weighed for the counts; what a row shows besides (unit, position) is read for the page's rows only.
 */
export async function eligibilityList(db: Db, actor: Actor, query: z.output<typeof EligibilityQuery>) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const { rules, source } = await rulesInForce(tx, query.period);
    const needle = query.q?.toLowerCase();
    const people = await loadPeople(tx, query.period, [rules], {
      unitId: query.unitId,
      withNames: needle !== undefined,
    });
    const failing = weigh(groupByInputs(people), rules, query.period);
    const promotions = new Map(
      (await repo.promotionsOfPeriod(tx, query.period)).map((p) => [p.employeeId, p] as const),
    );
    const failingRule = query.failing ? failingBit(query.failing) : 0;
    const shown: number[] = [];
    people.forEach((person, i) => {
      const mask = failing[i]!;
      if (needle && !person.name!.toLowerCase().includes(needle) && !person.nip!.includes(needle)) return;
      if (failingRule && !(mask & failingRule)) return;
      const show =
        query.show === 'eligible'
          ? mask === 0
          : query.show === 'notEligible'
            ? mask !== 0
            : query.show === 'proposed'
              ? promotions.has(person.id)
              : true;
      if (show) shown.push(i);
    });
    const start = (query.page - 1) * query.pageSize;
    const page = shown.slice(start, start + query.pageSize).map((i) => people[i]!);
    const rows = new Map(
      (await repo.candidates(tx, { ids: page.map((p) => p.id) })).map((r) => [r.employeeId, r]),
    );
    const proposals = { proposed: 0, approved: 0, rejected: 0 };
    for (const p of promotions.values()) proposals[p.state] += 1;
    return {
      period: query.period,
      proposalDue: proposalDueDate(query.period, rules),
      current: source,
      summary: summaryOf(failing),
      proposals,
      items: page.flatMap((person) => {
        const row = rows.get(person.id);
        if (!row) return [];
        const result = promotionEligibility(person, rules, query.period);
        const promotion = promotions.get(person.id);
        return [
          {
            ...personRef(row),
            position: row.position,
            tmtGolongan: row.tmtGolongan,
            education: row.education,
            eligible: result.eligible,
            target: result.target,
            checks: result.checks,
            promotion: promotion ? promotionView(promotion) : null,
          },
        ];
      }),
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
