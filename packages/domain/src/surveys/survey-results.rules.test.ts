import { describe, expect, it } from 'vitest';
import { Question } from './instrument.contract';
import { compareWaves } from './survey-comparison.rules';
import type { AnswerValue } from './survey-response.rules';
import { type AbilityNeedSummary, rankNeeds, summarizeQuestion } from './survey-results.rules';

const text = (id: string) => ({ id });
const options = (...values: string[]) => values.map((value) => ({ value, label: text(value) }));
const statements = (...keys: [string, string?][]) =>
  keys.map(([key, competency]) => ({ key, text: text(key), competency }));

const likert = (max = 5) =>
  Question.parse({ key: 'q', type: 'likert', text: text('Q'), scale: { min: 1, max } });
const single = (...values: string[]) =>
  Question.parse({ key: 'q', type: 'single', text: text('Q'), options: options(...values) });
const multiple = (...values: string[]) =>
  Question.parse({ key: 'q', type: 'multiple', text: text('Q'), options: options(...values) });
const numberQ = Question.parse({ key: 'q', type: 'number', text: text('Q') });
const textQ = Question.parse({ key: 'q', type: 'text', text: text('Q') });
const matrix = (...keys: string[]) =>
  Question.parse({
    key: 'q',
    type: 'matrix',
    text: text('Q'),
    scale: { min: 1, max: 4 },
    statements: statements(...keys.map((k): [string] => [k])),
  });
const abilityNeed = (key: string, ...keys: [string, string?][]) =>
  Question.parse({
    key,
    type: 'abilityNeed',
    text: text('Q'),
    scale: { min: 1, max: 5 },
    statements: statements(...keys),
  });

describe('summarizeQuestion: likert', () => {
  it('gives the mean and a share for every point of the scale, zeros included', () => {
    // 5 + 4 + 4 + 2 = 15 over 4 answers → 3.75.
    expect(summarizeQuestion(likert(), [5, 4, 4, 2])).toEqual({
      type: 'likert',
      key: 'q',
      scale: { min: 1, max: 5 },
      n: 4,
      mean: 3.75,
      distribution: [
        { value: 1, count: 0, percent: 0 },
        { value: 2, count: 1, percent: 25 },
        { value: 3, count: 0, percent: 0 },
        { value: 4, count: 2, percent: 50 },
        { value: 5, count: 1, percent: 25 },
      ],
    });
  });

  it('leaves out answers that are off the scale or of another type', () => {
    expect(summarizeQuestion(likert(4), [4, 5, 'x', 2.5, 2])).toMatchObject({ n: 2, mean: 3 });
  });

  it('gives n 0, a null mean and null percents when nobody answered', () => {
    const summary = summarizeQuestion(likert(4), []);
    expect(summary).toMatchObject({ n: 0, mean: null });
    expect(summary.type === 'likert' && summary.distribution.map((p) => [p.count, p.percent])).toEqual([
      [0, null],
      [0, null],
      [0, null],
      [0, null],
    ]);
  });
});

describe('summarizeQuestion: choices', () => {
  it('counts a single choice for every option, zeros included, over the answers that fit', () => {
    const summary = summarizeQuestion(single('a', 'b', 'c'), ['a', 'b', 'a', 'removed']);
    expect(summary).toMatchObject({ type: 'single', n: 3 });
    expect(summary.type === 'single' && summary.options.map((o) => [o.value, o.count])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 0],
    ]);
    expect(summary.type === 'single' && summary.options[0]!.percent).toBeCloseTo(200 / 3, 12);
  });

  it('gives multiple choices as percent of respondents, which may add up to more than 100', () => {
    const values: AnswerValue[] = [
      ['online', 'classroom'],
      ['online'],
      ['online', 'coaching', 'online'],
      ['removed'],
    ];
    const summary = summarizeQuestion(multiple('online', 'classroom', 'coaching'), values);
    // The answer naming only a removed option is no respondent of this version: n = 3.
    expect(summary).toMatchObject({ type: 'multiple', n: 3 });
    const shares = summary.type === 'multiple' ? summary.options : [];
    expect(shares.map((o) => [o.value, o.count])).toEqual([
      ['online', 3],
      ['classroom', 1],
      ['coaching', 1],
    ]);
    expect(shares[0]!.percent).toBe(100);
    expect(shares.reduce((sum, o) => sum + o.percent!, 0)).toBeCloseTo(500 / 3, 12);
  });

  it('gives null percents for options when nobody answered', () => {
    expect(summarizeQuestion(single('a', 'b'), [])).toEqual({
      type: 'single',
      key: 'q',
      n: 0,
      options: [
        { value: 'a', count: 0, percent: null },
        { value: 'b', count: 0, percent: null },
      ],
    });
  });
});

describe('summarizeQuestion: number and text', () => {
  it('gives mean, median, min and max of an odd number of answers', () => {
    // 1 1 3 4 5: mean 14/5 = 2.8, median 3.
    expect(summarizeQuestion(numberQ, [3, 1, 4, 1, 5])).toEqual({
      type: 'number',
      key: 'q',
      n: 5,
      mean: 2.8,
      median: 3,
      min: 1,
      max: 5,
    });
  });

  it('takes the median of an even number of answers halfway between the middle two', () => {
    expect(summarizeQuestion(numberQ, [10, 2, 4, 8])).toMatchObject({
      n: 4,
      mean: 6,
      median: 6,
      min: 2,
      max: 10,
    });
  });

  it('gives nulls, not NaN, when nobody answered', () => {
    expect(summarizeQuestion(numberQ, [])).toEqual({
      type: 'number',
      key: 'q',
      n: 0,
      mean: null,
      median: null,
      min: null,
      max: null,
    });
  });

  it('counts only the non-blank texts', () => {
    expect(summarizeQuestion(textQ, ['bagus', '   ', 'ok'])).toEqual({ type: 'text', key: 'q', n: 2 });
  });
});

describe('summarizeQuestion: matrix', () => {
  it('summarizes each statement over the respondents who rated it', () => {
    const summary = summarizeQuestion(matrix('s1', 's2'), [{ s1: 4, s2: 3 }, { s1: 2 }, { s2: 9 }]);
    expect(summary).toMatchObject({ type: 'matrix', n: 2, scale: { min: 1, max: 4 } });
    expect(summary.type === 'matrix' && summary.statements).toEqual([
      {
        key: 's1',
        n: 2,
        mean: 3,
        distribution: [
          { value: 1, count: 0, percent: 0 },
          { value: 2, count: 1, percent: 50 },
          { value: 3, count: 0, percent: 0 },
          { value: 4, count: 1, percent: 50 },
        ],
      },
      {
        key: 's2',
        n: 1,
        mean: 3,
        distribution: [
          { value: 1, count: 0, percent: 0 },
          { value: 2, count: 0, percent: 0 },
          { value: 3, count: 1, percent: 100 },
          { value: 4, count: 0, percent: 0 },
        ],
      },
    ]);
  });

  it('gives every statement n 0 and a null mean when nobody answered', () => {
    const summary = summarizeQuestion(matrix('s1'), []);
    expect(summary).toMatchObject({ n: 0, statements: [{ key: 's1', n: 0, mean: null }] });
  });
});

describe('summarizeQuestion: abilityNeed', () => {
  const question = abilityNeed('needs', ['comm', 'M.3'], ['integ', 'M.1'], ['tech'], ['extra', 'M.2']);
  // comm: ability (2 + 3)/2 = 2.5, need (5 + 4)/2 = 4.5, gap 2.
  // integ: ability 3.5, need 4.5, gap 1.   tech: ability 2, need 4, gap 2.   extra: nobody.
  const values: AnswerValue[] = [
    { comm: { ability: 2, need: 5 }, integ: { ability: 4, need: 4 }, tech: { ability: 3, need: 5 } },
    { comm: { ability: 3, need: 4 }, integ: { ability: 3, need: 5 }, tech: { ability: 1, need: 3 } },
  ];

  it('gives mean ability, mean need and gap = need − ability per statement', () => {
    const summary = summarizeQuestion(question, values) as AbilityNeedSummary;
    expect(summary.n).toBe(2);
    expect(summary.statements).toEqual([
      { key: 'comm', competency: 'M.3', n: 2, meanAbility: 2.5, meanNeed: 4.5, gap: 2 },
      { key: 'integ', competency: 'M.1', n: 2, meanAbility: 3.5, meanNeed: 4.5, gap: 1 },
      { key: 'tech', competency: null, n: 2, meanAbility: 2, meanNeed: 4, gap: 2 },
      { key: 'extra', competency: 'M.2', n: 0, meanAbility: null, meanNeed: null, gap: null },
    ]);
  });

  it('ranks statements by gap, largest first, ties by key, unrated last', () => {
    const summary = summarizeQuestion(question, values) as AbilityNeedSummary;
    expect(summary.ranked.map((s) => s.key)).toEqual(['comm', 'tech', 'integ', 'extra']);
  });

  it('leaves out a pair with a rating off the scale', () => {
    const summary = summarizeQuestion(question, [{ comm: { ability: 0, need: 5 } }]) as AbilityNeedSummary;
    expect(summary.n).toBe(0);
    expect(summary.statements[0]).toMatchObject({ n: 0, gap: null });
  });

  it('pools statements of the same competency across questions when ranking needs', () => {
    const first = summarizeQuestion(question, values) as AbilityNeedSummary;
    const second = summarizeQuestion(abilityNeed('more', ['present', 'M.3']), [
      { present: { ability: 1, need: 5 } },
    ]) as AbilityNeedSummary;
    // M.3: ability (2.5 × 2 + 1 × 1)/3 = 2, need (4.5 × 2 + 5 × 1)/3 = 14/3, gap 8/3.
    const needs = rankNeeds([first, second]);
    expect(needs.map((r) => [r.competency, r.statements, r.ratings])).toEqual([
      ['M.3', ['needs.comm', 'more.present'], 3],
      [null, ['needs.tech'], 2],
      ['M.1', ['needs.integ'], 2],
      ['M.2', ['needs.extra'], 0],
    ]);
    expect(needs[0]!.meanAbility).toBeCloseTo(2, 12);
    expect(needs[0]!.meanNeed).toBeCloseTo(14 / 3, 12);
    expect(needs[0]!.gap).toBeCloseTo(8 / 3, 12);
    expect(needs[3]).toMatchObject({ meanAbility: null, meanNeed: null, gap: null });
  });
});

describe('compareWaves', () => {
  const rule = { k: 3 };
  /** A change with too few answers on a side to be judged. */
  const unjudged = (before: number | null, after: number | null, change: number | null) => ({
    before,
    after,
    change,
    low: null,
    high: null,
    verdict: change === null ? null : 'tooFew',
  });

  it('gives the change of a Likert mean', () => {
    // 3.5 → (4 + 4 + 3 + 4)/4 = 3.75; two answers before are fewer than k: not judged.
    const comparison = compareWaves(
      summarizeQuestion(likert(), [3, 4]),
      summarizeQuestion(likert(), [4, 4, 3, 4]),
      rule,
    );
    expect(comparison).toEqual({ type: 'likert', key: 'q', mean: unjudged(3.5, 3.75, 0.25) });
  });

  it('judges a Likert change from each wave’s distribution of answers', () => {
    // Before 3,3,3,3 (mean 3, no spread); after 4,4,4,5 (mean 4.25, variance 0.25): Welch with
    // df = 3, t = 3.182, SE = √(0.25/4) = 0.25 → 1.25 ± 0.796: a real rise.
    const comparison = compareWaves(
      summarizeQuestion(likert(), [3, 3, 3, 3]),
      summarizeQuestion(likert(), [4, 4, 4, 5]),
      rule,
    );
    const mean = comparison?.type === 'likert' ? comparison.mean : null;
    expect(mean?.verdict).toBe('up');
    expect(mean!.low!).toBeCloseTo(1.25 - 3.182446 * 0.25, 5);
    expect(mean!.high!).toBeCloseTo(1.25 + 3.182446 * 0.25, 5);
  });

  it('refuses to compare means on different scales', () => {
    expect(
      compareWaves(summarizeQuestion(likert(4), [3]), summarizeQuestion(likert(5), [3]), rule),
    ).toBeNull();
  });

  it('gives the change of a number mean, judged from the raw answers', () => {
    expect(compareWaves(summarizeQuestion(numberQ, [2, 4]), summarizeQuestion(numberQ, [5]), rule)).toEqual({
      type: 'number',
      key: 'q',
      mean: unjudged(3, 5, 2),
    });
    const judged = compareWaves(
      summarizeQuestion(numberQ, [2, 4, 3, 3]),
      summarizeQuestion(numberQ, [2, 4, 3, 4]),
      rule,
      { before: [2, 4, 3, 3], after: [2, 4, 3, 4] },
    );
    expect(judged?.type === 'number' && judged.mean.verdict).toBe('steady');
  });

  it('gives percentage-point changes for the options both versions have, in the later order', () => {
    // Before: a 3/4 = 75%, b 25%. After: a 2/5 = 40%, b 40%, c (new) 20%.
    const before = summarizeQuestion(single('b', 'a'), ['a', 'a', 'a', 'b']);
    const after = summarizeQuestion(single('a', 'b', 'c'), ['a', 'a', 'b', 'b', 'c']);
    const comparison = compareWaves(before, after, rule);
    expect(comparison?.type).toBe('single');
    const changes = comparison?.type === 'single' ? comparison.options : [];
    expect(changes.map((o) => o.value)).toEqual(['a', 'b']);
    expect(changes[0]!.change).toBeCloseTo(-35, 9);
    expect(changes[1]!.change).toBeCloseTo(15, 9);
    // Four and five people: a 35-point swing is well within chance.
    expect(changes.map((o) => o.verdict)).toEqual(['steady', 'steady']);
  });

  it('compares multiple choices by percent of respondents', () => {
    const before = summarizeQuestion(multiple('x', 'y'), [['x'], ['x', 'y']]);
    const after = summarizeQuestion(multiple('x', 'y'), [['y'], ['x', 'y']]);
    expect(compareWaves(before, after, rule)).toEqual({
      type: 'multiple',
      key: 'q',
      options: [
        { value: 'x', ...unjudged(100, 50, -50) },
        { value: 'y', ...unjudged(50, 100, 50) },
      ],
    });
  });

  it('compares matrix statements both versions have', () => {
    const before = summarizeQuestion(matrix('s1', 's2'), [{ s1: 2, s2: 3 }]);
    const after = summarizeQuestion(matrix('s2', 's3'), [{ s2: 4, s3: 1 }]);
    expect(compareWaves(before, after, rule)).toEqual({
      type: 'matrix',
      key: 'q',
      statements: [{ key: 's2', ...unjudged(3, 4, 1) }],
    });
  });

  it('compares the gaps of ability-vs-need statements, judged from each respondent’s gap', () => {
    const question = abilityNeed('q', ['comm', 'M.3']);
    const before = summarizeQuestion(question, [{ comm: { ability: 2, need: 5 } }]);
    const after = summarizeQuestion(question, [{ comm: { ability: 4, need: 5 } }]);
    expect(compareWaves(before, after, rule)).toEqual({
      type: 'abilityNeed',
      key: 'q',
      statements: [{ key: 'comm', ...unjudged(3, 1, -2) }],
    });
    const pairs = (ability: number, need: number) =>
      Array.from({ length: 4 }, () => ({ comm: { ability, need } }));
    const raw = { before: pairs(2, 5), after: pairs(4, 5) };
    const judged = compareWaves(
      summarizeQuestion(question, raw.before),
      summarizeQuestion(question, raw.after),
      rule,
      raw,
    );
    expect(judged?.type === 'abilityNeed' && judged.statements[0]!.verdict).toBe('down');
  });

  it('gives a null change when one wave has no answers', () => {
    expect(compareWaves(summarizeQuestion(likert(), []), summarizeQuestion(likert(), [4]), rule)).toEqual({
      type: 'likert',
      key: 'q',
      mean: unjudged(null, 4, null),
    });
  });

  it('does not compare texts or a question whose type changed', () => {
    expect(compareWaves(summarizeQuestion(textQ, ['a']), summarizeQuestion(textQ, ['b']), rule)).toBeNull();
    expect(
      compareWaves(summarizeQuestion(single('a', 'b'), ['a']), summarizeQuestion(likert(), [3]), rule),
    ).toBeNull();
    expect(
      compareWaves(
        summarizeQuestion(single('a', 'b'), ['a']),
        summarizeQuestion(multiple('a', 'b'), [['a']]),
        rule,
      ),
    ).toBeNull();
  });

  it('refuses two different questions', () => {
    const other = { type: 'text', key: 'other', n: 0 } as const;
    expect(() => compareWaves(summarizeQuestion(textQ, []), other, rule)).toThrow(RangeError);
  });
});
