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
  promotionFailures,
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

/**
 * The active PNS a list weighs, each by position: `ids[i]` is the employee, `distinct[groupOf[i]]`
 * what the rules read of them. People with the same data share one PromotionCandidate (a government
 * of 210,400 has tens of thousands of distinct ones, fewer in a real registry), so weighing them all
 * costs a group each, and no object is kept per person. `names` and `nips` only for a search.
 */
export interface People {
  ids: Int32Array;
  groupOf: Uint32Array;
  distinct: PromotionCandidate[];
  names?: string[];
  nips?: string[];
}

/** What the rules read of a person of `people`. */
export const candidateAt = (people: People, i: number): PromotionCandidate =>
  people.distinct[people.groupOf[i]!]!;

/** Where some employees are in `people`: those it does not hold are not in the map. */
export function positionsOf(people: People, ids: readonly number[]): Map<number, number> {
  const wanted = new Set(ids);
  const at = new Map<number, number>();
  people.ids.forEach((id, i) => {
    if (wanted.has(id)) at.set(id, i);
  });
  return at;
}

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
): Promise<People> {
  return loadPeopleFor(
    tx,
    rules.map((r) => ({ period, rules: r })),
    filter,
  );
}

/**
 * Rows a cursor hands over at once: ~3 MB of row objects, which die young (V8 collects them without
 * growing its heap) where batches of 50,000 outlived a collection and grew the process by ~100 MB.
 */
const BATCH = 10_000;

/**
 * The same for several periods at once, each under its rules (an indicator's periods): the annual
 * predikat any of them reads, and the sanctions that may be in force on the earliest or later.
 */
export async function loadPeopleFor(
  tx: Tx,
  periods: readonly { period: string; rules: PromotionRules }[],
  filter: { unitId?: number; employeeId?: number; withNames?: boolean } = {},
): Promise<People> {
  const years = [...new Set(periods.flatMap((p) => appraisalYears(p.period, p.rules)))].sort((a, b) => a - b);
  const earliest = periods.map((p) => p.period).sort()[0];
  const sanctions =
    earliest === undefined
      ? []
      : await repo.sanctionsSince(tx, earliest, filter.employeeId ? [filter.employeeId] : null);
  const grouping = new PeopleGrouping(
    years,
    groupBy(sanctions, (s) => s.employeeId),
    filter.withNames === true,
  );
  await repo.eachWeighedBatch(tx, years, filter, BATCH, (rows) => {
    for (const row of rows) grouping.add(row);
  });
  return grouping.done();
}

const NO_SANCTIONS: PromotionCandidate['sanctions'] = Object.freeze([]);

/** The registry's jenjang of a functional position, if it is one the rules know. */
export const fungsionalLevel = (value: string | null): FungsionalLevel | null =>
  value !== null && (FUNGSIONAL_LEVELS as readonly string[]).includes(value)
    ? (value as FungsionalLevel)
    : null;

/**
 * Every field of a PromotionCandidate, those PeopleGrouping tells people apart by (a field a person
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

/**
 * People grouped by what promotionEligibility reads of them, as their rows come: in a registry most
 * people share their golongan, TMT golongan (a period date), education and predikat with many
 * others. A row's fields of READ but the sanctions (employeeType is always PNS here) come as one
 * text (WeighedRow.inputs) that leads to its group, and are read out of it once a group. Lists are
 * told apart by their identity, so people with the same predikat are given the same list; a person
 * with a sanction has a list of their own, and so a group of their own.
 */
export class PeopleGrouping {
  private readonly groups = new Map<string, number>();
  private readonly lists = new Map<string, PromotionCandidate['predikats']>();
  private readonly distinct: PromotionCandidate[] = [];
  private ids = new Int32Array(1024);
  private groupOf = new Uint32Array(1024);
  private count = 0;
  private readonly names: string[] = [];
  private readonly nips: string[] = [];

  constructor(
    private readonly years: readonly number[],
    private readonly sanctionsOf: ReadonlyMap<number, PromotionCandidate['sanctions']>,
    private readonly withNames: boolean,
  ) {}

  add(row: repo.WeighedRow): void {
    const sanctions = this.sanctionsOf.get(row.employeeId);
    let group = sanctions ? undefined : this.groups.get(row.inputs);
    if (group === undefined) {
      group = this.distinct.push(this.candidateOf(row.inputs, sanctions ?? NO_SANCTIONS)) - 1;
      if (!sanctions) this.groups.set(row.inputs, group);
    }
    if (this.count === this.ids.length) this.grow();
    this.ids[this.count] = row.employeeId;
    this.groupOf[this.count] = group;
    this.count++;
    if (this.withNames) {
      this.names.push(row.name ?? '');
      this.nips.push(row.nip ?? '');
    }
  }

  private candidateOf(inputs: string, sanctions: PromotionCandidate['sanctions']): PromotionCandidate {
    const [golongan, tmtGolongan, educationText, positionLevel, predikats] = repo.inputsOf(inputs);
    return {
      employeeType: 'PNS',
      golongan: golongan ?? null,
      tmtGolongan: tmtGolongan ?? null,
      educationText: educationText ?? null,
      positionLevel: fungsionalLevel(positionLevel ?? null),
      predikats: this.predikatList(predikats ?? ''),
      sanctions,
    };
  }

  done(): People {
    const people: People = {
      ids: this.ids.slice(0, this.count),
      groupOf: this.groupOf.slice(0, this.count),
      distinct: this.distinct,
    };
    if (this.withNames) Object.assign(people, { names: this.names, nips: this.nips });
    return people;
  }

  /** The years' predikat as a list, one list for each text ("baik,", "baik,sangat_baik", …). */
  private predikatList(text: string): PromotionCandidate['predikats'] {
    let list = this.lists.get(text);
    if (!list) {
      const each = text.split(',');
      list = this.years.flatMap((year, i) => (each[i] ? [{ year, predikat: each[i] as Predikat }] : []));
      this.lists.set(text, list);
    }
    return list;
  }

  private grow() {
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.ids = ids;
    const groupOf = new Uint32Array(this.groupOf.length * 2);
    groupOf.set(this.groupOf);
    this.groupOf = groupOf;
  }
}

/** The rules a person fails, a bit each in PROMOTION_RULE_KEYS' order: 0 when eligible. */
export const failingBit = (rule: PromotionRuleKey) => 1 << PROMOTION_RULE_KEYS.indexOf(rule);

/**
 * Which rules each person fails (failingBit) under promotionEligibility, weighing one person of each
 * group with promotionFailures (which runs each check once per distinct value it reads). Only the
 * outcome is kept, not every check's reasons: a list shows those for its page's rows alone.
 */
export function weigh(people: People, rules: PromotionRules, period: string): Uint32Array {
  const outcomes = people.distinct.map(promotionFailures(rules, period));
  return people.groupOf.map((group) => outcomes[group]!);
}

/** summarizeEligibility's counts, of what weigh found. */
export function summaryOf(failing: Uint32Array): EligibilitySummary {
  const counts = Object.fromEntries(PROMOTION_RULE_KEYS.map((k) => [k, 0])) as EligibilitySummary['failing'];
  let eligible = 0;
  for (const mask of failing) {
    if (mask === 0) eligible++;
    else
      PROMOTION_RULE_KEYS.forEach((rule, bit) => {
        if (mask & (1 << bit)) counts[rule] += 1;
      });
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
    const failing = weigh(people, rules, query.period);
    const promotions = new Map(
      (await repo.promotionsOfPeriod(tx, query.period)).map((p) => [p.employeeId, p] as const),
    );
    const failingRule = query.failing ? failingBit(query.failing) : 0;
    const shows = (i: number) => {
      const mask = failing[i]!;
      if (needle && !people.names![i]!.toLowerCase().includes(needle) && !people.nips![i]!.includes(needle))
        return false;
      if (failingRule && !(mask & failingRule)) return false;
      return query.show === 'eligible'
        ? mask === 0
        : query.show === 'notEligible'
          ? mask !== 0
          : query.show === 'proposed'
            ? promotions.has(people.ids[i]!)
            : true;
    };
    // The page is read by name from PostgreSQL among those shown (or all but those not shown,
    // whichever are fewer), so that nobody's name is read or sorted but the page's.
    const shown: number[] = [];
    const hidden: number[] = [];
    people.ids.forEach((id, i) => {
      (shows(i) ? shown : hidden).push(id);
    });
    const among = shown.length <= hidden.length ? { ids: shown } : { except: hidden };
    const rows = await repo.candidates(tx, {
      unitId: query.unitId,
      ...among,
      page: { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    });
    const at = positionsOf(
      people,
      rows.map((r) => r.employeeId),
    );
    const proposals = { proposed: 0, approved: 0, rejected: 0 };
    for (const p of promotions.values()) proposals[p.state] += 1;
    return {
      period: query.period,
      proposalDue: proposalDueDate(query.period, rules),
      current: source,
      summary: summaryOf(failing),
      proposals,
      items: rows.flatMap((row) => {
        const i = at.get(row.employeeId);
        if (i === undefined) return [];
        const result = promotionEligibility(candidateAt(people, i), rules, query.period);
        const promotion = promotions.get(row.employeeId);
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
    const people = await loadPeople(tx, period!, [then], { employeeId });
    if (people.ids.length === 0) return { next: null, history };
    const result = promotionEligibility(candidateAt(people, 0), then, period!);
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
