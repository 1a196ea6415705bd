import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InstrumentDefinition, type InstrumentDefinitionInput } from './instrument.contract';
import { questionsOf } from './instrument.rules';
import { ikmOf } from './survey-figures';
import { buildWaveReport, type ReportInput, type StoredResponse } from './survey-report';
import type { Answers } from './survey-response.rules';
import { templateByKey } from './survey-templates';

const parsed = (key: string) => InstrumentDefinition.parse(templateByKey(key)!.definition);
const skm = parsed('skm');
const SKM_KEYS = questionsOf(skm).flatMap((q) => (q.type === 'likert' && q.skmElement ? [q.key] : []));

/** A response id that sorts by `n`: ids are compared by code point. */
const idOf = (n: number) => `r${String(n).padStart(4, '0')}`;

/** An SKM response: one score for all nine elements, or one per element U1–U9. */
function skmResponse(
  n: number,
  scores: number | number[],
  extra: { unitId?: number | null; answers?: Answers } = {},
): StoredResponse {
  const points = typeof scores === 'number' ? SKM_KEYS.map(() => scores) : scores;
  return {
    id: idOf(n),
    unitId: extra.unitId ?? null,
    answers: { ...Object.fromEntries(SKM_KEYS.map((key, i) => [key, points[i]!])), ...extra.answers },
  };
}

/** `count` SKM responses numbered from `from`, all with the same unit and answers. */
const many = (count: number, from: number, extra: { unitId?: number | null; answers?: Answers } = {}) =>
  Array.from({ length: count }, (_, i) => skmResponse(from + i, 4 - (i % 2), extra));

const report = (input: Partial<ReportInput>) =>
  buildWaveReport({
    definition: skm,
    responses: [],
    minGroupSize: 3,
    population: null,
    final: true,
    hiddenTexts: new Set(),
    ...input,
  });

const unitNames = new Map([
  [1, 'Dinas Kependudukan dan Pencatatan Sipil'],
  [2, 'Dinas Kesehatan'],
  [3, 'Kecamatan Bukit Intan'],
  [4, 'BKPSDM'],
]);
const byUnit = { by: 'unit' as const, unitNames };
const bySex = { by: 'sex' as const, unitNames };

describe('buildWaveReport: the whole wave under the k rule', () => {
  it('shows nothing but the count while the wave has fewer than k responses', () => {
    const result = report({
      responses: many(2, 1, { unitId: 1 }),
      breakdown: byUnit,
      previous: { definition: skm, responses: many(5, 100) },
    });
    expect(result).toEqual({
      responses: 2,
      minGroupSize: 3,
      final: true,
      view: 'whole',
      withheld: 0,
      suppressed: true,
      minimumSample: null,
      questions: [],
      ikm: null,
      needs: null,
      breakdown: null,
      breakdownsHeldBack: null,
      heldBackQuestions: [],
      comparison: null,
    });
  });

  it('applies a larger k set for the survey', () => {
    expect(report({ responses: many(4, 1), minGroupSize: 5 })).toMatchObject({
      suppressed: true,
      questions: [],
    });
    expect(report({ responses: many(5, 1), minGroupSize: 5 }).suppressed).toBe(false);
  });

  it('shows the results once the wave reaches exactly k responses', () => {
    const result = report({ responses: many(3, 1) });
    expect(result.suppressed).toBe(false);
    expect(result.questions.map((q) => q.key)).toEqual(questionsOf(skm).map((q) => q.key));
  });

  it('gives the Krejcie–Morgan minimum sample of the population, even while suppressed', () => {
    expect(report({ responses: many(1, 1), population: 1000 })).toMatchObject({
      suppressed: true,
      minimumSample: 278,
    });
    expect(report({ responses: many(3, 1), population: 100 }).minimumSample).toBe(80);
    expect(report({ responses: many(3, 1), population: 100_000 }).minimumSample).toBe(383);
    expect(report({ responses: many(3, 1), population: null }).minimumSample).toBeNull();
  });
});

describe('ikmOf and the wave IKM', () => {
  // U1–U3 and U5–U8: (4 + 3 + 4 + 3)/4 = 3.5. U4: (4 + 3 + 2 + 3)/4 = 3. U9: (4 + 3 + 4 + 1)/4 = 3.
  // Σ NRR = 7 × 3.5 + 3 + 3 = 30.5; × 1/9 = 3.38889; × 25 = 84.72, mutu B (Baik).
  const responses = [
    skmResponse(1, 4),
    skmResponse(2, 3),
    skmResponse(3, [4, 4, 4, 2, 4, 4, 4, 4, 4]),
    skmResponse(4, [3, 3, 3, 3, 3, 3, 3, 3, 1]),
  ];
  const element = (name: string, nrr: number, weightedNrr: number) => ({
    element: name,
    n: 4,
    nrr,
    weightedNrr,
  });

  it('computes PermenPANRB 14/2017’s IKM from the SKM-tagged questions, rounded as printed', () => {
    expect(ikmOf(questionsOf(skm), responses)).toEqual({
      elements: [
        element('U1', 3.5, 0.3889),
        element('U2', 3.5, 0.3889),
        element('U3', 3.5, 0.3889),
        element('U4', 3, 0.3333),
        element('U5', 3.5, 0.3889),
        element('U6', 3.5, 0.3889),
        element('U7', 3.5, 0.3889),
        element('U8', 3.5, 0.3889),
        element('U9', 3, 0.3333),
      ],
      weight: 0.1111,
      weightedNrr: 3.3889,
      ikm: 84.72,
      category: { mutu: 'B', kinerja: 'baik' },
      convention: { weight: 'exact', roundDecimals: null },
    });
  });

  it('follows the government’s convention and says which it used', () => {
    // 0.111, three decimals: 3.5 × 0.111 = 0.3885 → 0.389 (× 7), 3 × 0.111 = 0.333 (× 2): Σ 3.389 → 84.73.
    const convention = { weight: '0.111', roundDecimals: 3 } as const;
    expect(ikmOf(questionsOf(skm), responses, convention)).toMatchObject({
      weight: 0.111,
      weightedNrr: 3.389,
      ikm: 84.73,
      convention,
    });
    expect(report({ responses, convention }).ikm?.convention).toEqual(convention);
  });

  it('puts the same IKM in the wave report', () => {
    expect(report({ responses }).ikm).toEqual(ikmOf(questionsOf(skm), responses));
  });

  it('gives 100 and mutu A when every element is rated 4', () => {
    expect(
      ikmOf(
        questionsOf(skm),
        [1, 2, 3].map((n) => skmResponse(n, 4)),
      ),
    ).toMatchObject({
      ikm: 100,
      category: { mutu: 'A', kinerja: 'sangatBaik' },
    });
  });

  it('gives no IKM for an instrument that measures no SKM element', () => {
    const reaction = parsed('training-reaction');
    expect(
      ikmOf(questionsOf(reaction), [{ id: 'r1', unitId: null, answers: { overall_satisfaction: 5 } }]),
    ).toBeNull();
    expect(report({ definition: reaction, responses: many(3, 1) }).ikm).toBeNull();
  });

  it('gives no IKM while an element has no answers', () => {
    const withoutU9 = responses.map((r) => {
      const { u9_facilities: _, ...answers } = r.answers;
      return { ...r, answers };
    });
    expect(ikmOf(questionsOf(skm), withoutU9)).toBeNull();
  });

  it('computes the IKM over the elements an edited instrument keeps', () => {
    const three: InstrumentDefinitionInput = {
      kind: 'skm',
      title: { id: 'SKM singkat' },
      sections: [
        {
          key: 'main',
          title: { id: 'Unsur' },
          questions: (['U1', 'U3', 'U7'] as const).map((skmElement) => ({
            key: skmElement.toLowerCase(),
            type: 'likert' as const,
            text: { id: skmElement },
            scale: { min: 1, max: 4 },
            skmElement,
          })),
        },
      ],
    };
    const questions = questionsOf(InstrumentDefinition.parse(three));
    // (4 + 3 + 2)/3 = 3 → IKM 75, mutu C.
    const answers = { u1: 4, u3: 3, u7: 2 };
    expect(ikmOf(questions, [{ id: 'r1', unitId: null, answers }])).toMatchObject({
      weight: 0.3333,
      weightedNrr: 3,
      ikm: 75,
      category: { mutu: 'C', kinerja: 'kurangBaik' },
    });
  });
});

describe('buildWaveReport: needs', () => {
  const needsSurvey = InstrumentDefinition.parse({
    kind: 'needs',
    title: { id: 'Kebutuhan' },
    sections: [
      {
        key: 'main',
        title: { id: 'Kompetensi' },
        questions: [
          {
            key: 'needs',
            type: 'abilityNeed',
            text: { id: 'Kemampuan dan kebutuhan' },
            scale: { min: 1, max: 5 },
            statements: [
              { key: 'comm', text: { id: 'Komunikasi' }, competency: 'M.3' },
              { key: 'integ', text: { id: 'Integritas' }, competency: 'M.1' },
            ],
          },
        ],
      },
    ],
  });
  const rated = (n: number, comm: [number, number], integ: [number, number]): StoredResponse => ({
    id: idOf(n),
    unitId: null,
    answers: {
      needs: { comm: { ability: comm[0], need: comm[1] }, integ: { ability: integ[0], need: integ[1] } },
    },
  });

  it('ranks the needs of ability-vs-need questions by gap, largest first', () => {
    // M.3: ability (1 + 2 + 3)/3 = 2, need (5 + 4 + 5)/3 = 14/3, gap 8/3.
    // M.1: ability (3 + 4 + 4)/3 = 11/3, need (3 + 4 + 5)/3 = 4, gap 1/3.
    const result = report({
      definition: needsSurvey,
      responses: [rated(1, [1, 5], [3, 3]), rated(2, [2, 4], [4, 4]), rated(3, [3, 5], [4, 5])],
    });
    expect(result.needs?.map((need) => [need.competency, need.statements, need.ratings])).toEqual([
      ['M.3', ['needs.comm'], 3],
      ['M.1', ['needs.integ'], 3],
    ]);
    expect(result.needs![0]!.gap).toBeCloseTo(8 / 3, 12);
    expect(result.needs![1]!.gap).toBeCloseTo(1 / 3, 12);
  });

  it('ranks every statement of the training-needs template, coded or not', () => {
    const needs = parsed('training-needs');
    const statementCount = questionsOf(needs).reduce(
      (sum, q) => sum + (q.type === 'abilityNeed' ? q.statements.length : 0),
      0,
    );
    const result = report({
      definition: needs,
      responses: [1, 2, 3].map((n) => ({ id: idOf(n), unitId: null, answers: {} })),
    });
    expect(result.needs).toHaveLength(statementCount);
    expect(result.needs!.map((need) => need.competency)).toEqual(
      expect.arrayContaining(['M.1', 'M.8', 'SK.1']),
    );
  });

  it('gives no needs for an instrument without ability-vs-need questions', () => {
    expect(report({ responses: many(3, 1) }).needs).toBeNull();
  });
});

describe('buildWaveReport: texts', () => {
  const commented = (n: number, suggestions: string) => skmResponse(n, 3, { answers: { suggestions } });
  const responses = [
    commented(3, 'Antrean terlalu lama, mohon tambah loket.'),
    commented(1, 'Petugas ramah, tetapi antrean panjang.'),
    commented(4, 'Ruang tunggu panas, AC mati.'),
    commented(2, 'Nomor HP petugas 0812 tolong dihubungi, kasar sekali'),
    skmResponse(5, 4),
  ];
  const hiddenTexts = new Set([`${idOf(2)}:suggestions`]);
  const suggestions = () =>
    report({ responses, hiddenTexts }).questions.find((q) => q.key === 'suggestions')!;

  it('lists the text answers sorted by their ids, without those a moderator hid', () => {
    expect(suggestions().texts).toEqual([
      { id: `${idOf(1)}:suggestions`, text: 'Petugas ramah, tetapi antrean panjang.' },
      { id: `${idOf(3)}:suggestions`, text: 'Antrean terlalu lama, mohon tambah loket.' },
      { id: `${idOf(4)}:suggestions`, text: 'Ruang tunggu panas, AC mati.' },
    ]);
  });

  it('gives each text the id the caller makes of its response and question, and sorts by it', () => {
    const reversed = report({
      responses,
      hiddenTexts,
      textId: (r, key) => `${key}:${999 - Number(r.slice(1))}`,
    });
    const texts = reversed.questions.find((q) => q.key === 'suggestions')!.texts!;
    expect(texts.map((t) => t.id)).toEqual(['suggestions:995', 'suggestions:996', 'suggestions:998']);
    expect(texts[0]!.text).toBe('Ruang tunggu panas, AC mati.');
  });

  it('counts the words of the texts shown, not of the hidden ones', () => {
    const words = suggestions().words!;
    expect(words[0]).toEqual({ word: 'antrean', count: 2 });
    expect(words).toContainEqual({ word: 'loket', count: 1 });
    expect(words.map((w) => w.word)).not.toContain('kasar');
    expect(words.map((w) => w.word)).toContain('petugas');
  });

  it('keeps at most 30 words', () => {
    const wordy = Array.from({ length: 40 }, (_, i) => `kata${String.fromCharCode(97 + (i % 26))}${i}`).join(
      ' ',
    );
    // Three texts: a question answered by fewer than k is not shown at all.
    const result = report({ responses: [1, 2, 3].map((n) => commented(n, wordy)) });
    expect(result.questions.find((q) => q.key === 'suggestions')!.words).toHaveLength(30);
  });

  it('gives texts and words only for text questions', () => {
    const others = report({ responses, hiddenTexts }).questions.filter((q) => q.key !== 'suggestions');
    for (const question of others) {
      expect(question.texts).toBeUndefined();
      expect(question.words).toBeUndefined();
    }
  });
});

describe('buildWaveReport: breakdown by unit', () => {
  const groupsOf = (responses: StoredResponse[], k = 3) => {
    const breakdown = report({ responses, breakdown: byUnit, minGroupSize: k }).breakdown!;
    return {
      groups: breakdown.groups.map((g) => [g.key, g.label.id, g.n]),
      hiddenGroups: breakdown.hiddenGroups,
      otherCount: breakdown.otherCount,
    };
  };

  it('shows every unit of at least k respondents, largest first, named from the unit list', () => {
    expect(groupsOf([...many(3, 1, { unitId: 2 }), ...many(5, 10, { unitId: 1 })])).toEqual({
      groups: [
        ['1', 'Dinas Kependudukan dan Pencatatan Sipil', 5],
        ['2', 'Dinas Kesehatan', 3],
      ],
      hiddenGroups: 0,
      otherCount: null,
    });
  });

  it('hides units under k and counts them together when they add up to k', () => {
    const responses = [
      ...many(5, 1, { unitId: 1 }),
      ...many(4, 10, { unitId: 2 }),
      ...many(1, 20, { unitId: 3 }),
      ...many(2, 30, { unitId: 4 }),
    ];
    expect(groupsOf(responses)).toEqual({
      groups: [
        ['1', 'Dinas Kependudukan dan Pencatatan Sipil', 5],
        ['2', 'Dinas Kesehatan', 4],
      ],
      hiddenGroups: 2,
      otherCount: 3,
    });
  });

  it('also hides the smallest unit shown when one small unit could be found by subtraction', () => {
    // Unit 3 alone (2) would be the total minus units 1 and 2; hiding unit 2 as well makes "other" 5.
    const responses = [
      ...many(5, 1, { unitId: 1 }),
      ...many(3, 10, { unitId: 2 }),
      ...many(2, 20, { unitId: 3 }),
    ];
    expect(groupsOf(responses)).toEqual({
      groups: [['1', 'Dinas Kependudukan dan Pencatatan Sipil', 5]],
      hiddenGroups: 2,
      otherCount: 5,
    });
  });

  it('counts respondents without a unit as a hidden group of their own, so the total minus the units shown reveals no one', () => {
    // Without it, units 1 and 2 (4 each) would both show, and 9 − 8 would point at the one respondent.
    const responses = [
      ...many(4, 1, { unitId: 1 }),
      ...many(4, 10, { unitId: 2 }),
      ...many(1, 20, { unitId: null }),
    ];
    expect(groupsOf(responses)).toEqual({
      groups: [['2', 'Dinas Kesehatan', 4]],
      hiddenGroups: 1,
      otherCount: 5,
    });
  });

  it('leaves the respondents without a unit out of the groups and the hidden count when they are k or more', () => {
    const responses = [...many(4, 1, { unitId: 1 }), ...many(3, 10, { unitId: null })];
    expect(groupsOf(responses)).toEqual({
      groups: [['1', 'Dinas Kependudukan dan Pencatatan Sipil', 4]],
      hiddenGroups: 0,
      otherCount: null,
    });
  });

  it('names a unit missing from the unit list by its id', () => {
    expect(groupsOf(many(3, 1, { unitId: 99 })).groups).toEqual([['99', '99', 3]]);
  });

  it('gives each unit its own IKM and summaries of every question but texts and profile questions', () => {
    const responses = [
      ...Array.from({ length: 3 }, (_, i) => skmResponse(i, 4, { unitId: 1 })),
      ...Array.from({ length: 3 }, (_, i) => skmResponse(10 + i, 1, { unitId: 2 })),
    ];
    const breakdown = report({ responses, breakdown: byUnit }).breakdown!;
    expect(breakdown.groups.map((g) => [g.key, g.ikm])).toEqual([
      ['1', 100],
      ['2', 25],
    ]);
    const keys = breakdown.groups[0]!.questions.map((q) => q.key);
    expect(keys).toEqual(
      questionsOf(skm).flatMap((q) =>
        q.type === 'text' || (q.type === 'single' && q.profile) ? [] : [q.key],
      ),
    );
    // Inside a unit, a profile count ("1 female") would be a cell smaller than k.
    expect(keys).not.toContain('sex');
  });

  it('never lets the total minus the units shown point at fewer than k respondents', () => {
    const units = fc.array(fc.option(fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(units, fc.integer({ min: 3, max: 6 }), (list, k) => {
        const responses = list.map((unitId, i) => skmResponse(i, 3, { unitId }));
        const result = report({ responses, breakdown: byUnit, minGroupSize: k });
        if (result.suppressed) return;
        const { groups, otherCount } = result.breakdown!;
        for (const group of groups) expect(group.n).toBeGreaterThanOrEqual(k);
        const remainder = responses.length - groups.reduce((sum, g) => sum + g.n, 0);
        expect(remainder === 0 || remainder >= k).toBe(true);
        if (otherCount !== null) expect(otherCount).toBeGreaterThanOrEqual(k);
      }),
    );
  });
});

describe('buildWaveReport: breakdown by a profile field', () => {
  const withSex = (count: number, from: number, sex?: string) =>
    many(count, from, sex === undefined ? {} : { answers: { sex } });

  it('groups by the answers to the profile question, labelled with its options', () => {
    const breakdown = report({
      responses: [...withSex(3, 1, 'female'), ...withSex(4, 10, 'male')],
      breakdown: bySex,
    }).breakdown!;
    expect(breakdown.by).toBe('sex');
    expect(breakdown.groups.map((g) => [g.key, g.label, g.n])).toEqual([
      ['male', { id: 'Laki-laki', en: 'Male' }, 4],
      ['female', { id: 'Perempuan', en: 'Female' }, 3],
    ]);
  });

  it('summarises no profile question inside the groups of a profile breakdown', () => {
    const breakdown = report({
      responses: [...withSex(3, 1, 'female'), ...withSex(3, 10, 'male')],
      breakdown: bySex,
    }).breakdown!;
    for (const group of breakdown.groups) {
      const keys = group.questions.map((q) => q.key);
      expect(keys).not.toContain('sex');
      expect(keys).not.toContain('suggestions');
      for (const profile of ['age_band', 'education', 'occupation']) expect(keys).not.toContain(profile);
      expect(keys).toEqual(expect.arrayContaining(SKM_KEYS));
    }
  });

  it('hides the only other group too when one small group could be derived by subtraction', () => {
    const breakdown = report({
      responses: [...withSex(5, 1, 'male'), ...withSex(2, 10, 'female')],
      breakdown: bySex,
    }).breakdown!;
    expect(breakdown).toEqual({ by: 'sex', groups: [], hiddenGroups: 2, otherCount: 7 });
  });

  it('counts respondents who did not give the field as a hidden group, covered like any small group', () => {
    const responses = [...withSex(4, 1, 'male'), ...withSex(4, 10, 'female'), ...withSex(2, 20)];
    const breakdown = report({ responses, breakdown: bySex }).breakdown!;
    // The 2 without an answer need cover: the smaller of the tied groups ("female" by key) is hidden.
    expect(breakdown.groups.map((g) => [g.key, g.n])).toEqual([['male', 4]]);
    expect(breakdown).toMatchObject({ hiddenGroups: 1, otherCount: 6 });
  });

  it('shows no group, and no other count, when the instrument does not ask the field', () => {
    const breakdown = report({
      definition: parsed('training-reaction'),
      responses: many(4, 1),
      breakdown: { by: 'education', unitNames },
    }).breakdown!;
    // Everyone is in the implicit group of respondents without the field, which is never shown.
    expect(breakdown).toEqual({ by: 'education', groups: [], hiddenGroups: 0, otherCount: null });
  });
});

describe('buildWaveReport: comparison with the previous wave', () => {
  const current = [skmResponse(1, 4), skmResponse(2, 3), skmResponse(3, 4), skmResponse(4, 3)];

  it('compares every question but the texts and the profile when the previous wave reached k', () => {
    const result = report({
      responses: current,
      previous: { definition: skm, responses: [100, 101, 102].map((n) => skmResponse(n, 3)) },
    });
    const keys = result.comparison!.items.map((c) => c.key);
    expect(keys).toEqual(
      questionsOf(skm).flatMap((q) =>
        q.type === 'text' || (q.type === 'single' && q.profile) ? [] : [q.key],
      ),
    );
    // u1 before: 3, 3, 3 → 3 (no spread); now: 4, 3, 4, 3 → 3.5 (variance 1/3): Welch df = 3,
    // SE = √(1/12). Alone, 0.5 ± 3.182 × SE; judged with the other items (none marked), its
    // interval is at 1 − 5 %/m, wider still: no meaningful change either way.
    const u1 = result.comparison!.items.find((c) => c.key === 'u1_requirements');
    expect(u1).toMatchObject({
      type: 'likert',
      key: 'u1_requirements',
      mean: { before: 3, after: 3.5, verdict: 'steady' },
    });
    const low = u1?.type === 'likert' ? u1.mean.low! : 0;
    expect(low).toBeLessThan(0.5 - 3.182446 * Math.sqrt(1 / 12));
    expect(result.comparison!.confidence).toBe(0.95);
  });

  it('puts the IKM first, judged on its spread, then the elements U1–U9, then the rest', () => {
    // Before: everyone 2 on every element (IKM 50, D); now: 4, 3, 4, 3 (IKM 87.5, B). The IKM's
    // spread now: respondent means 4 and 3 → 625 × 1/3 per respondent; before: none.
    const result = report({
      responses: current,
      previous: { definition: skm, responses: [100, 101, 102].map((n) => skmResponse(n, 2)) },
    });
    const ikm = result.comparison!.ikm!;
    expect(ikm).toMatchObject({
      before: 50,
      after: 87.5,
      change: 37.5,
      verdict: 'up',
      categoryBefore: { mutu: 'D', kinerja: 'tidakBaik' },
      categoryAfter: { mutu: 'B', kinerja: 'baik' },
    });
    // Welch with df = 3: 37.5 ± 3.182 × √(625/3/4) = 37.5 ± 22.96.
    expect(ikm.low!).toBeCloseTo(37.5 - 3.182446 * Math.sqrt(625 / 12), 4);
    const keys = result.comparison!.items.map((item) => item.key);
    expect(keys.slice(0, 9)).toEqual(SKM_KEYS);
  });

  it('leaves the IKM out of the comparison when only one wave has one', () => {
    const reaction = parsed('training-reaction');
    const result = report({
      responses: current,
      previous: { definition: reaction, responses: many(3, 100) },
    });
    expect(result.comparison!.ikm).toBeNull();
  });

  it('does not compare with a previous wave that stayed below k', () => {
    const result = report({ responses: current, previous: { definition: skm, responses: many(2, 100) } });
    expect(result.comparison).toBeNull();
  });

  it('gives no comparison without a previous wave', () => {
    expect(report({ responses: current }).comparison).toBeNull();
  });

  it('compares only the questions both versions have', () => {
    const reaction = parsed('training-reaction');
    const result = report({
      responses: current,
      previous: { definition: reaction, responses: many(3, 100) },
    });
    expect(result.comparison).toEqual({ confidence: 0.95, minimumEffect: 0, ikm: null, items: [] });
  });
});

describe('buildWaveReport: profile questions of the whole wave', () => {
  const withSex = (count: number, from: number, sex?: string) =>
    many(count, from, sex === undefined ? {} : { answers: { sex } });
  const sexOf = (result: ReturnType<typeof report>) => result.questions.find((q) => q.key === 'sex')?.summary;

  it('hides every option chosen by fewer than k, and says how many they hold together (sex 2/2 with k = 3)', () => {
    const summary = sexOf(report({ responses: [...withSex(2, 1, 'male'), ...withSex(2, 10, 'female')] }));
    expect(summary).toEqual({
      type: 'single',
      key: 'sex',
      n: 4,
      options: [],
      hidden: { options: 2, count: 4 },
    });
  });

  it('shows options of at least k as shares of every respondent, keeping options nobody chose', () => {
    const summary = sexOf(report({ responses: [...withSex(3, 1, 'male'), ...withSex(3, 10, 'female')] }));
    expect(summary).toEqual({
      type: 'single',
      key: 'sex',
      n: 6,
      options: [
        { value: 'male', count: 3, percent: 50 },
        { value: 'female', count: 3, percent: 50 },
      ],
      hidden: { options: 0, count: null },
    });
  });

  it('hides the next smallest option when one small option could be found by subtraction', () => {
    // Female (2) alone would be 9 − 7 = 2: male goes too, "other" holds all 9.
    const summary = sexOf(report({ responses: [...withSex(7, 1, 'male'), ...withSex(2, 10, 'female')] }));
    expect(summary).toMatchObject({ n: 9, options: [], hidden: { options: 2, count: 9 } });
  });

  it('counts respondents who skipped the question with the hidden options', () => {
    // 4 male, 4 female, 1 skipped: the skipped one needs cover, so the smaller tie (female) is hidden.
    const summary = sexOf(
      report({ responses: [...withSex(4, 1, 'male'), ...withSex(4, 10, 'female'), ...withSex(1, 20)] }),
    );
    expect(summary).toMatchObject({
      n: 9,
      options: [{ value: 'male', count: 4 }],
      hidden: { options: 1, count: 5 },
    });
  });

  it('never lets respondents minus the options shown point at fewer than k', () => {
    const sexes = fc.array(fc.constantFrom('male', 'female', undefined), { minLength: 3, maxLength: 30 });
    fc.assert(
      fc.property(sexes, fc.integer({ min: 3, max: 6 }), (list, k) => {
        const responses = list.map((sex, i) => skmResponse(i, 3, sex ? { answers: { sex } } : {}));
        const result = report({ responses, minGroupSize: k });
        if (result.suppressed) return;
        const summary = sexOf(result) as {
          n: number;
          options: { count: number }[];
          hidden: { count: number | null };
        };
        for (const option of summary.options) expect(option.count === 0 || option.count >= k).toBe(true);
        const remainder = summary.n - summary.options.reduce((sum, o) => sum + o.count, 0);
        expect(remainder === 0 || remainder >= k).toBe(true);
        // What a reader can derive: the hidden options and skips together, each part, or nothing.
        const hidden = summary.hidden.count ?? 0;
        expect(hidden === 0 || hidden >= k).toBe(true);
        expect(remainder - hidden === 0 || remainder - hidden >= k).toBe(true);
      }),
    );
  });

  it('leaves profile questions out of the comparison with the previous wave', () => {
    const previous = {
      definition: skm,
      responses: [...withSex(2, 100, 'female'), ...withSex(3, 200, 'male')],
    };
    const result = report({ responses: withSex(6, 1, 'male'), previous });
    const keys = result.comparison!.items.map((c) => c.key);
    expect(keys).toContain('u1_requirements');
    expect(keys).not.toContain('sex');
  });
});

describe('buildWaveReport: what waits for the wave to close', () => {
  const responses = [
    ...many(3, 1, { unitId: 1, answers: { sex: 'male' } }),
    ...many(3, 10, { unitId: 2, answers: { sex: 'female' } }),
  ];

  it('gives no breakdown and no profile counts while the wave still takes answers, and says why', () => {
    const result = report({ responses, final: false, breakdown: byUnit });
    expect(result).toMatchObject({
      final: false,
      suppressed: false,
      breakdown: null,
      breakdownsHeldBack: 'untilClose',
    });
    const profiles = questionsOf(skm).filter((q) => q.type === 'single' && q.profile);
    expect(result.heldBackQuestions).toEqual(profiles.map((q) => ({ key: q.key, reason: 'untilClose' })));
    expect(result.questions.map((q) => q.key)).not.toContain('sex');
    expect(result.questions.map((q) => q.key)).toContain('u1_requirements');
  });

  it('gives them over the final set once the wave is closed, with the withheld answers counted', () => {
    const result = report({ responses, final: true, breakdown: byUnit, withheld: 2 });
    expect(result).toMatchObject({
      final: true,
      withheld: 2,
      breakdownsHeldBack: null,
      heldBackQuestions: [],
    });
    expect(result.breakdown!.groups.map((g) => g.n)).toEqual([3, 3]);
    expect(result.questions.map((q) => q.key)).toContain('sex');
  });

  it('gives a reader of part of the wave (a slice) neither profile counts nor breakdowns', () => {
    const result = report({ responses, final: true, view: 'slice', breakdown: bySex });
    expect(result).toMatchObject({ view: 'slice', breakdown: null, breakdownsHeldBack: 'slice' });
    expect(result.heldBackQuestions.every((q) => q.reason === 'slice')).toBe(true);
    expect(result.questions.map((q) => q.key)).not.toContain('sex');
  });
});
