import type { Question, Scale } from './contracts/instrument.contract';
import type { AbilityNeedAnswer, AnswerValue } from './survey-response.rules';
import {
  type ChangeMember,
  type ChangeRule,
  judgeTogether,
  type Sample,
  sampleOf,
  sampleOfPoints,
  sampleOfShare,
  type Verdict,
} from './wave-comparison.rules';

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const onScale = (value: unknown, scale: ScaleRange): value is number =>
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

export interface Change {
  before: number | null;
  after: number | null;
  /** after − before; null unless both exist. Percent changes are in percentage points. */
  change: number | null;
  /** The 95 % confidence interval of the change (wave-comparison.rules.ts); null when not compared. */
  low: number | null;
  high: number | null;
  /**
   * 'up'/'down': a real rise or fall (the interval excludes 0); 'steady': no meaningful change;
   * 'tooFew': a side has fewer answers than k; null when there is no change to judge.
   */
  verdict: Verdict | 'tooFew' | null;
}

export type WaveComparison =
  | { type: 'likert' | 'number'; key: string; mean: Change }
  | { type: 'single' | 'multiple'; key: string; options: (Change & { value: string })[] }
  | { type: 'matrix'; key: string; statements: (Change & { key: string })[] }
  /** The change of each statement's gap (need − ability). */
  | { type: 'abilityNeed'; key: string; statements: (Change & { key: string })[] };

/** Judges a change on its own (at 95 %): the two figures, and the samples behind them. */
export function judgedChange(
  before: number | null,
  after: number | null,
  samples: { before: Sample | null; after: Sample | null },
  rule: ChangeRule,
): Change {
  const change = unjudged(before, after);
  judgeMembers([{ change, member: samples }], rule);
  return change;
}

const unjudged = (before: number | null, after: number | null): Change => ({
  before,
  after,
  change: before === null || after === null ? null : after - before,
  low: null,
  high: null,
  verdict: null,
});

/** A change waiting for its verdict, with the samples it is judged by. */
interface Pending {
  change: Change;
  member: ChangeMember;
}

/** Fills in the verdicts of changes judged together (wave-comparison.rules.ts judgeTogether). */
function judgeMembers(pending: readonly Pending[], rule: ChangeRule): void {
  const comparable = pending.filter((p) => p.change.change !== null);
  const verdicts = judgeTogether(
    comparable.map((p) => p.member),
    rule,
  );
  comparable.forEach((p, i) => {
    const judged = verdicts[i];
    p.change.low = judged?.low ?? null;
    p.change.high = judged?.high ?? null;
    p.change.verdict = judged?.verdict ?? 'tooFew';
  });
}

const sameScale = (a: ScaleRange, b: ScaleRange) => a.min === b.min && a.max === b.max;

/** Items on both sides, matched by id, in the later wave's order. */
function matched<T>(before: readonly T[], after: readonly T[], id: (item: T) => string): [T, T][] {
  const earlier = new Map(before.map((item) => [id(item), item]));
  return after.flatMap((item) => {
    const old = earlier.get(id(item));
    return old === undefined ? [] : [[old, item] as [T, T]];
  });
}

/** What one wave gives to judge a change by, beyond its summary: the answers themselves. */
export interface RawAnswers {
  before: readonly AnswerValue[];
  after: readonly AnswerValue[];
}

const numbersIn = (values: readonly AnswerValue[]) =>
  values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

/** Each respondent's gap (need − ability) on one statement, from their stored pair. */
function gapsOf(values: readonly AnswerValue[], key: string, scale: ScaleRange): number[] {
  return (values as readonly unknown[]).filter(isRecord).flatMap((answer) => {
    const pair = answer[key];
    return isRecord(pair) && onScale(pair.ability, scale) && onScale(pair.need, scale)
      ? [pair.need - pair.ability]
      : [];
  });
}

const pointsOf = (s: { distribution: PointShare[] }) => sampleOfPoints(s.distribution);

/** One question's comparison whose changes still wait for their verdicts (judged together). */
export interface PairedComparison {
  comparison: WaveComparison;
  pending: Pending[];
}

/**
 * How one question moved between two waves, possibly asked with different instrument versions
 * (question keys are stable across versions): means for Likert, number and matrix statements,
 * percents for choices, gaps for ability-vs-need, over the options and statements both waves have,
 * each with the samples its verdict needs. Number and ability-vs-need questions are judged from
 * `raw` answers (their summaries hold no spread); without them, only their change is given. Null
 * when the two cannot be compared: a text question, a changed type, or a changed scale (a mean on
 * 1–4 says nothing next to one on 1–5). `minimumEffect`: the smallest change marked, in the
 * question's units.
 */
export function pairWaves(
  before: QuestionSummary,
  after: QuestionSummary,
  minimumEffect: number,
  raw?: RawAnswers,
): PairedComparison | null {
  if (before.key !== after.key) {
    throw new RangeError(`"${before.key}" and "${after.key}" are different questions`);
  }
  const key = after.key;
  const pending: Pending[] = [];
  const track = (
    values: { before: number | null; after: number | null },
    samples: { before: Sample | null; after: Sample | null },
  ) => {
    const change = unjudged(values.before, values.after);
    pending.push({ change, member: { ...samples, minimumEffect } });
    return change;
  };
  const none = { before: null, after: null };
  if (before.type === 'number' && after.type === 'number') {
    const samples = raw
      ? { before: sampleOf(numbersIn(raw.before)), after: sampleOf(numbersIn(raw.after)) }
      : none;
    const mean = track({ before: before.mean, after: after.mean }, samples);
    return { comparison: { type: 'number', key, mean }, pending };
  }
  if (before.type === 'likert' && after.type === 'likert') {
    if (!sameScale(before.scale, after.scale)) return null;
    const mean = track(
      { before: before.mean, after: after.mean },
      { before: pointsOf(before), after: pointsOf(after) },
    );
    return { comparison: { type: 'likert', key, mean }, pending };
  }
  if (
    (before.type === 'single' && after.type === 'single') ||
    (before.type === 'multiple' && after.type === 'multiple')
  ) {
    const options = matched(before.options, after.options, (o) => o.value).map(([old, now]) => ({
      value: now.value,
      ...track(
        { before: old.percent, after: now.percent },
        { before: sampleOfShare(old.count, before.n), after: sampleOfShare(now.count, after.n) },
      ),
    }));
    return { comparison: { type: after.type, key, options }, pending: relink(pending, options) };
  }
  if (before.type === 'matrix' && after.type === 'matrix') {
    if (!sameScale(before.scale, after.scale)) return null;
    const statements = matched(before.statements, after.statements, (s) => s.key).map(([old, now]) => ({
      key: now.key,
      ...track({ before: old.mean, after: now.mean }, { before: pointsOf(old), after: pointsOf(now) }),
    }));
    return { comparison: { type: 'matrix', key, statements }, pending: relink(pending, statements) };
  }
  if (before.type === 'abilityNeed' && after.type === 'abilityNeed') {
    if (!sameScale(before.scale, after.scale)) return null;
    const statements = matched(before.statements, after.statements, (s) => s.key).map(([old, now]) => ({
      key: now.key,
      ...track(
        { before: old.gap, after: now.gap },
        raw
          ? {
              before: sampleOf(gapsOf(raw.before, now.key, before.scale)),
              after: sampleOf(gapsOf(raw.after, now.key, after.scale)),
            }
          : none,
      ),
    }));
    return { comparison: { type: 'abilityNeed', key, statements }, pending: relink(pending, statements) };
  }
  return null;
}

/** Points each pending change at the row object the comparison holds (rows were spread copies). */
function relink(pending: Pending[], rows: Change[]): Pending[] {
  return pending.map((p, i) => ({ ...p, change: rows[i]! }));
}

/** The verdicts of several questions' changes, judged together as one comparison. */
export function judgeComparisons(paired: readonly PairedComparison[], rule: ChangeRule): WaveComparison[] {
  judgeMembers(
    paired.flatMap((p) => p.pending),
    rule,
  );
  return paired.map((p) => p.comparison);
}

/** How one question moved between two waves, its changes judged together (see pairWaves). */
export function compareWaves(
  before: QuestionSummary,
  after: QuestionSummary,
  rule: ChangeRule,
  raw?: RawAnswers,
): WaveComparison | null {
  const paired = pairWaves(before, after, rule.minimumEffect ?? 0, raw);
  return paired ? judgeComparisons([paired], rule)[0]! : null;
}
