import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CountedFact,
  ikmContributionsOfCounts,
  samplesOfTally,
  summaryOfTally,
  tallyAnswers,
  tallyOf,
  tallyOfCounts,
} from './answer-tally';
import { IKM_CONVERSION, ikmSpread, spreadOfContributions } from './ikm.rules';
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

  it('make the same tally of counted facts as of the answers (as migration 0025 counts them)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUESTIONS), fc.array(value, { maxLength: 40 }), (question, values) => {
        const fromCounts = tallyOfCounts(question, counted(values.flatMap((v) => factsOf(question, v))));
        const fromAnswers = tallyOf(question, values);
        if (fromCounts.type === 'number' && fromAnswers.type === 'number') {
          expect(close(fromCounts.sum, fromAnswers.sum)).toBe(true);
          expect(close(fromCounts.variance, fromAnswers.variance)).toBe(true);
          expect({ ...fromCounts, sum: 0, variance: 0 }).toEqual({ ...fromAnswers, sum: 0, variance: 0 });
        } else if (fromCounts.type === 'abilityNeed' && fromAnswers.type === 'abilityNeed') {
          const rounded = (t: typeof fromCounts) =>
            t.statements.map((p) => ({
              ...p,
              gapVariance: p.gapVariance && Math.round(p.gapVariance * 1e9),
            }));
          expect(rounded(fromCounts)).toEqual(rounded(fromAnswers));
          expect(fromCounts.n).toBe(fromAnswers.n);
        } else {
          expect(fromCounts).toEqual(fromAnswers);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('sum the IKM spread from counts per value and per pair of values as from each respondent', () => {
    const element = fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined });
    const respondent = fc.record({ U1: element, U2: element, U3: element }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(respondent, { maxLength: 30 }), (responses) => {
        const keys = ['U1', 'U2', 'U3'] as const;
        const answered = responses.filter((r) => keys.some((k) => r[k] !== undefined));
        const elements = keys.flatMap((key) => {
          const values = responses.flatMap((r) => (r[key] === undefined ? [] : [r[key]]));
          const n = values.length;
          return n === 0 ? [] : [{ key, n, mean: values.reduce((a, b) => a + b, 0) / n }];
        });
        const facts = responses.flatMap((r) =>
          keys.flatMap((e, i) =>
            r[e] === undefined
              ? []
              : [
                  { questionKey: e, part: '', value: r[e] as unknown, n: 1 },
                  ...keys
                    .slice(i + 1)
                    .filter((f) => r[f] !== undefined)
                    .map((f) => ({ questionKey: e, part: `&${f}`, value: [r[e], r[f]] as unknown, n: 1 })),
                ],
          ),
        );
        const factor = (1 / keys.length) * IKM_CONVERSION;
        const parts = ikmContributionsOfCounts(elements, factor, answered.length, facts);
        const direct = ikmSpread(responses, [...keys]);
        if (direct === null) {
          expect(parts.n).toBe(0);
        } else {
          const fromCounts = spreadOfContributions(parts.n, parts.sumSquares);
          expect(fromCounts.n).toBe(direct.n);
          expect(close(fromCounts.variance, direct.variance)).toBe(true);
        }
      }),
      { numRuns: 300 },
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

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const onPoints = (v: unknown, scale: { min: number; max: number }) =>
  typeof v === 'number' && Number.isInteger(v) && v >= scale.min && v <= scale.max;

/** One stored answer's facts, as survey_answer_facts (migration 0025) makes them. */
function factsOf(question: Question, v: AnswerValue): { part: string; value: unknown }[] {
  switch (question.type) {
    case 'likert':
    case 'single':
    case 'multiple':
    case 'number':
      return [{ part: '', value: v }];
    case 'text':
      return typeof v === 'string' && v.trim() ? [{ part: '', value: true }] : [];
    case 'matrix':
    case 'abilityNeed': {
      if (!isObject(v)) return [];
      const { scale } = question;
      const present = question.statements.filter((s) => s.key in v);
      const pairOf = (p: unknown) => (isObject(p) ? [p.ability ?? null, p.need ?? null] : [null, null]);
      const rated = present.some((s) =>
        question.type === 'matrix'
          ? onPoints(v[s.key], scale)
          : isObject(v[s.key]) && pairOf(v[s.key]).every((x) => onPoints(x, scale)),
      );
      return [
        ...present.map((s) => ({
          part: s.key,
          value: question.type === 'matrix' ? v[s.key] : pairOf(v[s.key]),
        })),
        ...(rated ? [{ part: '*', value: true }] : []),
      ];
    }
  }
}

/** Facts counted per part and value, as the tally table holds them. */
function counted(facts: readonly { part: string; value: unknown }[]): CountedFact[] {
  const counts = new Map<string, CountedFact>();
  for (const fact of facts) {
    const key = JSON.stringify([fact.part, fact.value]);
    const seen = counts.get(key);
    if (seen) seen.n += 1;
    else counts.set(key, { ...fact, n: 1 });
  }
  return [...counts.values()];
}
