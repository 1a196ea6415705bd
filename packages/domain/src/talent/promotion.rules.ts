import {
  golonganRank,
  isPnsGolongan,
  normalizeGolongan,
  PNS_GOLONGAN,
  type PnsGolongan,
} from '../people/golongan';
import type { EmployeeType } from '../people/nip.rules';
import type { FungsionalLevel } from '../people/position';
import { monthsCompleted } from '../people/service-length.rules';
import { type Predikat, atLeast as predikatAtLeast } from '../performance/predikat.rules';
import { addMonths, isCalendarDate, toCalendarDate } from '../shared/calendar-date';
import { memo } from '../shared/memo';
import { type EducationLevel, educationLevelOf } from './education-level';
import type { PromotionRules } from './promotion.contract';

// Kenaikan pangkat reguler of a PNS (PP 99/2000 jo. PP 12/2002; SIASN promotion type 101):
// who may be proposed for a period under the government's PromotionRules (DOMAIN.md §7, all [U]).
// A check that the data cannot confirm (no TMT golongan, unreadable education, no ceiling set) is
// not met: the list names only people certainly eligible, and the reason says what to look up.

export const PROMOTION_RULE_KEYS = [
  'pns',
  'topRank',
  'yearsInRank',
  'appraisals',
  'sanction',
  'educationCeiling',
  'positionCeiling',
] as const;
export type PromotionRuleKey = (typeof PROMOTION_RULE_KEYS)[number];

/** Every outcome of every check; each is an i18n key of its own (with the params named beside it). */
export const PROMOTION_CHECK_CODES = [
  'promotion.pns.met', // {employeeType}
  'promotion.pns.pppk', // {employeeType}
  'promotion.topRank.met', // {golongan, target}
  'promotion.topRank.top', // {golongan}
  'promotion.topRank.golonganUnknown', // {value}
  'promotion.yearsInRank.met', // {years, months, required}
  'promotion.yearsInRank.short', // {years, months, required, reachedOn}
  'promotion.yearsInRank.tmtUnknown', // {required}
  'promotion.appraisals.met', // {years, minimum}
  'promotion.appraisals.notConsidered', // {}
  'promotion.appraisals.below', // {years, missing, minimum}
  'promotion.appraisals.missing', // {years, minimum}
  'promotion.sanction.met', // {}
  'promotion.sanction.notConsidered', // {}
  'promotion.sanction.active', // {from, until}
  'promotion.sanction.activeOpen', // {from}
  'promotion.educationCeiling.met', // {level, ceiling, target}
  'promotion.educationCeiling.above', // {level, ceiling, target}
  'promotion.educationCeiling.educationUnknown', // {value}
  'promotion.educationCeiling.ceilingUnknown', // {level}
  'promotion.educationCeiling.noTarget', // {}
  'promotion.positionCeiling.met', // {level, ceiling, target}
  'promotion.positionCeiling.above', // {level, ceiling, target}
  'promotion.positionCeiling.notBound', // {} (not a functional position, or its jenjang has no bound set)
] as const;
export type PromotionCheckCode = (typeof PROMOTION_CHECK_CODES)[number];

export interface PromotionCheck {
  rule: PromotionRuleKey;
  met: boolean;
  code: PromotionCheckCode;
  params: Record<string, string | number>;
}

/** A disciplinary sanction, in force from `from` to `to` inclusive; `to` null: not (yet) ended. */
export interface Sanction {
  from: string;
  to: string | null;
}

/** What the rules read of one employee. Dates are 'YYYY-MM-DD'. */
export interface PromotionCandidate {
  employeeType: EmployeeType;
  /** As recorded ('III/a', '3a', …); read with normalizeGolongan. */
  golongan: string | null;
  tmtGolongan: string | null;
  /** Tingkat pendidikan as recorded ('S-1', 'D-III', …); read with educationLevelOf. */
  educationText: string | null;
  /** The jenjang of their functional position; null for any other position. */
  positionLevel?: FungsionalLevel | null;
  /** Annual predikat kinerja, in any order. */
  predikats: readonly { year: number; predikat: Predikat }[];
  sanctions: readonly Sanction[];
}

export interface PromotionEligibility {
  eligible: boolean;
  /** The golongan the promotion leads to; null at IV/e, for an unreadable golongan, or a PPPK. */
  target: PnsGolongan | null;
  checks: PromotionCheck[];
}

const PNS_CODES: readonly PnsGolongan[] = PNS_GOLONGAN.map((g) => g.code);

/** PP 99/2000: a reguler promotion is one step, I/a → I/b … IV/d → IV/e; null at IV/e. */
export function nextGolongan(code: PnsGolongan): PnsGolongan | null {
  return PNS_CODES[golonganRank(code)] ?? null;
}

/** The first `count` period dates (the 1st of each configured month) on or after `from`. */
export function promotionPeriods(from: string, count: number, rules: PromotionRules): string[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count: a whole number ≥ 0');
  const months = [...new Set(rules.periods)].sort((a, b) => a - b);
  if (months.length === 0 && count > 0) throw new RangeError('periods: at least one month');
  const dates: string[] = [];
  for (let year = Number(from.slice(0, 4)); dates.length < count; year++) {
    for (const month of months) {
      const date = toCalendarDate(year, month, 1);
      if (date >= from && dates.length < count) dates.push(date);
    }
  }
  return dates;
}

/** The day proposals for a period are due: `proposalLeadMonths` before it. */
export function proposalDueDate(periodDate: string, rules: PromotionRules): string {
  return addMonths(periodDate, -rules.proposalLeadMonths);
}

/**
 * Whether a PNS may be proposed for kenaikan pangkat reguler on `periodDate`, with every check's
 * outcome so a page can say why. A PPPK has no kenaikan pangkat (their golongan is set by contract,
 * Perpres 98/2020): the one check then says so and the others do not apply.
 */
export function promotionEligibility(
  person: PromotionCandidate,
  rules: PromotionRules,
  periodDate: string,
): PromotionEligibility {
  if (person.employeeType !== 'PNS') {
    const params = { employeeType: person.employeeType };
    return { eligible: false, target: null, checks: [check('pns', false, 'promotion.pns.pppk', params)] };
  }
  const golongan = readGolongan(person.golongan);
  const target = golongan && nextGolongan(golongan);
  const checks = [
    check('pns', true, 'promotion.pns.met', { employeeType: person.employeeType }),
    topRankCheck(person.golongan, golongan, target),
    yearsInRankCheck(person.tmtGolongan, rules, periodDate),
    appraisalsCheck(person.predikats, rules, periodDate),
    sanctionCheck(person.sanctions, rules, periodDate),
    educationCeilingCheck(person.educationText, target, rules),
    positionCeilingCheck(person.positionLevel ?? null, target, rules),
  ];
  return { eligible: checks.every((c) => c.met), target, checks };
}

/**
 * promotionEligibility's outcome for many people under one rule set and period, as the rules each
 * fails: bit i set when PROMOTION_RULE_KEYS[i] is not met, 0 when eligible. Each check reads only
 * part of a person (the golongan; the TMT; the predikat; the sanctions; the education or the jenjang
 * with the golongan), and a government's people hold few distinct values of each part, so each
 * check is run once per distinct value, by the same functions promotionEligibility runs. Lists
 * (predikat, sanctions) are told apart by identity: people who share a list share its outcome.
 */
export function promotionFailures(
  rules: PromotionRules,
  periodDate: string,
): (person: PromotionCandidate) => number {
  const failed = (c: PromotionCheck) => (c.met ? 0 : 1 << PROMOTION_RULE_KEYS.indexOf(c.rule));
  const byGolongan = memo((raw: string | null) => {
    const golongan = readGolongan(raw);
    const target = golongan && nextGolongan(golongan);
    return {
      topRank: failed(topRankCheck(raw, golongan, target)),
      educationCeiling: memo((text: string | null) => failed(educationCeilingCheck(text, target, rules))),
      positionCeiling: memo((level: FungsionalLevel | null) =>
        failed(positionCeilingCheck(level, target, rules)),
      ),
    };
  });
  const yearsInRank = memo((tmt: string | null) => failed(yearsInRankCheck(tmt, rules, periodDate)));
  const appraisals = memo((p: PromotionCandidate['predikats']) =>
    failed(appraisalsCheck(p, rules, periodDate)),
  );
  const sanction = memo((s: readonly Sanction[]) => failed(sanctionCheck(s, rules, periodDate)));
  // A rule added to PROMOTION_RULE_KEYS without a line here stops the build.
  const parts: Record<Exclude<PromotionRuleKey, 'pns'>, (p: PromotionCandidate) => number> = {
    topRank: (p) => byGolongan(p.golongan).topRank,
    yearsInRank: (p) => yearsInRank(p.tmtGolongan),
    appraisals: (p) => appraisals(p.predikats),
    sanction: (p) => sanction(p.sanctions),
    educationCeiling: (p) => byGolongan(p.golongan).educationCeiling(p.educationText),
    positionCeiling: (p) => byGolongan(p.golongan).positionCeiling(p.positionLevel ?? null),
  };
  const each = Object.values(parts);
  const notPns = 1 << PROMOTION_RULE_KEYS.indexOf('pns');
  return (person) => {
    if (person.employeeType !== 'PNS') return notPns;
    let mask = 0;
    for (const part of each) mask |= part(person);
    return mask;
  };
}

function check(
  rule: PromotionRuleKey,
  met: boolean,
  code: PromotionCheckCode,
  params: Record<string, string | number> = {},
): PromotionCheck {
  return { rule, met, code, params };
}

function readGolongan(value: string | null): PnsGolongan | null {
  if (value === null) return null;
  const read = normalizeGolongan(value, 'PNS');
  return read.ok && isPnsGolongan(read.code) ? read.code : null;
}

function topRankCheck(raw: string | null, golongan: PnsGolongan | null, target: PnsGolongan | null) {
  if (!golongan) return check('topRank', false, 'promotion.topRank.golonganUnknown', { value: raw ?? '' });
  if (!target) return check('topRank', false, 'promotion.topRank.top', { golongan });
  return check('topRank', true, 'promotion.topRank.met', { golongan, target });
}

/** Whole months from TMT golongan to the period date, against minYearsInRank × 12. */
function yearsInRankCheck(tmt: string | null, rules: PromotionRules, periodDate: string) {
  const required = rules.minYearsInRank;
  if (tmt === null || !isCalendarDate(tmt)) {
    return check('yearsInRank', false, 'promotion.yearsInRank.tmtUnknown', { required });
  }
  const months = monthsCompleted(tmt, periodDate);
  const params = { years: Math.floor(months / 12), months: months % 12, required };
  if (months >= required * 12) return check('yearsInRank', true, 'promotion.yearsInRank.met', params);
  const reachedOn = addMonths(tmt, required * 12);
  return check('yearsInRank', false, 'promotion.yearsInRank.short', { ...params, reachedOn });
}

/**
 * The years whose annual predikat count for a period: the `appraisalsConsidered` years before the
 * year proposals are due in. An annual appraisal is made after its year ends, so it must be in hand
 * when the proposal is filed: 1 April 2027 (due 1 February 2027) reads 2026 and 2025, but 1 February
 * 2027 (due 1 December 2026) reads 2025 and 2024, 2026's appraisal not being made yet. Jenjang's
 * reading of "the last two SKP" (DOMAIN.md §7 [U]), not a rule of the regulation's text.
 */
export function appraisalYears(periodDate: string, rules: PromotionRules): number[] {
  const year = Number(proposalDueDate(periodDate, rules).slice(0, 4));
  return Array.from({ length: rules.appraisalsConsidered }, (_, i) => year - 1 - i);
}

/**
 * Each considered year's predikat at least the minimum. Should a year be recorded twice, both must
 * be: a list must not promote on the kinder of two records.
 */
function appraisalsCheck(
  predikats: PromotionCandidate['predikats'],
  rules: PromotionRules,
  periodDate: string,
) {
  const years = appraisalYears(periodDate, rules);
  if (years.length === 0) return check('appraisals', true, 'promotion.appraisals.notConsidered');
  const minimum = rules.minimumPredikat;
  const recorded = (year: number) => predikats.filter((p) => p.year === year);
  const missing = years.filter((y) => recorded(y).length === 0);
  const below = years.filter((y) => recorded(y).some((p) => !predikatAtLeast(p.predikat, minimum)));
  const list = (ys: number[]) => [...ys].sort((a, b) => a - b).join(', ');
  if (below.length > 0) {
    const params = { years: list(below), missing: list(missing), minimum };
    return check('appraisals', false, 'promotion.appraisals.below', params);
  }
  if (missing.length > 0) {
    return check('appraisals', false, 'promotion.appraisals.missing', { years: list(missing), minimum });
  }
  return check('appraisals', true, 'promotion.appraisals.met', { years: list(years), minimum });
}

/** A sanction in force on the period date (`from` ≤ date ≤ `to`) bars the promotion, if the rules say so. */
function sanctionCheck(sanctions: readonly Sanction[], rules: PromotionRules, periodDate: string) {
  if (!rules.requireNoActiveSanction) return check('sanction', true, 'promotion.sanction.notConsidered');
  const active = sanctions.filter((s) => s.from <= periodDate && (s.to === null || s.to >= periodDate));
  if (active.length === 0) return check('sanction', true, 'promotion.sanction.met');
  const open = active.find((s) => s.to === null);
  if (open) return check('sanction', false, 'promotion.sanction.activeOpen', { from: open.from });
  const last = active.reduce((a, b) => ((b.to ?? '') > (a.to ?? '') ? b : a));
  return check('sanction', false, 'promotion.sanction.active', { from: last.from, until: last.to ?? '' });
}

/** The ceiling of an education level under the rules; null when the government has set none. */
export function educationCeiling(level: EducationLevel, rules: PromotionRules): PnsGolongan | null {
  return rules.educationCeilings[level] ?? null;
}

function educationCeilingCheck(text: string | null, target: PnsGolongan | null, rules: PromotionRules) {
  // Without a next golongan there is nothing to hold against the ceiling; topRank says why.
  if (!target) return check('educationCeiling', true, 'promotion.educationCeiling.noTarget');
  const level = educationLevelOf(text);
  if (!level) {
    return check('educationCeiling', false, 'promotion.educationCeiling.educationUnknown', {
      value: text ?? '',
    });
  }
  const ceiling = educationCeiling(level, rules);
  if (!ceiling)
    return check('educationCeiling', false, 'promotion.educationCeiling.ceilingUnknown', { level });
  const met = golonganRank(target) <= golonganRank(ceiling);
  const code = met ? 'promotion.educationCeiling.met' : 'promotion.educationCeiling.above';
  return check('educationCeiling', met, code, { level, ceiling, target });
}

/** The position path: not past the highest golongan of the jenjang of their functional position. */
function positionCeilingCheck(
  level: FungsionalLevel | null,
  target: PnsGolongan | null,
  rules: PromotionRules,
) {
  const ceiling = level && rules.positionCeilings[level];
  if (!target || !level || !ceiling)
    return check('positionCeiling', true, 'promotion.positionCeiling.notBound');
  const met = golonganRank(target) <= golonganRank(ceiling);
  const code = met ? 'promotion.positionCeiling.met' : 'promotion.positionCeiling.above';
  return check('positionCeiling', met, code, { level, ceiling, target });
}

export const PROMOTION_TARGET_ERROR_CODES = [
  'promotion.topRank',
  'promotion.skipsStep',
  'promotion.aboveCeiling',
  'promotion.abovePositionCeiling',
] as const;
export type PromotionTargetErrorCode = (typeof PROMOTION_TARGET_ERROR_CODES)[number];

export interface PromotionTargetError {
  code: PromotionTargetErrorCode;
  params: Record<string, string>;
}

/**
 * A proposed promotion from `from` to `to` (PP 99/2000: one step at a time; DOMAIN.md §7 [U]: not
 * above the education's ceiling). An education or ceiling that is not known blocks nothing here:
 * the proposal is the person's to make, and promotionEligibility reports what is missing.
 */
export function validatePromotionTarget(
  from: PnsGolongan,
  to: PnsGolongan,
  educationText: string | null,
  rules: PromotionRules,
  positionLevel: FungsionalLevel | null = null,
): PromotionTargetError[] {
  const expected = nextGolongan(from);
  if (!expected) return [{ code: 'promotion.topRank', params: { from } }];
  const errors: PromotionTargetError[] = [];
  if (to !== expected) errors.push({ code: 'promotion.skipsStep', params: { from, to, expected } });
  const level = educationLevelOf(educationText);
  const ceiling = level && educationCeiling(level, rules);
  if (level && ceiling && golonganRank(to) > golonganRank(ceiling)) {
    errors.push({ code: 'promotion.aboveCeiling', params: { to, ceiling, level } });
  }
  const positionCeiling = positionLevel && rules.positionCeilings[positionLevel];
  if (positionLevel && positionCeiling && golonganRank(to) > golonganRank(positionCeiling)) {
    errors.push({
      code: 'promotion.abovePositionCeiling',
      params: { to, ceiling: positionCeiling, level: positionLevel },
    });
  }
  return errors;
}

export interface EligibilitySummary {
  /** How many people were weighed. */
  considered: number;
  eligible: number;
  /** Per rule, how many people fail it (one person may fail several). */
  failing: Record<PromotionRuleKey, number>;
}

export interface EligibilityComparison {
  before: EligibilitySummary;
  after: EligibilitySummary;
  /** Ids of those eligible under the revised rules only, and under the current rules only. */
  gained: number[];
  lost: number[];
}

/**
 * What revising the rules would do for one period, before the revision is adopted: how many are
 * eligible under each, who gains and who loses eligibility, and how many fail each rule.
 */
export function compareEligibility(
  people: readonly (PromotionCandidate & { id: number })[],
  before: PromotionRules,
  after: PromotionRules,
  periodDate: string,
): EligibilityComparison {
  const under = (rules: PromotionRules) =>
    people.map((p) => ({ id: p.id, result: promotionEligibility(p, rules, periodDate) }));
  const was = under(before);
  const will = under(after);
  return {
    before: summarizeEligibility(was.map((r) => r.result)),
    after: summarizeEligibility(will.map((r) => r.result)),
    gained: will.filter((r, i) => r.result.eligible && !was[i]?.result.eligible).map((r) => r.id),
    lost: was.filter((r, i) => r.result.eligible && !will[i]?.result.eligible).map((r) => r.id),
  };
}

/** How many of `results` are eligible, and how many fail each rule. */
export function summarizeEligibility(results: readonly PromotionEligibility[]): EligibilitySummary {
  const failing = Object.fromEntries(PROMOTION_RULE_KEYS.map((k) => [k, 0])) as Record<
    PromotionRuleKey,
    number
  >;
  for (const result of results) {
    for (const c of result.checks) if (!c.met) failing[c.rule] += 1;
  }
  return { considered: results.length, eligible: results.filter((r) => r.eligible).length, failing };
}
