// Participants' feedback on a program, Kirkpatrick's first two levels: their reaction (a survey sent
// to exactly a batch's participants when it closes, answered anonymously) and their learning (a test
// before and after, 0–100). Results are read per batch, per trainer (over the batches naming them),
// per curriculum version (over the batches teaching it) and for the whole program.
//
// Disclosure, as the surveys' k rule (shared/group-suppression.rules.ts): a batch's figure resting on
// fewer than k people — pairs of tests, or answers to a question — is withheld. A group's figure
// (trainer, version, program) is pooled from the batches' SHOWN figures only: a withheld batch is left
// out of every total it belongs to. Every figure published is then a pooling of batch figures that
// are published themselves, so no total minus others (a trainer's minus the batches shown, a version's
// minus another trainer's) gives away a batch of one or two people.

import { MIN_K } from '../shared/group-suppression.rules';

/** Why a figure is not shown: fewer than k people behind it, or nothing to count yet. */
export type Withheld = 'small' | 'none';

/** The smallest group shown: the survey's k, never below MIN_K. */
export const kOf = (minGroupSize: number) => Math.max(minGroupSize, MIN_K);

// Level 2: learning.

export interface Gain {
  /** post − pre, in points. */
  raw: number;
  /** Hake's normalised gain; null when the pre-test was already 100 (nothing left to learn). */
  normalised: number | null;
}

/**
 * Hake (1998), "Interactive-engagement versus traditional methods": g = (post − pre) / (100 − pre),
 * the share of what there was to learn that was learned (1 at most; negative when scores fell).
 */
export function learningGain(pre: number, post: number): Gain {
  checkScore(pre);
  checkScore(post);
  return { raw: post - pre, normalised: pre < 100 ? (post - pre) / (100 - pre) : null };
}

function checkScore(score: number) {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`a test score is between 0 and 100, not ${score}`);
  }
}

/** What a group's learning figures are built from: the pairs (both tests taken) and their sums. */
export interface LearningSums {
  pairs: number;
  pre: number;
  post: number;
}

export const NO_LEARNING: LearningSums = { pairs: 0, pre: 0, post: 0 };

/** The pairs among participants' scores: a participant missing either test is left out. */
export function learningSums(scores: readonly { pre: number | null; post: number | null }[]): LearningSums {
  let sums = NO_LEARNING;
  for (const { pre, post } of scores) {
    if (pre === null || post === null) continue;
    checkScore(pre);
    checkScore(post);
    sums = { pairs: sums.pairs + 1, pre: sums.pre + pre, post: sums.post + post };
  }
  return sums;
}

const addLearning = (a: LearningSums, b: LearningSums): LearningSums => ({
  pairs: a.pairs + b.pairs,
  pre: a.pre + b.pre,
  post: a.post + b.post,
});

export interface LearningFigures {
  pairs: number;
  meanPre: number;
  meanPost: number;
  /** Mean of post − pre over the pairs. */
  meanGain: number;
  /**
   * Hake's class-average gain ⟨g⟩ = (⟨post⟩ − ⟨pre⟩) / (100 − ⟨pre⟩), from the group's means (so one
   * participant at 100 before does not drop out); null when the mean pre-test is 100.
   */
  normalisedGain: number | null;
}

/** The figures of pairs; null when there are none. */
export function learningFigures(sums: LearningSums): LearningFigures | null {
  if (sums.pairs === 0) return null;
  const meanPre = sums.pre / sums.pairs;
  const meanPost = sums.post / sums.pairs;
  return {
    pairs: sums.pairs,
    meanPre,
    meanPost,
    meanGain: meanPost - meanPre,
    normalisedGain: meanPre < 100 ? (meanPost - meanPre) / (100 - meanPre) : null,
  };
}

// Level 1: reaction.

/** Answers to one question: how many gave a point, and the sum of their points. */
export interface AnswerSums {
  n: number;
  sum: number;
}

/** A batch's released reaction answers: the respondents, and per rated question its sums. */
export interface ReactionSums {
  responses: number;
  questions: Readonly<Record<string, AnswerSums>>;
}

export interface ReactionFigures {
  responses: number;
  /** Per question (in the order asked), its mean; null when fewer than k answered it. */
  questions: { key: string; mean: number | null }[];
  /** The mean of the questions' means shown: the batch's (or group's) reaction score. */
  overall: number | null;
}

// Results.

export interface BatchEvaluationInput {
  id: number;
  /** The batch's k: its reaction survey's, at least MIN_K (kOf). */
  k: number;
  /** Who taught it (a key per trainer); a batch may name several, or none. */
  trainers: readonly string[];
  /** The curriculum version it taught (a key), or null when none was recorded. */
  version: string | null;
  learning: LearningSums;
  /** Null: the batch has no reaction survey (not closed yet, or nobody to ask). */
  reaction: ReactionSums | null;
}

/** A figure shown, or why it is withheld. */
export type Disclosed<T> = ({ shown: true } & T) | { shown: false; withheld: Withheld };

export interface EvaluationFigures {
  learning: Disclosed<LearningFigures>;
  reaction: Disclosed<ReactionFigures>;
}

export interface GroupFigures extends EvaluationFigures {
  batchIds: number[];
  /** Batches of the group left out of its figures, because theirs are withheld. */
  withheldBatches: { learning: number; reaction: number };
}

export interface EvaluationReport {
  batches: ({ id: number } & EvaluationFigures)[];
  trainers: ({ key: string } & GroupFigures)[];
  versions: ({ key: string | null } & GroupFigures)[];
  total: GroupFigures;
}

/** What of a batch may be shown and pooled: its sums when they rest on k or more, else why not. */
function shownLearning(batch: BatchEvaluationInput): LearningSums | Withheld {
  if (batch.learning.pairs === 0) return 'none';
  return batch.learning.pairs >= kOf(batch.k) ? batch.learning : 'small';
}

function shownReaction(batch: BatchEvaluationInput, questions: readonly string[]): ReactionSums | Withheld {
  const reaction = batch.reaction;
  if (!reaction || reaction.responses === 0) return 'none';
  const k = kOf(batch.k);
  if (reaction.responses < k) return 'small';
  const kept: Record<string, AnswerSums> = {};
  for (const key of questions) {
    const sums = reaction.questions[key];
    if (sums && sums.n >= k) kept[key] = sums;
  }
  return { responses: reaction.responses, questions: kept };
}

function reactionFigures(sums: ReactionSums, questions: readonly string[]): ReactionFigures {
  const means = questions.map((key) => {
    const q = sums.questions[key];
    return { key, mean: q && q.n > 0 ? q.sum / q.n : null };
  });
  const shown = means.flatMap((q) => (q.mean === null ? [] : [q.mean]));
  return {
    responses: sums.responses,
    questions: means,
    overall: shown.length === 0 ? null : shown.reduce((a, b) => a + b, 0) / shown.length,
  };
}

function addReaction(a: ReactionSums, b: ReactionSums): ReactionSums {
  const questions: Record<string, AnswerSums> = { ...a.questions };
  for (const [key, sums] of Object.entries(b.questions)) {
    const before = questions[key] ?? { n: 0, sum: 0 };
    questions[key] = { n: before.n + sums.n, sum: before.sum + sums.sum };
  }
  return { responses: a.responses + b.responses, questions };
}

/** A figure of shown parts, or why there is none: 'small' when parts existed but all were withheld. */
function disclosed<S, F>(
  parts: readonly (S | Withheld)[],
  add: (a: S, b: S) => S,
  figures: (sums: S) => F | null,
): Disclosed<F> {
  const shown = parts.filter((p): p is S => p !== 'small' && p !== 'none');
  if (shown.length === 0) return { shown: false, withheld: parts.includes('small') ? 'small' : 'none' };
  const value = figures(shown.reduce(add));
  return value === null ? { shown: false, withheld: 'none' } : { shown: true, ...value };
}

function groupOf(batches: readonly BatchEvaluationInput[], questions: readonly string[]): GroupFigures {
  const learning = batches.map(shownLearning);
  const reaction = batches.map((b) => shownReaction(b, questions));
  return {
    batchIds: batches.map((b) => b.id),
    learning: disclosed(learning, addLearning, learningFigures),
    reaction: disclosed(reaction, addReaction, (sums) => reactionFigures(sums, questions)),
    withheldBatches: {
      learning: learning.filter((p) => p === 'small').length,
      reaction: reaction.filter((p) => p === 'small').length,
    },
  };
}

/** Groups of batches by a key each batch gives (none, one or several), in order of first appearance. */
function groupBy<K>(
  batches: readonly BatchEvaluationInput[],
  keysOf: (b: BatchEvaluationInput) => readonly K[],
) {
  const groups = new Map<K, BatchEvaluationInput[]>();
  for (const batch of batches) {
    for (const key of keysOf(batch)) groups.set(key, [...(groups.get(key) ?? []), batch]);
  }
  return [...groups];
}

/**
 * A program's evaluation: each batch's figures under the k rule, and the trainers', the curriculum
 * versions' and the program's pooled from the batches' shown figures only (see the top of this file).
 * `questions`: the rated questions of the reaction survey, in the order asked.
 */
export function evaluationReport(
  batches: readonly BatchEvaluationInput[],
  questions: readonly string[],
): EvaluationReport {
  return {
    batches: batches.map((batch) => {
      const { learning, reaction } = groupOf([batch], questions);
      return { id: batch.id, learning, reaction };
    }),
    trainers: groupBy(batches, (b) => [...new Set(b.trainers)]).map(([key, group]) => ({
      key,
      ...groupOf(group, questions),
    })),
    versions: groupBy(batches, (b) => [b.version]).map(([key, group]) => ({
      key,
      ...groupOf(group, questions),
    })),
    total: groupOf(batches, questions),
  };
}
