import type { Question } from './instrument.contract';
import type { QuestionSamples } from './survey-comparison.rules';
import type { AnswerValue } from './survey-response.rules';
import {
  isRecord,
  onScale,
  type QuestionSummary,
  type ScaleRange,
  summarizeQuestion,
} from './survey-results.rules';
import type { Sample } from './wave-comparison.rules';

// The counts a question's figures are made of, instead of its answers. A results page over a
// million answers cannot hold them in memory: the database counts them (result.repository.ts) into
// tallies of this shape, and the rules below turn a tally into exactly the summary that
// summarizeQuestion makes of the answers themselves. `tallyOf` counts raw answers the same way, so
// small sets, tests and the database path all go through one set of rules (answer-tally.test.ts
// holds both paths equal).

/** Counts per point of a scale, from its lowest point up. */
export type PointCounts = number[];

/** One ability-vs-need statement: the respondents who rated both on the scale, and their sums. */
export interface PairTally {
  n: number;
  ability: number;
  need: number;
  /** Sample variance of the gaps (need − ability), for judging a change; null under two pairs. */
  gapVariance: number | null;
}

export type QuestionTally =
  /** `other`: numbers off the scale (stored under another version); the IKM refuses them. */
  | { type: 'likert'; points: PointCounts; other: number }
  /** Respondents with at least one known option, and per option (instrument order) who chose it. */
  | { type: 'single' | 'multiple'; n: number; options: number[] }
  | {
      type: 'number';
      n: number;
      sum: number;
      min: number | null;
      max: number | null;
      median: number | null;
      /** Sample variance (n − 1); null under two answers. */
      variance: number | null;
    }
  | { type: 'text'; n: number }
  /** Respondents who rated at least one statement; per statement the counts of its points. */
  | { type: 'matrix'; n: number; statements: PointCounts[] }
  | { type: 'abilityNeed'; n: number; statements: PairTally[] };

/** A set of answers counted: its respondents and, per question key, its tally. */
export interface AnswerTally {
  respondents: number;
  questions: ReadonlyMap<string, QuestionTally>;
}

/** A tally split into groups (by unit or a profile answer); `key` null: outside every group. */
export interface GroupTally {
  key: string | null;
  tally: AnswerTally;
}

const pointsOf = (scale: ScaleRange, values: readonly unknown[]): PointCounts => {
  const counts = new Array<number>(scale.max - scale.min + 1).fill(0);
  for (const v of values) if (onScale(v, scale)) counts[v - scale.min]! += 1;
  return counts;
};

function varianceOf(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
}

function pairTally(question: Extract<Question, { type: 'abilityNeed' }>, answers: readonly unknown[]) {
  return question.statements.map(({ key }): PairTally => {
    const pairs = answers.flatMap((answer) => {
      const pair = isRecord(answer) ? answer[key] : undefined;
      return isRecord(pair) && onScale(pair.ability, question.scale) && onScale(pair.need, question.scale)
        ? [{ ability: pair.ability, need: pair.need }]
        : [];
    });
    return {
      n: pairs.length,
      ability: pairs.reduce((sum, p) => sum + p.ability, 0),
      need: pairs.reduce((sum, p) => sum + p.need, 0),
      gapVariance: varianceOf(pairs.map((p) => p.need - p.ability)),
    };
  });
}

/** The tally of one question over the stored answers of those who answered it. */
export function tallyOf(question: Question, values: readonly AnswerValue[]): QuestionTally {
  switch (question.type) {
    case 'likert': {
      const points = pointsOf(question.scale, values);
      const numbers = values.filter((v) => typeof v === 'number').length;
      return { type: 'likert', points, other: numbers - points.reduce((a, b) => a + b, 0) };
    }
    case 'single':
    case 'multiple': {
      const summary = summarizeQuestion(question, values);
      if (summary.type !== 'single' && summary.type !== 'multiple') throw new Error('unreachable');
      return { type: question.type, n: summary.n, options: summary.options.map((o) => o.count) };
    }
    case 'number': {
      const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      const summary = summarizeQuestion(question, numbers);
      if (summary.type !== 'number') throw new Error('unreachable');
      return {
        type: 'number',
        n: numbers.length,
        sum: numbers.reduce((sum, v) => sum + v, 0),
        min: summary.min,
        max: summary.max,
        median: summary.median,
        variance: varianceOf(numbers),
      };
    }
    case 'text':
      return { type: 'text', n: values.filter((v) => typeof v === 'string' && v.trim()).length };
    case 'matrix': {
      const answers = (values as readonly unknown[]).filter(isRecord);
      const statements = question.statements.map(({ key }) =>
        pointsOf(
          question.scale,
          answers.map((a) => a[key]),
        ),
      );
      const n = answers.filter((a) =>
        question.statements.some((s) => onScale(a[s.key], question.scale)),
      ).length;
      return { type: 'matrix', n, statements };
    }
    case 'abilityNeed': {
      const answers = (values as readonly unknown[]).filter(isRecord);
      const statements = pairTally(question, answers);
      const n = answers.filter((a) => pairTally(question, [a]).some((s) => s.n > 0)).length;
      return { type: 'abilityNeed', n, statements };
    }
  }
}

const share = (count: number, n: number) => (n === 0 ? null : (count / n) * 100);

function ratingsOf(scale: ScaleRange, points: PointCounts) {
  const n = points.reduce((sum, c) => sum + c, 0);
  const total = points.reduce((sum, c, i) => sum + c * (scale.min + i), 0);
  return {
    n,
    mean: n === 0 ? null : total / n,
    distribution: points.map((count, i) => ({ value: scale.min + i, count, percent: share(count, n) })),
  };
}

const mean = (sum: number, n: number) => (n === 0 ? null : sum / n);

/** Largest gap first, unrated last, ties by key (as survey-results.rules.ts ranks statements). */
const byGap = (a: { gap: number | null; key: string }, b: { gap: number | null; key: string }) => {
  if (a.gap !== b.gap) {
    if (a.gap === null) return 1;
    if (b.gap === null) return -1;
    return b.gap - a.gap;
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
};

/** The summary of a question from its tally: the same figures summarizeQuestion gives from answers. */
export function summaryOfTally(question: Question, tally: QuestionTally): QuestionSummary {
  if (tally.type !== question.type) {
    throw new RangeError(`${question.key}: a ${tally.type} tally for a ${question.type} question`);
  }
  switch (question.type) {
    case 'likert': {
      const scale = { min: question.scale.min, max: question.scale.max };
      return {
        type: 'likert',
        key: question.key,
        scale,
        ...ratingsOf(scale, (tally as { points: number[] }).points),
      };
    }
    case 'single':
    case 'multiple': {
      const { n, options } = tally as { n: number; options: number[] };
      return {
        type: question.type,
        key: question.key,
        n,
        options: question.options.map(({ value }, i) => ({
          value,
          count: options[i] ?? 0,
          percent: share(options[i] ?? 0, n),
        })),
      };
    }
    case 'number': {
      const t = tally as Extract<QuestionTally, { type: 'number' }>;
      return {
        type: 'number',
        key: question.key,
        n: t.n,
        mean: mean(t.sum, t.n),
        median: t.median,
        min: t.min,
        max: t.max,
      };
    }
    case 'text':
      return { type: 'text', key: question.key, n: (tally as { n: number }).n };
    case 'matrix': {
      const scale = { min: question.scale.min, max: question.scale.max };
      const t = tally as Extract<QuestionTally, { type: 'matrix' }>;
      const statements = question.statements.map(({ key }, i) => ({
        key,
        ...ratingsOf(scale, t.statements[i] ?? []),
      }));
      return { type: 'matrix', key: question.key, scale, n: t.n, statements };
    }
    case 'abilityNeed': {
      const scale = { min: question.scale.min, max: question.scale.max };
      const t = tally as Extract<QuestionTally, { type: 'abilityNeed' }>;
      const statements = question.statements.map(({ key, competency }, i) => {
        const pair = t.statements[i] ?? { n: 0, ability: 0, need: 0 };
        const meanAbility = mean(pair.ability, pair.n);
        const meanNeed = mean(pair.need, pair.n);
        const gap = meanAbility === null || meanNeed === null ? null : meanNeed - meanAbility;
        return { key, competency: competency ?? null, n: pair.n, meanAbility, meanNeed, gap };
      });
      return {
        type: 'abilityNeed',
        key: question.key,
        scale,
        n: t.n,
        statements,
        ranked: [...statements].sort(byGap),
      };
    }
  }
}

const valuesOf = (answers: readonly { answers: Record<string, AnswerValue> }[], key: string) =>
  answers.flatMap((r) => (r.answers[key] === undefined ? [] : [r.answers[key]!]));

/** The tally of a set of stored answers, for the given questions. */
export function tallyAnswers(
  questions: readonly Question[],
  responses: readonly { answers: Record<string, AnswerValue> }[],
): AnswerTally {
  return {
    respondents: responses.length,
    questions: new Map(questions.map((q) => [q.key, tallyOf(q, valuesOf(responses, q.key))])),
  };
}

/** A question's tally in a set, or the tally of no answers (a question nobody in the set reached). */
export function tallyIn(tally: AnswerTally, question: Question): QuestionTally {
  return tally.questions.get(question.key) ?? tallyOf(question, []);
}

/** The summary of a question over a tallied set. */
export const summaryIn = (tally: AnswerTally, question: Question): QuestionSummary =>
  summaryOfTally(question, tallyIn(tally, question));

const sampleFrom = (n: number, sum: number, variance: number | null): Sample | null =>
  n === 0 ? null : { n, mean: sum / n, variance: variance ?? 0 };

/** The samples a comparison judges a number or ability-vs-need question by, from its tally. */
export function samplesOfTally(question: Question, tally: AnswerTally): QuestionSamples {
  const counted = tallyIn(tally, question);
  return {
    mean: counted.type === 'number' ? sampleFrom(counted.n, counted.sum, counted.variance) : null,
    statements: new Map(
      counted.type === 'abilityNeed' && question.type === 'abilityNeed'
        ? question.statements.map((s, i) => {
            const pair = counted.statements[i];
            return [
              s.key,
              pair ? sampleFrom(pair.n, pair.need - pair.ability, pair.gapVariance) : null,
            ] as const;
          })
        : [],
    ),
  };
}

/**
 * How many released answers hold one fact (migration 0025 counts them as answers are released):
 * for a question, `part` '' is its stored value; a matrix or ability-vs-need question's `part` is a
 * statement's key (its point, or its [ability, need] pair) or '*' (rated at least one statement);
 * a text question's value is `true` for a non-blank text.
 */
export interface CountedFact {
  part: string;
  value: unknown;
  n: number;
}

/** Values with how many hold each, as a weighted sample. */
type Weighted<T> = readonly { value: T; n: number }[];

const total = (facts: readonly { n: number }[]) => facts.reduce((sum, f) => sum + f.n, 0);

function weightedVariance(values: Weighted<number>): number | null {
  const n = total(values);
  if (n < 2) return null;
  const mean = values.reduce((sum, v) => sum + v.n * v.value, 0) / n;
  return values.reduce((sum, v) => sum + v.n * (v.value - mean) ** 2, 0) / (n - 1);
}

/** The median of a weighted sample: the middle value, or the mean of the two middle ones. */
function weightedMedian(values: Weighted<number>): number | null {
  const n = total(values);
  if (n === 0) return null;
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const at = (position: number) => {
    let seen = 0;
    for (const v of sorted) {
      seen += v.n;
      if (position < seen) return v.value;
    }
    return sorted.at(-1)!.value;
  };
  return (at(Math.floor((n - 1) / 2)) + at(Math.ceil((n - 1) / 2))) / 2;
}

const pointCounts = (scale: ScaleRange, facts: Weighted<unknown>): PointCounts => {
  const counts = new Array<number>(scale.max - scale.min + 1).fill(0);
  for (const f of facts) if (onScale(f.value, scale)) counts[f.value - scale.min]! += f.n;
  return counts;
};

/** A question's tally from the counts of its facts: the same tally tallyOf makes of the answers. */
export function tallyOfCounts(question: Question, facts: readonly CountedFact[]): QuestionTally {
  const of = (part: string) => facts.filter((f) => f.part === part);
  switch (question.type) {
    case 'likert': {
      const points = pointCounts(question.scale, of(''));
      const numbers = total(of('').filter((f) => typeof f.value === 'number'));
      return { type: 'likert', points, other: numbers - points.reduce((a, b) => a + b, 0) };
    }
    case 'single': {
      const options = question.options.map(({ value }) => total(of('').filter((f) => f.value === value)));
      return { type: 'single', n: options.reduce((a, b) => a + b, 0), options };
    }
    case 'multiple': {
      const known = new Set(question.options.map((o) => o.value));
      const lists = of('').filter(
        (f): f is CountedFact & { value: unknown[] } =>
          Array.isArray(f.value) && f.value.some((o) => known.has(o as string)),
      );
      return {
        type: 'multiple',
        n: total(lists),
        options: question.options.map(({ value }) => total(lists.filter((f) => f.value.includes(value)))),
      };
    }
    case 'number': {
      const numbers = of('').filter(
        (f): f is CountedFact & { value: number } => typeof f.value === 'number' && Number.isFinite(f.value),
      );
      return {
        type: 'number',
        n: total(numbers),
        sum: numbers.reduce((sum, f) => sum + f.n * f.value, 0),
        min: numbers.length === 0 ? null : Math.min(...numbers.map((f) => f.value)),
        max: numbers.length === 0 ? null : Math.max(...numbers.map((f) => f.value)),
        median: weightedMedian(numbers),
        variance: weightedVariance(numbers),
      };
    }
    case 'text':
      return { type: 'text', n: total(of('').filter((f) => f.value === true)) };
    case 'matrix':
      return {
        type: 'matrix',
        n: total(of('*')),
        statements: question.statements.map(({ key }) => pointCounts(question.scale, of(key))),
      };
    case 'abilityNeed':
      return {
        type: 'abilityNeed',
        n: total(of('*')),
        statements: question.statements.map(({ key }): PairTally => {
          const pairs = of(key).flatMap((f) => {
            const [ability, need] = Array.isArray(f.value) ? f.value : [];
            return onScale(ability, question.scale) && onScale(need, question.scale)
              ? [{ ability, need, n: f.n }]
              : [];
          });
          return {
            n: total(pairs),
            ability: pairs.reduce((sum, p) => sum + p.n * p.ability, 0),
            need: pairs.reduce((sum, p) => sum + p.n * p.need, 0),
            gapVariance: weightedVariance(pairs.map((p) => ({ value: p.need - p.ability, n: p.n }))),
          };
        }),
      };
  }
}

/** A set's tally from the counts of its facts by question key ('' part '': its respondents). */
export function answerTallyOfCounts(
  questions: readonly Question[],
  facts: readonly (CountedFact & { questionKey: string })[],
): AnswerTally {
  const byKey = new Map<string, CountedFact[]>();
  for (const f of facts) {
    const list = byKey.get(f.questionKey);
    if (list) list.push(f);
    else byKey.set(f.questionKey, [f]);
  }
  return {
    respondents: total((byKey.get('') ?? []).filter((f) => f.part === '')),
    questions: new Map(questions.map((q) => [q.key, tallyOfCounts(q, byKey.get(q.key) ?? [])])),
  };
}

/**
 * The parts of an IKM's spread (ikm.rules.ts spreadOfContributions) from counted facts: Σz² over
 * respondents of z = Σ factor × (x − element mean) ÷ element n decomposes into each element's
 * Σ(x − mean)² and each pair's Σ(x − mean)(y − mean), counted per value and per pair of values
 * (question key e, part '&f', value [x, y]); `respondents`: those who answered an element.
 */
export function ikmContributionsOfCounts(
  elements: readonly { key: string; mean: number; n: number }[],
  factor: number,
  respondents: number,
  facts: readonly (CountedFact & { questionKey: string })[],
): { n: number; sumSquares: number } {
  const weight = new Map(elements.map((e) => [e.key, { mean: e.mean, c: factor / e.n }]));
  let sumSquares = 0;
  for (const f of facts) {
    const first = weight.get(f.questionKey);
    if (!first) continue;
    if (f.part === '' && typeof f.value === 'number') {
      sumSquares += f.n * (first.c * (f.value - first.mean)) ** 2;
      continue;
    }
    const second = f.part.startsWith('&') ? weight.get(f.part.slice(1)) : undefined;
    const [x, y] = Array.isArray(f.value) ? f.value : [];
    if (second && typeof x === 'number' && typeof y === 'number') {
      sumSquares += 2 * f.n * first.c * (x - first.mean) * second.c * (y - second.mean);
    }
  }
  return { n: respondents, sumSquares };
}
