import { JPM_LABELS, type JpmLabel } from '@jenjang/domain/competency/competency-gap.rules';
import { isPredikat, type Predikat } from '@jenjang/domain/performance/predikat.rules';
import { EDUCATION_LEVELS, type EducationLevel } from '@jenjang/domain/talent/education-level';
import type { TalentLineCode } from '@jenjang/domain/talent/nine-box.rules';

// A line of a talent score as a sentence: each line's code is an i18n key of the 'talent'
// namespace (TALENT_LINE_CODES), its params in words — the predikat, the JPM category and the
// education level by name, numbers as the reader writes them.

export interface TalentLineWords {
  predikat: (value: Predikat) => string;
  jpm: (value: JpmLabel) => string;
  education: (value: EducationLevel) => string;
  number: (value: number) => string;
}

const isJpm = (value: unknown): value is JpmLabel => (JPM_LABELS as readonly unknown[]).includes(value);
const isEducationLevel = (value: unknown): value is EducationLevel =>
  (EDUCATION_LEVELS as readonly unknown[]).includes(value);

function word(name: string, value: string | number, words: TalentLineWords): string | number {
  if (typeof value === 'number') return words.number(value);
  if (name === 'predikat' && isPredikat(value)) return words.predikat(value);
  if (name === 'category' && isJpm(value)) return words.jpm(value);
  if (name === 'level' && isEducationLevel(value)) return words.education(value);
  return value;
}

export function talentLineMessage(
  line: { code: TalentLineCode; params: Record<string, string | number> },
  words: TalentLineWords,
): { key: TalentLineCode; params: Record<string, string | number> } {
  const params = Object.fromEntries(
    Object.entries(line.params).map(([name, value]) => [name, word(name, value, words)]),
  );
  return { key: line.code, params };
}

/** A line's points as added: '+10', '−20' (a penalty), '0'. */
export function signedPoints(points: number, number: (value: number) => string): string {
  if (points > 0) return `+${number(points)}`;
  if (points < 0) return `−${number(-points)}`;
  return number(0);
}
