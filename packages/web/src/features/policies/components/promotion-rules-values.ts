import { isPnsGolongan, type PnsGolongan } from '@jenjang/domain/people/golongan';
import { FUNGSIONAL_LEVELS, type FungsionalLevel } from '@jenjang/domain/people/position';
import type { Predikat } from '@jenjang/domain/performance/predikat.rules';
import { EDUCATION_LEVELS, type EducationLevel } from '@jenjang/domain/talent/education-level';
import { PromotionRules } from '@jenjang/domain/talent/promotion.contract';

// The kenaikan pangkat rules form: its state (inputs hold text and strings) to PromotionRules and
// back, and the contract's issues as the form's messages. The contract is the one the server
// checks the rules with, so what the form accepts the server accepts.

export interface RulesFormValues {
  minYearsInRank: number | string;
  appraisalsConsidered: number | string;
  minimumPredikat: Predikat;
  requireNoActiveSanction: boolean;
  /** Each level's ceiling, '' where none is set. */
  educationCeilings: Record<EducationLevel, string>;
  /** Each functional jenjang's highest golongan, '' where none is set. */
  positionCeilings: Record<FungsionalLevel, string>;
  /** The period months, '1'…'12', as a checkbox group holds them. */
  periods: string[];
  proposalLeadMonths: number | string;
}

/** The whole-number fields and the range the contract allows each. */
export const RULE_RANGES = {
  minYearsInRank: { min: 0, max: 10 },
  appraisalsConsidered: { min: 0, max: 5 },
  proposalLeadMonths: { min: 0, max: 12 },
} as const;
type RangeField = keyof typeof RULE_RANGES;

export function formValuesOf(rules: PromotionRules): RulesFormValues {
  return {
    minYearsInRank: rules.minYearsInRank,
    appraisalsConsidered: rules.appraisalsConsidered,
    minimumPredikat: rules.minimumPredikat,
    requireNoActiveSanction: rules.requireNoActiveSanction,
    educationCeilings: Object.fromEntries(
      EDUCATION_LEVELS.map((level) => [level, rules.educationCeilings[level] ?? '']),
    ) as Record<EducationLevel, string>,
    positionCeilings: Object.fromEntries(
      FUNGSIONAL_LEVELS.map((level) => [level, rules.positionCeilings[level] ?? '']),
    ) as Record<FungsionalLevel, string>,
    periods: [...rules.periods].sort((a, b) => a - b).map(String),
    proposalLeadMonths: rules.proposalLeadMonths,
  };
}

/** An input's number; an empty or unreadable one is NaN, which the contract refuses. */
const toNumber = (value: number | string) =>
  typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);

/** The levels given a golongan, the others left out. */
function chosen<L extends string>(
  levels: readonly L[],
  set: Record<L, string>,
): Partial<Record<L, PnsGolongan>> {
  const ceilings: Partial<Record<L, PnsGolongan>> = {};
  for (const level of levels) {
    const ceiling = set[level];
    if (ceiling && isPnsGolongan(ceiling)) ceilings[level] = ceiling;
  }
  return ceilings;
}

/** The rules the form states: periods in calendar order, levels without a ceiling left out. */
export function rulesOf(values: RulesFormValues): PromotionRules {
  return {
    minYearsInRank: toNumber(values.minYearsInRank),
    appraisalsConsidered: toNumber(values.appraisalsConsidered),
    minimumPredikat: values.minimumPredikat,
    requireNoActiveSanction: values.requireNoActiveSanction,
    educationCeilings: chosen(EDUCATION_LEVELS, values.educationCeilings),
    positionCeilings: chosen(FUNGSIONAL_LEVELS, values.positionCeilings),
    periods: values.periods.map(Number).sort((a, b) => a - b),
    proposalLeadMonths: toNumber(values.proposalLeadMonths),
  };
}

export type RulesIssueKey = 'range' | 'periodsNone' | 'periodTwice' | 'ceilingOrder' | 'invalid';
export interface RulesIssue {
  key: RulesIssueKey;
  params: Record<string, number>;
}

function issueOf(field: string, code: string): RulesIssue {
  if (field in RULE_RANGES) return { key: 'range', params: { ...RULE_RANGES[field as RangeField] } };
  if (field === 'periods') {
    return { key: code === 'custom' ? 'periodTwice' : 'periodsNone', params: {} };
  }
  if (field === 'educationCeilings' && code === 'custom') return { key: 'ceilingOrder', params: {} };
  return { key: 'invalid', params: {} };
}

/**
 * The form's state checked with the contract: the rules when they hold, else the first issue of
 * each field (keyed by the form's field name).
 */
export function checkRules(
  values: RulesFormValues,
): { ok: true; rules: PromotionRules } | { ok: false; issues: Record<string, RulesIssue> } {
  const parsed = PromotionRules.safeParse(rulesOf(values));
  if (parsed.success) return { ok: true, rules: parsed.data };
  const issues: Record<string, RulesIssue> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!(field in issues)) issues[field] = issueOf(field, issue.code);
  }
  return { ok: false, issues };
}
