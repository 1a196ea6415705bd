import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InstrumentDefinition } from '../surveys/instrument.contract';
import { questionsOf } from '../surveys/instrument.rules';
import {
  type BatchEvaluationInput,
  evaluationReport,
  kOf,
  learningFigures,
  learningGain,
  learningSums,
  NO_LEARNING,
  type ReactionSums,
} from './evaluation.rules';
import { REACTION_QUESTIONS, reactionInstrumentDefinition } from './reaction-instrument';

const score = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);

describe('learningGain', () => {
  it('gives the raw gain in points and Hake’s share of what was left to learn', () => {
    expect(learningGain(40, 70)).toEqual({ raw: 30, normalised: 0.5 });
    expect(learningGain(80, 60)).toEqual({ raw: -20, normalised: -1 });
    expect(learningGain(0, 100)).toEqual({ raw: 100, normalised: 1 });
  });

  it('has no normalised gain for someone who scored 100 before', () => {
    expect(learningGain(100, 90)).toEqual({ raw: -10, normalised: null });
  });

  it('refuses a score outside 0–100', () => {
    expect(() => learningGain(-1, 50)).toThrow(RangeError);
    expect(() => learningGain(50, 100.5)).toThrow(RangeError);
    expect(() => learningGain(Number.NaN, 50)).toThrow(RangeError);
  });

  it('never gives a normalised gain above 1, and a raw one within ±100', () => {
    fc.assert(
      fc.property(score, score, (pre, post) => {
        const gain = learningGain(pre, post);
        expect(Math.abs(gain.raw)).toBeLessThanOrEqual(100);
        if (gain.normalised !== null) expect(gain.normalised).toBeLessThanOrEqual(1 + 1e-12);
        // It has the sign of the raw gain.
        if (gain.normalised !== null) expect(Math.sign(gain.normalised)).toBe(Math.sign(gain.raw));
      }),
    );
  });
});

describe('learningSums and learningFigures', () => {
  it('counts only participants who took both tests', () => {
    const sums = learningSums([
      { pre: 40, post: 70 },
      { pre: 60, post: null },
      { pre: null, post: 90 },
      { pre: 50, post: 80 },
    ]);
    expect(sums).toEqual({ pairs: 2, pre: 90, post: 150 });
    expect(learningFigures(sums)).toEqual({
      pairs: 2,
      meanPre: 45,
      meanPost: 75,
      meanGain: 30,
      normalisedGain: 30 / 55,
    });
  });

  it('has no figures without pairs', () => {
    expect(learningFigures(NO_LEARNING)).toBeNull();
  });

  it('uses the class means for the normalised gain, so one participant at 100 before still counts', () => {
    const figures = learningFigures(
      learningSums([
        { pre: 100, post: 100 },
        { pre: 50, post: 75 },
      ]),
    );
    expect(figures?.normalisedGain).toBeCloseTo((87.5 - 75) / 25);
  });

  it('keeps the mean gain between the smallest and the largest gain', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(score, score), { minLength: 1, maxLength: 40 }), (pairs) => {
        const figures = learningFigures(learningSums(pairs.map(([pre, post]) => ({ pre, post }))))!;
        const gains = pairs.map(([pre, post]) => post - pre);
        expect(figures.meanGain).toBeGreaterThanOrEqual(Math.min(...gains) - 1e-9);
        expect(figures.meanGain).toBeLessThanOrEqual(Math.max(...gains) + 1e-9);
        if (figures.normalisedGain !== null) expect(figures.normalisedGain).toBeLessThanOrEqual(1 + 1e-9);
      }),
    );
  });
});

const reaction = (
  responses: number,
  perQuestion: Record<string, [n: number, mean: number]>,
): ReactionSums => ({
  responses,
  questions: Object.fromEntries(
    Object.entries(perQuestion).map(([key, [n, mean]]) => [key, { n, sum: n * mean }]),
  ),
});

const batch = (id: number, values: Partial<BatchEvaluationInput>): BatchEvaluationInput => ({
  id,
  k: 3,
  trainers: [],
  version: null,
  learning: NO_LEARNING,
  reaction: null,
  ...values,
});

/** `pairs` participants each scoring pre → post. */
const tests = (pairs: number, pre: number, post: number) => ({ pairs, pre: pairs * pre, post: pairs * post });

describe('evaluationReport', () => {
  const questions = ['overall', 'materials'];

  it('shows a batch’s figures when k or more stand behind them', () => {
    const report = evaluationReport(
      [
        batch(1, {
          learning: tests(4, 50, 75),
          reaction: reaction(4, { overall: [4, 4.5], materials: [4, 3] }),
        }),
      ],
      questions,
    );
    expect(report.batches[0]!.learning).toMatchObject({ shown: true, pairs: 4, meanGain: 25 });
    expect(report.batches[0]!.reaction).toEqual({
      shown: true,
      responses: 4,
      questions: [
        { key: 'overall', mean: 4.5 },
        { key: 'materials', mean: 3 },
      ],
      overall: 3.75,
    });
  });

  it('withholds a batch of fewer than k, and says whether there was anything at all', () => {
    const report = evaluationReport(
      [
        batch(1, { learning: tests(2, 50, 80), reaction: reaction(2, { overall: [2, 5] }) }),
        batch(2, { reaction: { responses: 0, questions: {} } }),
      ],
      questions,
    );
    expect(report.batches[0]).toEqual({
      id: 1,
      learning: { shown: false, withheld: 'small' },
      reaction: { shown: false, withheld: 'small' },
    });
    expect(report.batches[1]).toEqual({
      id: 2,
      learning: { shown: false, withheld: 'none' },
      reaction: { shown: false, withheld: 'none' },
    });
  });

  it('withholds a question answered by fewer than k within a batch that is shown', () => {
    const report = evaluationReport(
      [batch(1, { reaction: reaction(5, { overall: [5, 4], materials: [2, 1] }) })],
      questions,
    );
    expect(report.batches[0]!.reaction).toMatchObject({
      questions: [
        { key: 'overall', mean: 4 },
        { key: 'materials', mean: null },
      ],
      overall: 4,
    });
  });

  it('uses the batch’s own k, never below three', () => {
    expect(kOf(1)).toBe(3);
    const report = evaluationReport([batch(1, { k: 5, learning: tests(4, 10, 20) })], questions);
    expect(report.batches[0]!.learning).toEqual({ shown: false, withheld: 'small' });
  });

  it('leaves a withheld batch out of every total, so no difference of totals reveals it', () => {
    const batches = [
      batch(1, { trainers: ['ana'], version: 'v1', learning: tests(5, 40, 80) }),
      batch(2, { trainers: ['ana', 'budi'], version: 'v2', learning: tests(2, 10, 90) }),
      batch(3, { trainers: ['budi'], version: 'v2', learning: tests(3, 60, 66) }),
    ];
    const report = evaluationReport(batches, questions);
    const ana = report.trainers.find((t) => t.key === 'ana')!;
    const budi = report.trainers.find((t) => t.key === 'budi')!;
    const v2 = report.versions.find((v) => v.key === 'v2')!;
    // Ana's figures are batch 1's alone: batch 2 (two people) is left out of them and said to be.
    expect(ana.learning).toMatchObject({ shown: true, pairs: 5, meanGain: 40 });
    expect(ana.withheldBatches.learning).toBe(1);
    expect(budi.learning).toMatchObject({ shown: true, pairs: 3, meanGain: 6 });
    expect(v2.learning).toMatchObject({ shown: true, pairs: 3 });
    expect(report.total.learning).toMatchObject({ shown: true, pairs: 8 });
    expect(report.total.withheldBatches.learning).toBe(1);
  });

  it('withholds a group whose every batch is withheld', () => {
    const report = evaluationReport(
      [batch(1, { trainers: ['ana'], version: 'v1', learning: tests(2, 40, 80) })],
      questions,
    );
    expect(report.trainers[0]).toMatchObject({ key: 'ana', learning: { shown: false, withheld: 'small' } });
    expect(report.versions[0]).toMatchObject({ key: 'v1', learning: { shown: false, withheld: 'small' } });
    expect(report.total.learning).toEqual({ shown: false, withheld: 'small' });
  });

  it('pools reaction answers by their counts, per question', () => {
    const report = evaluationReport(
      [
        batch(1, { reaction: reaction(3, { overall: [3, 5], materials: [3, 2] }) }),
        batch(2, { reaction: reaction(6, { overall: [6, 2], materials: [6, 5] }) }),
      ],
      questions,
    );
    expect(report.total.reaction).toEqual({
      shown: true,
      responses: 9,
      questions: [
        { key: 'overall', mean: 3 },
        { key: 'materials', mean: 4 },
      ],
      overall: 3.5,
    });
  });

  it('publishes, for any batches, only poolings of batches that are shown themselves', () => {
    const arbitraryBatch = fc.record({
      pairs: fc.integer({ min: 0, max: 8 }),
      pre: score,
      post: score,
      trainers: fc.subarray(['ana', 'budi', 'citra']),
      version: fc.constantFrom('v1', 'v2', null),
    });
    fc.assert(
      fc.property(fc.array(arbitraryBatch, { minLength: 1, maxLength: 8 }), (drawn) => {
        const batches = drawn.map((d, i) =>
          batch(i + 1, { trainers: d.trainers, version: d.version, learning: tests(d.pairs, d.pre, d.post) }),
        );
        const report = evaluationReport(batches, questions);
        const shownPairs = (ids: number[]) =>
          batches
            .filter((b) => ids.includes(b.id) && b.learning.pairs >= 3)
            .reduce((n, b) => n + b.learning.pairs, 0);
        for (const group of [...report.trainers, ...report.versions, report.total]) {
          if (group.learning.shown) {
            expect(group.learning.pairs).toBe(shownPairs(group.batchIds));
            expect(group.learning.pairs).toBeGreaterThanOrEqual(3);
          } else {
            expect(shownPairs(group.batchIds)).toBe(0);
          }
        }
      }),
    );
  });
});

describe('the standard reaction questionnaire', () => {
  it('rates each question the results read on a 1–5 scale, with one open comment, in both languages', () => {
    const definition = InstrumentDefinition.parse(reactionInstrumentDefinition());
    const questions = questionsOf(definition);
    const rated = questions.filter((q) => q.type === 'likert');
    expect(rated.map((q) => q.key)).toEqual([...REACTION_QUESTIONS]);
    for (const q of rated) expect(q.type === 'likert' && [q.scale.min, q.scale.max]).toEqual([1, 5]);
    expect(questions.filter((q) => q.type === 'text').map((q) => q.key)).toEqual(['comment']);
    for (const q of questions) expect(q.text.en).not.toBe('');
    expect(definition.kind).toBe('reaction');
  });
});
