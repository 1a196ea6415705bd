import type { Question, Scale } from './instrument.contract';
import type { AbilityNeedAnswer, AnswerValue } from './survey-response.rules';

// What results pages show of a question's answers: counts, shares and means, never a respondent.
// Summaries are plain data (full precision; the page rounds), null where there is nothing to
// average, so an empty survey renders as "no answers" rather than NaN. Answers that do not fit the
// question — stored under another version, say, with an option since removed — are left out of
// every count rather than counted wrongly.

export interface PointShare {
  value: number;
  count: number;
  /** Of the respondents who answered; null when nobody did. */
  percent: number | null;
}
export interface OptionShare {
  value: string;
  count: number;
  percent: number | null;
}
export interface ScaleRange {
  min: number;
  max: number;
}

export interface LikertSummary {
  type: 'likert';
  key: string;
  scale: ScaleRange;
  n: number;
  mean: number | null;
  /** Every point of the scale, zeros included, so charts keep their axis. */
  distribution: PointShare[];
}
export interface SingleSummary {
  type: 'single';
  key: string;
  n: number;
  /** Every option in the instrument's order, zeros included; percents add up to 100. */
  options: OptionShare[];
  /**
   * Profile questions (survey-report.ts): options left out of `options` because fewer than k chose
   * them (or to keep a smaller one from being found by subtraction), and how many respondents they
   * and those who gave no answer hold together, when at least k. `n` is then every respondent.
   */
  hidden?: { options: number; count: number | null };
}
export interface MultipleSummary {
  type: 'multiple';
  key: string;
  n: number;
  /** Percent of respondents choosing each option, so together they may exceed 100. */
  options: OptionShare[];
}
export interface NumberSummary {
  type: 'number';
  key: string;
  n: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}
/** Texts themselves are listed (and moderated) elsewhere; here only how many there are. */
export interface TextSummary {
  type: 'text';
  key: string;
  n: number;
}
export interface StatementSummary {
  key: string;
  n: number;
  mean: number | null;
  distribution: PointShare[];
}
export interface MatrixSummary {
  type: 'matrix';
  key: string;
  scale: ScaleRange;
  /** Respondents who rated at least one statement. */
  n: number;
  statements: StatementSummary[];
}
export interface StatementNeed {
  key: string;
  competency: string | null;
  n: number;
  meanAbility: number | null;
  meanNeed: number | null;
  /** meanNeed − meanAbility; the larger, the more the development need. */
  gap: number | null;
}
export interface AbilityNeedSummary {
  type: 'abilityNeed';
  key: string;
  scale: ScaleRange;
  n: number;
  statements: StatementNeed[];
  /** The statements by gap, largest first, ties by key; statements nobody rated last. */
  ranked: StatementNeed[];
}
export type QuestionSummary =
  | LikertSummary
  | SingleSummary
  | MultipleSummary
  | NumberSummary
  | TextSummary
  | MatrixSummary
  | AbilityNeedSummary;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const onScale = (value: unknown, scale: ScaleRange): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= scale.min && value <= scale.max;

const percentOf = (count: number, n: number) => (n === 0 ? null : (count / n) * 100);

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Code-point order: the same in every browser and on the server, unlike a locale's collation. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function distribution(values: readonly number[], scale: ScaleRange): PointShare[] {
  const points: PointShare[] = [];
  for (let value = scale.min; value <= scale.max; value++) {
    const count = values.filter((v) => v === value).length;
    points.push({ value, count, percent: percentOf(count, values.length) });
  }
  return points;
}

const rangeOf = (scale: Scale): ScaleRange => ({ min: scale.min, max: scale.max });

function ratings(scale: ScaleRange, values: readonly number[]) {
  return { n: values.length, mean: mean(values), distribution: distribution(values, scale) };
}

function summarizeNumbers(key: string, values: readonly AnswerValue[]): NumberSummary {
  const sorted = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0
      ? null
      : sorted.length % 2 === 1
        ? sorted[middle]!
        : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return {
    type: 'number',
    key,
    n: sorted.length,
    mean: mean(sorted),
    median,
    min: sorted[0] ?? null,
    max: sorted.at(-1) ?? null,
  };
}

function summarizeChoices(
  question: Extract<Question, { type: 'single' | 'multiple' }>,
  values: readonly AnswerValue[],
): SingleSummary | MultipleSummary {
  const known = new Set(question.options.map((o) => o.value));
  // A respondent's choices as a set of known options: a repeated value is one choice.
  const answers =
    question.type === 'single'
      ? values.filter((v): v is string => typeof v === 'string' && known.has(v)).map((v) => new Set([v]))
      : values
          .filter((v): v is string[] => Array.isArray(v))
          .map((v) => new Set(v.filter((o) => known.has(o))));
  const respondents = answers.filter((chosen) => chosen.size > 0);
  const n = respondents.length;
  const options = question.options.map(({ value }) => {
    const count = respondents.filter((chosen) => chosen.has(value)).length;
    return { value, count, percent: percentOf(count, n) };
  });
  return { type: question.type, key: question.key, n, options };
}

function summarizeMatrix(
  question: Extract<Question, { type: 'matrix' }>,
  values: readonly AnswerValue[],
): MatrixSummary {
  const scale = rangeOf(question.scale);
  const answers = (values as readonly unknown[]).filter(isRecord);
  const statements = question.statements.map(({ key }) => {
    const points = answers.map((a) => a[key]).filter((v) => onScale(v, scale));
    return { key, ...ratings(scale, points) };
  });
  const keys = question.statements.map((s) => s.key);
  const n = answers.filter((a) => keys.some((k) => onScale(a[k], scale))).length;
  return { type: 'matrix', key: question.key, scale, n, statements };
}

/** Largest gap first, unrated last, ties by label: the order needs are planned in. */
function byGap<T extends { gap: number | null }>(label: (item: T) => string) {
  return (a: T, b: T) => {
    if (a.gap !== b.gap) {
      if (a.gap === null) return 1;
      if (b.gap === null) return -1;
      return b.gap - a.gap;
    }
    return byCodePoint(label(a), label(b));
  };
}

const gapOf = (ability: number | null, need: number | null) =>
  ability === null || need === null ? null : need - ability;

/** LAN's needs survey (DOMAIN §3): per statement mean ability, mean need, gap = need − ability. */
function summarizeAbilityNeed(
  question: Extract<Question, { type: 'abilityNeed' }>,
  values: readonly AnswerValue[],
): AbilityNeedSummary {
  const scale = rangeOf(question.scale);
  const answers = (values as readonly unknown[]).filter(isRecord);
  const pairOf = (answer: Record<string, unknown>, key: string): AbilityNeedAnswer | null => {
    const pair = answer[key];
    return isRecord(pair) && onScale(pair.ability, scale) && onScale(pair.need, scale)
      ? { ability: pair.ability, need: pair.need }
      : null;
  };
  const statements = question.statements.map(({ key, competency }): StatementNeed => {
    const pairs = answers.map((a) => pairOf(a, key)).filter((p): p is AbilityNeedAnswer => p !== null);
    const meanAbility = mean(pairs.map((p) => p.ability));
    const meanNeed = mean(pairs.map((p) => p.need));
    return {
      key,
      competency: competency ?? null,
      n: pairs.length,
      meanAbility,
      meanNeed,
      gap: gapOf(meanAbility, meanNeed),
    };
  });
  const n = answers.filter((a) => question.statements.some((s) => pairOf(a, s.key) !== null)).length;
  const ranked = [...statements].sort(byGap((s) => s.key));
  return { type: 'abilityNeed', key: question.key, scale, n, statements, ranked };
}

/** The summary of one question over the stored answers of the respondents who answered it. */
export function summarizeQuestion(question: Question, values: readonly AnswerValue[]): QuestionSummary {
  switch (question.type) {
    case 'likert': {
      const scale = rangeOf(question.scale);
      const points = values.filter((v) => onScale(v, scale));
      return { type: 'likert', key: question.key, scale, ...ratings(scale, points) };
    }
    case 'single':
    case 'multiple':
      return summarizeChoices(question, values);
    case 'number':
      return summarizeNumbers(question.key, values);
    case 'text':
      return {
        type: 'text',
        key: question.key,
        n: values.filter((v) => typeof v === 'string' && v.trim()).length,
      };
    case 'matrix':
      return summarizeMatrix(question, values);
    case 'abilityNeed':
      return summarizeAbilityNeed(question, values);
  }
}

export interface NeedRank {
  /** The competency code (e.g. "M.3"); null for a statement that names none. */
  competency: string | null;
  /** `question.statement` keys pooled into this need. */
  statements: string[];
  /** Ratings pooled: one per respondent per statement. */
  ratings: number;
  meanAbility: number | null;
  meanNeed: number | null;
  gap: number | null;
}

/**
 * PP 11/2017 art. 205–206 (needs inventoried, then planned per agency): the needs of one or more
 * ability-vs-need questions per competency, largest gap first. Statements rating the same
 * competency are pooled, each rating counting once; a statement without a code stands alone.
 */
export function rankNeeds(summaries: readonly AbilityNeedSummary[]): NeedRank[] {
  const groups = new Map<
    string,
    { competency: string | null; parts: (StatementNeed & { path: string })[] }
  >();
  for (const summary of summaries) {
    for (const statement of summary.statements) {
      const path = `${summary.key}.${statement.key}`;
      // An uncoded statement gets an id no competency code can equal.
      const id = statement.competency ?? `\u0000${path}`;
      const group = groups.get(id) ?? { competency: statement.competency, parts: [] };
      group.parts.push({ ...statement, path });
      groups.set(id, group);
    }
  }
  const pooled = (parts: readonly StatementNeed[], pick: (s: StatementNeed) => number | null) => {
    const rated = parts.filter((s) => s.n > 0);
    const total = rated.reduce((sum, s) => sum + s.n, 0);
    return total === 0 ? null : rated.reduce((sum, s) => sum + pick(s)! * s.n, 0) / total;
  };
  const needs = [...groups.values()].map(({ competency, parts }): NeedRank => {
    const meanAbility = pooled(parts, (s) => s.meanAbility);
    const meanNeed = pooled(parts, (s) => s.meanNeed);
    return {
      competency,
      statements: parts.map((s) => s.path),
      ratings: parts.reduce((sum, s) => sum + s.n, 0),
      meanAbility,
      meanNeed,
      gap: gapOf(meanAbility, meanNeed),
    };
  });
  return needs.sort(byGap((need) => need.competency ?? need.statements[0] ?? ''));
}
