import { FUNGSIONAL_LEVELS, type FungsionalLevel } from '@jenjang/domain/people/position';
import { isPredikat, type Predikat } from '@jenjang/domain/performance/predikat.rules';
import { EDUCATION_LEVELS, type EducationLevel } from '@jenjang/domain/talent/education-level';
import type { PromotionCheckCode } from '@jenjang/domain/talent/promotion.rules';

// A check of kenaikan pangkat as a sentence: each outcome code is an i18n key of the 'promotion'
// namespace (PROMOTION_CHECK_CODES), its params filled in words: dates as dates, predikat and
// education levels by name, golongan as they are written.

/**
 * The sentence's key: the check's code, or a variant of it — years below the minimum and others
 * missing; a golongan or an education not recorded at all rather than unreadable.
 */
export type CheckMessageKey =
  | PromotionCheckCode
  | 'promotion.appraisals.belowAndMissing'
  | 'promotion.topRank.golonganMissing'
  | 'promotion.educationCeiling.educationMissing';

function keyOf(code: PromotionCheckCode, params: Record<string, string | number>): CheckMessageKey {
  const empty = (name: string) => String(params[name] ?? '').trim() === '';
  if (code === 'promotion.appraisals.below' && !empty('missing'))
    return 'promotion.appraisals.belowAndMissing';
  if (code === 'promotion.topRank.golonganUnknown' && empty('value'))
    return 'promotion.topRank.golonganMissing';
  if (code === 'promotion.educationCeiling.educationUnknown' && empty('value')) {
    return 'promotion.educationCeiling.educationMissing';
  }
  return code;
}

export interface CheckWords {
  /** 'YYYY-MM-DD' in the reader's words. */
  date: (value: string) => string;
  predikat: (value: Predikat) => string;
  education: (value: EducationLevel) => string;
  /** The jenjang of a functional position ('Ahli Pertama'). */
  positionLevel: (value: FungsionalLevel) => string;
  /** Said for a value the record leaves empty. */
  unknown: string;
}

const DATE_PARAMS = new Set(['reachedOn', 'from', 'until']);

const isEducationLevel = (value: unknown): value is EducationLevel =>
  (EDUCATION_LEVELS as readonly unknown[]).includes(value);
const isPositionLevel = (value: unknown): value is FungsionalLevel =>
  (FUNGSIONAL_LEVELS as readonly unknown[]).includes(value);

function word(name: string, value: string | number, words: CheckWords): string | number {
  if (typeof value === 'number') return value;
  if (DATE_PARAMS.has(name)) return value ? words.date(value) : words.unknown;
  if (name === 'minimum' && isPredikat(value)) return words.predikat(value);
  if (name === 'level' && isEducationLevel(value)) return words.education(value);
  if (name === 'level' && isPositionLevel(value)) return words.positionLevel(value);
  if (name === 'value' && value.trim() === '') return words.unknown;
  return value;
}

export function checkMessage(
  check: { code: PromotionCheckCode; params: Record<string, string | number> },
  words: CheckWords,
): { key: CheckMessageKey; params: Record<string, string | number> } {
  const params = Object.fromEntries(
    Object.entries(check.params).map(([name, value]) => [name, word(name, value, words)]),
  );
  return { key: keyOf(check.code, check.params), params };
}
