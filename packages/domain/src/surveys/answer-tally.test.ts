import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samplesOfTally, summaryOfTally, tallyAnswers, tallyOf } from './answer-tally';
import { Question } from './instrument.contract';
import { samplesOfValues } from './survey-comparison.rules';
import type { AnswerValue } from './survey-response.rules';
import { summarizeQuestion } from './survey-results.rules';

const text = (id: string) => ({ id });
const options = (...values: string[]) => values.map((value) => ({ value, label: text(value) }));
const statements = (...keys: string[]) => keys.map((key) => ({ key, text: text(key) }));

const QUESTIONS = [
  Question.parse({ key: 'l', type: 'likert', text: text('L'), scale: { min: 1, max: 5 } }),
  Question.parse({ key: 's', type: 'single', text: text('S'), options: options('a', 'b', 'c') }),
  Question.parse({ key: 'm', type: 'multiple', text: text('M'), options: options('a', 'b', 'c') }),
  Question.parse({ key: 'n', type: 'number', text: text('N') }),
  Question.parse({ key: 't', type: 'text', text: text('T') }),
  Question.parse({
    key: 'x',
    type: 'matrix',
    text: text('X'),
    scale: { min: 0, max: 3 },
    statements: statements('p', 'q'),
  }),
  Question.parse({
    key: 'g',
    type: 'abilityNeed',
    text: text('G'),
    scale: { min: 1, max: 4 },
    statements: statements('p', 'q'),
  }),
];

// Whatever may be stored under a key: answers of the question's own type, of other types, off the
// scale, unknown options, repeated choices, blanks.
const scalar = fc.oneof(
  fc.integer({ min: -1, max: 6 }),
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc.constantFrom('a', 'b', 'c', 'd', '', '  ', 'kritik'),
);
const pair = fc.record({ ability: scalar, need: scalar }, { requiredKeys: [] });
const value: fc.Arbitrary<AnswerValue> = fc.oneof(
  scalar,
  fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 }),
  fc.dictionary(fc.constantFrom('p', 'q', 'r'), fc.oneof(scalar, pair)) as fc.Arbitrary<AnswerValue>,
);

/** Floating sums in another order: equal to the last bits. */
const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

describe('answer tallies', () => {
  it('give every question type exactly the summary its answers give', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUESTIONS), fc.array(value, { maxLength: 40 }), (question, values) => {
        const fromTally = summaryOfTally(question, tallyOf(question, values));
        const fromAnswers = summarizeQuestion(question, values);
        if (question.type === 'number' && fromTally.type === 'number' && fromAnswers.type === 'number') {
          // Sums of fractions in another order differ in the last bits; everything else is equal.
          expect(close(fromTally.mean, fromAnswers.mean)).toBe(true);
          expect({ ...fromTally, mean: null }).toEqual({ ...fromAnswers, mean: null });
        } else {
          expect(fromTally).toEqual(fromAnswers);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('give a comparison the same samples of numbers and gaps as the answers do', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUESTIONS), fc.array(value, { maxLength: 40 }), (question, values) => {
        const tally = tallyAnswers(
          [question],
          values.map((v) => ({ answers: { [question.key]: v } })),
        );
        const fromTally = samplesOfTally(question, tally);
        const fromAnswers = samplesOfValues(summarizeQuestion(question, values), values);
        const same = (a: typeof fromTally.mean, b: typeof fromTally.mean) =>
          a === null || b === null
            ? a === b
            : a.n === b.n && close(a.mean, b.mean) && close(a.variance, b.variance);
        expect(same(fromTally.mean, fromAnswers.mean)).toBe(true);
        for (const [key, sample] of fromAnswers.statements) {
          expect(same(fromTally.statements.get(key) ?? null, sample)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('count respondents, and a question nobody reached as no answers', () => {
    const tally = tallyAnswers(QUESTIONS, [{ answers: { l: 4 } }, { answers: { l: 2, s: 'a' } }]);
    expect(tally.respondents).toBe(2);
    expect(tally.questions.get('l')).toEqual({ type: 'likert', points: [0, 1, 0, 1, 0], other: 0 });
    expect(tally.questions.get('t')).toEqual({ type: 'text', n: 0 });
  });

  it('refuses a tally of another type than its question', () => {
    expect(() => summaryOfTally(QUESTIONS[0]!, { type: 'text', n: 3 })).toThrow(RangeError);
  });
});
