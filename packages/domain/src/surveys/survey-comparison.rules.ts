import type { IkmCategory, IkmResult } from './ikm.rules';
import type { Question } from './instrument.contract';
import type { AnswerValue } from './survey-response.rules';
import {
  isRecord,
  onScale,
  type PointShare,
  type QuestionSummary,
  type ScaleRange,
} from './survey-results.rules';
import {
  type ChangeMember,
  type ChangeRule,
  judgeTogether,
  minimumEffectOn,
  type Sample,
  sampleOf,
  sampleOfPoints,
  sampleOfShare,
  type Verdict,
} from './wave-comparison.rules';

// How each question moved between two waves, as the comparison of a results page shows it: the
// figures of both, the change, and its verdict (wave-comparison.rules.ts), every change of one
// comparison judged together so that chance marks none.

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

/**
 * What one wave gives to judge a change by where its summary holds no spread: a number question's
 * answers as a sample, and each ability-vs-need statement's gaps (need − ability) as one.
 */
export interface QuestionSamples {
  mean: Sample | null;
  statements: ReadonlyMap<string, Sample | null>;
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

/** The samples of one question from its answers themselves. */
export function samplesOfValues(summary: QuestionSummary, values: readonly AnswerValue[]): QuestionSamples {
  return {
    mean: summary.type === 'number' ? sampleOf(numbersIn(values)) : null,
    statements: new Map(
      summary.type === 'abilityNeed'
        ? summary.statements.map((s) => [s.key, sampleOf(gapsOf(values, s.key, summary.scale))] as const)
        : [],
    ),
  };
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
 * their `samples` (their summaries hold no spread); without them, only their change is given. Null
 * when the two cannot be compared: a text question, a changed type, or a changed scale (a mean on
 * 1–4 says nothing next to one on 1–5). `minimumEffect`: the smallest change marked, in the
 * question's units.
 */
export function pairWaves(
  before: QuestionSummary,
  after: QuestionSummary,
  minimumEffect: number,
  samples?: { before: QuestionSamples; after: QuestionSamples },
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
    const mean = track(
      { before: before.mean, after: after.mean },
      samples ? { before: samples.before.mean, after: samples.after.mean } : none,
    );
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
        samples
          ? {
              before: samples.before.statements.get(now.key) ?? null,
              after: samples.after.statements.get(now.key) ?? null,
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
  const samples = raw && {
    before: samplesOfValues(before, raw.before),
    after: samplesOfValues(after, raw.after),
  };
  const paired = pairWaves(before, after, rule.minimumEffect ?? 0, samples);
  return paired ? judgeComparisons([paired], rule)[0]! : null;
}

/** The IKM's change since the previous wave, with each wave's category. */
export interface IkmChange extends Change {
  categoryBefore: IkmCategory | null;
  categoryAfter: IkmCategory | null;
}

/**
 * The change since the previous wave: the IKM first (SKM instruments), then every comparable
 * question, the SKM elements (U1–U9) before the rest. Each change is judged by the rule stated
 * here (wave-comparison.rules.ts), which every page showing it says in words.
 */
export interface ReportComparison {
  /** Confidence of the intervals (0.95). */
  confidence: number;
  /** The smallest change marked, as a share of each measure's scale (0: none asked). */
  minimumEffect: number;
  ikm: IkmChange | null;
  items: WaveComparison[];
}

const IKM_RANGE = { min: 25, max: 100 };
const PERCENT_RANGE = { min: 0, max: 100 };

/** The minimum effect of a question's changes on its own scale (none for numbers, which have none). */
export function minimumEffectOf(summary: QuestionSummary, share: number): number {
  const range =
    summary.type === 'single' || summary.type === 'multiple'
      ? PERCENT_RANGE
      : 'scale' in summary
        ? summary.scale
        : null;
  return range ? minimumEffectOn(range, share) : 0;
}

/**
 * One wave's IKM, with its spread (ikm.rules.ts ikmSpread, or spreadOfContributions over figures
 * summed in the database).
 */
export interface IkmSide {
  ikm: IkmResult | null;
  spread: { n: number; variance: number } | null;
}

/**
 * The IKM of both waves and its change, judged on its own at 95 % (the headline is one measure,
 * not one of many) on the IKM's spread (ikm.rules.ts ikmSpread). Null unless both waves have one.
 */
export function ikmChange(
  before: IkmSide,
  after: IkmSide,
  rule: { k: number; minimumEffect: number },
): IkmChange | null {
  if (!before.ikm || !after.ikm) return null;
  const spreadOf = (side: IkmSide, ikm: IkmResult) =>
    side.spread ? { ...side.spread, mean: ikm.ikm } : null;
  return {
    ...judgedChange(
      before.ikm.ikm,
      after.ikm.ikm,
      { before: spreadOf(before, before.ikm), after: spreadOf(after, after.ikm) },
      { k: rule.k, minimumEffect: minimumEffectOn(IKM_RANGE, rule.minimumEffect) },
    ),
    categoryBefore: before.ikm.category,
    categoryAfter: after.ikm.category,
  };
}

/** SKM elements first, in U1–U9 order, then the other questions in the instrument's order. */
export function elementsFirst(items: WaveComparison[], questions: readonly Question[]): WaveComparison[] {
  const elementOf = new Map(
    questions.flatMap((q) => (q.type === 'likert' && q.skmElement ? [[q.key, q.skmElement] as const] : [])),
  );
  const elements = items
    .filter((item) => elementOf.has(item.key))
    .sort((a, b) => elementOf.get(a.key)!.localeCompare(elementOf.get(b.key)!));
  return [...elements, ...items.filter((item) => !elementOf.has(item.key))];
}
