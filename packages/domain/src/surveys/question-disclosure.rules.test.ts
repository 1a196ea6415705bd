import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InstrumentDefinition, type InstrumentDefinitionInput } from './instrument.contract';
import { profileBoundKeys, profileSources, restsOnEnough } from './question-disclosure.rules';
import { groupsShowing } from './survey-breakdown';
import { buildWaveReport, type ReportInput, type StoredResponse } from './survey-report';
import type { Answers } from './survey-response.rules';
import type { QuestionSummary } from './survey-results.rules';

// A question's figures never rest on 1 to k − 1 answers, and a question shown to some profile groups
// only never gives a group under k away (the reviewer's case: asked of women only, 5 men and
// 1 woman answered, k = 3, and the results said n = 1, mean 1).

const text = (id: string) => ({ id, en: id });
const likert = (key: string, extra: object = {}) => ({
  key,
  type: 'likert' as const,
  text: text(key),
  scale: { min: 1, max: 5, labels: [] },
  ...extra,
});
const options = (...values: string[]) => values.map((value) => ({ value, label: text(value) }));

const instrument = (questions: object[]) =>
  InstrumentDefinition.parse({
    kind: 'custom',
    title: text('Uji'),
    sections: [{ key: 'main', title: text('Utama'), questions }],
  } satisfies Omit<InstrumentDefinitionInput, 'sections'> & { sections: unknown[] });

/** Sex (a profile question), U-like items for everyone, and a chain asked of women only. */
const SEX_SPLIT = instrument([
  {
    key: 'q_sex',
    type: 'single',
    profile: 'sex',
    text: text('Jenis kelamin'),
    options: options('m', 'f', 'x'),
  },
  likert('q_all', { skmElement: 'U1', scale: { min: 1, max: 4, labels: [] } }),
  likert('q_f', { showIf: { question: 'q_sex', anyOf: ['f'] } }),
  likert('q_f_low', { required: false, showIf: { question: 'q_f', anyOf: [1, 2] } }),
  likert('q_opt', { required: false }),
  {
    key: 'q_matrix',
    type: 'matrix',
    required: false,
    text: text('Matriks'),
    scale: { min: 1, max: 4, labels: [] },
    statements: [
      { key: 's1', text: text('s1') },
      { key: 's2', text: text('s2') },
    ],
  },
]);

let ids = 0;
const answer = (answers: Answers, unitId: number | null = null): StoredResponse => ({
  id: `r${String(++ids).padStart(5, '0')}`,
  unitId,
  answers,
});
const man = (extra: Answers = {}) => answer({ q_sex: 'm', q_all: 4, ...extra });
const woman = (extra: Answers = {}) => answer({ q_sex: 'f', q_all: 4, q_f: 1, ...extra });
const times = (count: number, make: () => StoredResponse) => Array.from({ length: count }, make);

const report = (input: Partial<ReportInput>) =>
  buildWaveReport({
    definition: SEX_SPLIT,
    responses: [],
    minGroupSize: 3,
    population: null,
    final: true,
    hiddenTexts: new Set(),
    ...input,
  });
const keysOf = (r: ReturnType<typeof report>) => r.questions.map((q) => q.key);
const heldOf = (r: ReturnType<typeof report>, key: string) =>
  r.heldBackQuestions.find((h) => h.key === key)?.reason;

describe('profileSources', () => {
  it('finds the profile questions a question depends on, directly or through other conditions', () => {
    const sources = profileSources(SEX_SPLIT.sections[0]!.questions);
    expect(sources.get('q_f')).toEqual(new Set(['q_sex']));
    expect(sources.get('q_f_low')).toEqual(new Set(['q_sex']));
    expect(profileBoundKeys(SEX_SPLIT.sections[0]!.questions)).toEqual(new Set(['q_f', 'q_f_low']));
  });

  it('does not count a condition on an ordinary question', () => {
    const plain = instrument([likert('a'), likert('b', { showIf: { question: 'a', anyOf: [1] } })]);
    expect(profileBoundKeys(plain.sections[0]!.questions).size).toBe(0);
  });
});

describe('restsOnEnough', () => {
  const likertOf = (n: number): QuestionSummary => ({
    type: 'likert',
    key: 'a',
    scale: { min: 1, max: 5 },
    n,
    mean: n === 0 ? null : 3,
    distribution: [],
  });

  it('takes no answer, or at least k, and nothing in between', () => {
    expect([0, 1, 2, 3, 4].map((n) => restsOnEnough(likertOf(n), 3))).toEqual([
      true,
      false,
      false,
      true,
      true,
    ]);
  });

  it('looks at every statement of a matrix too', () => {
    const matrix = (n: number, statement: number): QuestionSummary => ({
      type: 'matrix',
      key: 'm',
      scale: { min: 1, max: 4 },
      n,
      statements: [
        { key: 's1', n, mean: 2, distribution: [] },
        { key: 's2', n: statement, mean: 2, distribution: [] },
      ],
    });
    expect(restsOnEnough(matrix(5, 5), 3)).toBe(true);
    expect(restsOnEnough(matrix(5, 0), 3)).toBe(true);
    expect(restsOnEnough(matrix(5, 1), 3)).toBe(false);
  });
});

describe('a question asked of one profile group only', () => {
  it('is not shown when one woman answered it among five men (k = 3)', () => {
    const result = report({ responses: [...times(5, man), woman()] });
    expect(keysOf(result)).not.toContain('q_f');
    expect(heldOf(result, 'q_f')).toBe('profileGroup');
    expect(JSON.stringify(result.questions)).not.toContain('"q_f"');
  });

  it('is not shown when everyone but one answered it: its count would give that one away', () => {
    const result = report({ responses: [man(), ...times(5, woman)] });
    expect(heldOf(result, 'q_f')).toBe('profileGroup');
  });

  it('is shown over a closed wave when both sides hold at least k and the profile hides no group', () => {
    const result = report({ responses: [...times(4, man), ...times(4, woman)] });
    const q = result.questions.find((r) => r.key === 'q_f')!;
    expect(q.summary).toMatchObject({ n: 4, mean: 1 });
    expect(heldOf(result, 'q_f')).toBeUndefined();
  });

  it('is not shown when its profile hides a group, even with k on both sides (asked of men and “x”)', () => {
    // 10 women, 10 men, 1 "x": the profile hides x and one more group; a question asked of m and x
    // would count 11 and point at the one x next to the 10 men of a breakdown.
    const split = instrument([
      {
        key: 'q_sex',
        type: 'single',
        profile: 'sex',
        text: text('Jenis kelamin'),
        options: options('m', 'f', 'x'),
      },
      likert('q_mx', { showIf: { question: 'q_sex', anyOf: ['m', 'x'] } }),
    ]);
    const responses = [
      ...times(10, () => answer({ q_sex: 'm', q_mx: 3 })),
      ...times(10, () => answer({ q_sex: 'f' })),
      answer({ q_sex: 'x', q_mx: 1 }),
    ];
    const result = report({ definition: split, responses });
    expect(heldOf(result, 'q_mx')).toBe('profileGroup');
  });

  it('waits for the close, stays out of a slice, of every breakdown group and of comparisons', () => {
    const responses = [...times(4, () => man()), ...times(4, () => woman())].map((r, i) => ({
      ...r,
      unitId: 1 + (i % 2),
    }));
    expect(heldOf(report({ responses, final: false }), 'q_f')).toBe('untilClose');
    expect(heldOf(report({ responses, final: false }), 'q_f_low')).toBe('untilClose');
    expect(heldOf(report({ responses, view: 'slice' }), 'q_f')).toBe('slice');
    const unitNames = new Map([
      [1, 'A'],
      [2, 'B'],
    ]);
    for (const by of ['unit', 'sex'] as const) {
      const breakdown = report({ responses, breakdown: { by, unitNames } }).breakdown!;
      for (const group of breakdown.groups) expect(group.questions.map((q) => q.key)).not.toContain('q_f');
    }
    const compared = report({ responses, previous: { definition: SEX_SPLIT, responses } }).comparison!;
    expect(compared.items.map((i) => i.key)).not.toContain('q_f');
  });
});

describe('a question answered by fewer than k', () => {
  it('is not shown, nor compared, and its element takes the IKM with it', () => {
    const plain = [...times(3, man), ...times(3, woman)];
    const responses = [
      ...plain.slice(0, 4),
      ...plain.slice(4).map((r) => ({ ...r, answers: { ...r.answers, q_opt: 5 } })),
    ];
    const result = report({ responses, previous: { definition: SEX_SPLIT, responses } });
    expect(heldOf(result, 'q_opt')).toBe('fewAnswers');
    expect(result.comparison!.items.map((i) => i.key)).not.toContain('q_opt');
    expect(result.ikm).not.toBeNull();
    const noElement = responses.map((r, i) =>
      i < 4
        ? { ...r, answers: Object.fromEntries(Object.entries(r.answers).filter(([k]) => k !== 'q_all')) }
        : r,
    );
    const withoutIkm = report({ responses: noElement });
    expect(heldOf(withoutIkm, 'q_all')).toBe('fewAnswers');
    expect(withoutIkm.ikm).toBeNull();
  });

  it('is not compared when the previous wave had fewer than k answers to it', () => {
    const before = [...times(5, man)].map((r, i) =>
      i < 2 ? { ...r, answers: { ...r.answers, q_opt: 1 } } : r,
    );
    const now = [...times(5, man)].map((r) => ({ ...r, answers: { ...r.answers, q_opt: 4 } }));
    const result = report({ responses: now, previous: { definition: SEX_SPLIT, responses: before } });
    expect(keysOf(result)).toContain('q_opt');
    expect(result.comparison!.items.map((i) => i.key)).not.toContain('q_opt');
  });

  it('is shown in a breakdown group only where the whole minus the groups showing it holds k or none', () => {
    // Units 1 and 2 hold 6 each, unit 3 (hidden, with cover) 2 and 2: q_opt answered by 4, 4 and 1.
    const opt = (unitId: number) => answer({ q_sex: 'm', q_all: 3, q_opt: 2 }, unitId);
    const plain = (unitId: number) => answer({ q_sex: 'm', q_all: 3 }, unitId);
    const responses = [
      ...times(4, () => opt(1)),
      ...times(2, () => plain(1)),
      ...times(4, () => opt(2)),
      ...times(2, () => plain(2)),
      opt(3),
      plain(3),
      plain(4),
      plain(4),
    ];
    const unitNames = new Map([1, 2, 3, 4].map((u) => [u, `Unit ${u}`]));
    const { groups } = report({ responses, breakdown: { by: 'unit', unitNames } }).breakdown!;
    const showing = groups.filter((g) => g.questions.some((q) => q.key === 'q_opt')).map((g) => g.key);
    // Whole 9; both units showing it leave 1 (unit 3's): the smaller key leaves the question too.
    expect(showing).toEqual(['2']);
  });
});

describe('groupsShowing', () => {
  const n = (count: number): QuestionSummary => ({
    type: 'number',
    key: 'x',
    n: count,
    mean: null,
    median: null,
    min: null,
    max: null,
  });

  it('shows the question nowhere when the whole rests on too few', () => {
    expect(groupsShowing(n(2), [{ key: 'a', summary: n(2) }], 3).size).toBe(0);
  });

  it('leaves out groups under k and covers them with the next smallest', () => {
    const groups = [
      { key: 'a', summary: n(5) },
      { key: 'b', summary: n(4) },
      { key: 'c', summary: n(1) },
    ];
    expect(groupsShowing(n(10), groups, 3)).toEqual(new Set(['a']));
    expect(groupsShowing(n(12), groups, 3)).toEqual(new Set(['a', 'b']));
  });
});

// The property, over random instruments' answers: nothing shown rests on 1 to k − 1 answers, and a
// question bound to a profile question is shown only where that profile shows all of its groups and
// splits the respondents into answerers and others of none or at least k each.

const SEXES = ['m', 'f', 'x', null] as const;
const person = fc.record({
  sex: fc.constantFrom(...SEXES),
  unit: fc.constantFrom<number | null>(1, 2, 3, null),
  all: fc.integer({ min: 1, max: 4 }),
  f: fc.integer({ min: 1, max: 5 }),
  low: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  opt: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  s1: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  s2: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
});
type Person = typeof person extends fc.Arbitrary<infer T> ? T : never;

function stored(p: Person, i: number): StoredResponse {
  const answers: Answers = { q_all: p.all };
  if (p.sex) answers.q_sex = p.sex;
  if (p.sex === 'f') {
    answers.q_f = p.f;
    if (p.f <= 2 && p.low !== null) answers.q_f_low = p.low;
  }
  if (p.opt !== null) answers.q_opt = p.opt;
  const matrix = { ...(p.s1 === null ? {} : { s1: p.s1 }), ...(p.s2 === null ? {} : { s2: p.s2 }) };
  if (Object.keys(matrix).length > 0) answers.q_matrix = matrix;
  return { id: `p${String(i).padStart(4, '0')}`, unitId: p.unit, answers };
}

describe('no question’s figures rest on fewer than k answers', () => {
  const countsOf = (summary: QuestionSummary) =>
    summary.type === 'matrix' || summary.type === 'abilityNeed'
      ? [summary.n, ...summary.statements.map((s) => s.n)]
      : [summary.n];
  const fits = (n: number, k: number) => n === 0 || n >= k;

  it('in the whole wave, every breakdown and the remainder a breakdown leaves; profile-bound ones never reveal a group under k', () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 3, maxLength: 40 }),
        fc.integer({ min: 3, max: 5 }),
        fc.boolean(),
        (people, k, final) => {
          const responses = people.map(stored);
          const unitNames = new Map([1, 2, 3].map((u) => [u, `Unit ${u}`]));
          const whole = report({ responses, minGroupSize: k, final });
          for (const q of whole.questions) {
            if (q.key === 'q_sex') continue;
            for (const count of countsOf(q.summary)) expect(fits(count, k)).toBe(true);
          }
          const sexCounts = SEXES.map(
            (sex) => responses.filter((r) => (r.answers.q_sex ?? null) === sex).length,
          );
          for (const key of ['q_f', 'q_f_low']) {
            const q = whole.questions.find((r) => r.key === key);
            if (!q) continue;
            expect(final).toBe(true);
            expect(fits(responses.length - q.summary.n, k)).toBe(true);
            // The profile's groups, those who left it out among them, are each none or at least k.
            for (const count of sexCounts) expect(fits(count, k)).toBe(true);
          }
          if (!final || whole.suppressed) return;
          for (const by of ['unit', 'sex'] as const) {
            const { groups } = report({ responses, minGroupSize: k, final, breakdown: { by, unitNames } })
              .breakdown!;
            for (const group of groups) {
              expect(group.questions.map((q) => q.key)).not.toContain('q_f');
              expect(group.questions.map((q) => q.key)).not.toContain('q_f_low');
            }
            for (const q of whole.questions) {
              const shown = groups.flatMap((g) => g.questions.filter((x) => x.key === q.key));
              if (shown.length === 0) continue;
              const total = countsOf(q.summary);
              total.forEach((n, i) => {
                for (const s of shown) expect(fits(countsOf(s.summary)[i]!, k)).toBe(true);
                const left = n - shown.reduce((sum, s) => sum + countsOf(s.summary)[i]!, 0);
                expect(fits(left, k)).toBe(true);
              });
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
