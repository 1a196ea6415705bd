import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JPM_LABELS } from '../competency/competency-gap.rules';
import { PREDIKATS } from '../performance/predikat.rules';
import { EDUCATION_LEVELS } from './education-level';
import { DEFAULT_TALENT_SETTINGS, type TalentComponent, TalentSettings } from './nine-box.contract';
import {
  bandIndex,
  type NineBoxInput,
  PERFORMANCE_BANDS,
  POTENTIAL_BANDS,
  performanceScore,
  placeInNineBox,
  potentialScore,
} from './nine-box.rules';

const settings = DEFAULT_TALENT_SETTINGS;

function buildInput(overrides: Partial<NineBoxInput> = {}): NineBoxInput {
  return {
    predikat: 'baik',
    components: {},
    jpmCategory: 'masihMemenuhi',
    educationLevel: 'S1',
    serviceYears: 5,
    completedPrograms: 0,
    potentialComponents: {},
    ...overrides,
  };
}

describe('TalentSettings', () => {
  it('accepts the defaults', () => {
    expect(TalentSettings.parse(DEFAULT_TALENT_SETTINGS)).toEqual(DEFAULT_TALENT_SETTINGS);
  });

  it('scores both default axes up to 100', () => {
    const perf = performanceScore(
      { predikat: 'sangat_baik', components: { innovation: 10, achievements: 10 } },
      settings.performance,
    );
    const pot = potentialScore(
      buildInput({ jpmCategory: 'memenuhi', educationLevel: 'S3', serviceYears: 30, completedPrograms: 9 }),
      settings.potential,
    );
    expect([perf.score, pot.score]).toEqual([100, 100]);
  });

  const issues = (value: unknown) => JSON.stringify(TalentSettings.safeParse(value).error?.issues ?? []);

  it('refuses box numbers that are not 1–9 each once', () => {
    const boxNumbers = [
      [1, 3, 6],
      [2, 5, 8],
      [4, 7, 7],
    ];
    expect(issues({ ...settings, boxNumbers })).toContain('errors.talent.boxNumbers');
  });

  it('refuses a low cut-off at or above the high one', () => {
    const performance = { ...settings.performance, cutoffs: [70, 70] };
    expect(issues({ ...settings, performance })).toContain('errors.talent.cutoffOrder');
  });

  it('refuses points that rank a worse predikat or JPM category above a better one', () => {
    const predikatPoints = { ...settings.performance.predikatPoints, baik: 90 };
    expect(issues({ ...settings, performance: { ...settings.performance, predikatPoints } })).toContain(
      'errors.talent.predikatOrder',
    );
    const jpmPoints = { memenuhi: 30, masihMemenuhi: 50, kurangMemenuhi: 10 };
    expect(issues({ ...settings, potential: { ...settings.potential, jpmPoints } })).toContain(
      'errors.talent.jpmOrder',
    );
  });

  it('refuses a component key used twice or not a slug', () => {
    const twice = [...settings.performance.components, settings.performance.components[0]];
    expect(issues({ ...settings, performance: { ...settings.performance, components: twice } })).toContain(
      'errors.talent.componentTwice',
    );
    const slug = [{ key: 'Inovasi Daerah', label: 'Inovasi', maxPoints: 5, kind: 'bonus' }];
    expect(
      TalentSettings.safeParse({ ...settings, potential: { ...settings.potential, components: slug } })
        .success,
    ).toBe(false);
  });
});

describe('bandIndex', () => {
  it.each([
    [0, 0],
    [39.99, 0],
    [40, 1],
    [69.99, 1],
    [70, 2],
    [100, 2],
  ])('puts %s in band %s with cut-offs 40 and 70', (score, band) => {
    expect(bandIndex(score, [40, 70])).toBe(band);
  });
});

describe('performanceScore', () => {
  it('adds bonuses to the predikat points and shows each line', () => {
    const result = performanceScore(
      { predikat: 'baik', components: { innovation: 4 } },
      settings.performance,
    );
    expect(result.score).toBe(70);
    expect(result.band).toBe('above');
    expect(result.lines).toEqual([
      {
        key: 'predikat',
        component: null,
        code: 'talent.line.predikat',
        points: 66,
        params: { predikat: 'baik' },
      },
      {
        key: 'component',
        component: 'innovation',
        code: 'talent.line.component',
        points: 4,
        params: { label: 'Inovasi', given: 4, max: 10 },
      },
      {
        key: 'component',
        component: 'achievements',
        code: 'talent.line.component',
        points: 0,
        params: { label: 'Prestasi', given: 0, max: 10 },
      },
      {
        key: 'component',
        component: 'discipline',
        code: 'talent.line.component',
        points: 0,
        params: { label: 'Hukuman disiplin', given: 0, max: 20 },
      },
    ]);
  });

  it.each([
    ['sangat_baik', 80, 'above'],
    ['baik', 66, 'meets'],
    ['butuh_perbaikan', 33, 'below'],
    ['kurang', 15, 'below'],
    ['sangat_kurang', 5, 'below'],
  ] as const)('scores %s alone %s, %s expectations', (predikat, score, band) => {
    expect(performanceScore({ predikat, components: {} }, settings.performance)).toMatchObject({
      score,
      band,
    });
  });

  it('takes a discipline penalty away, never below zero', () => {
    const penalised = performanceScore(
      { predikat: 'baik', components: { discipline: 20 } },
      settings.performance,
    );
    expect(penalised.score).toBe(46);
    const floor = performanceScore(
      { predikat: 'kurang', components: { discipline: 20 } },
      settings.performance,
    );
    expect(floor.score).toBe(0);
  });

  it('never scores above 100, however many points the components add', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({
      key: `c${i}`,
      label: `Komponen ${i}`,
      maxPoints: 100,
      kind: 'bonus' as const,
    }));
    const given = Object.fromEntries(many.map((c) => [c.key, 100]));
    const capped = performanceScore(
      { predikat: 'sangat_baik', components: given },
      { ...settings.performance, components: many },
    );
    expect(capped.score).toBe(100);
    expect(capped.band).toBe('above');
    // The lines still say what each part gave.
    expect(capped.lines.reduce((sum, l) => sum + l.points, 0)).toBe(1080);
  });

  it('holds given points within 0 and the maximum, and ignores keys not configured', () => {
    const result = performanceScore(
      { predikat: 'baik', components: { innovation: 25, achievements: -3, unknown: 50 } },
      settings.performance,
    );
    expect(result.score).toBe(76);
    expect(result.lines.map((l) => l.component)).toEqual([null, 'innovation', 'achievements', 'discipline']);
  });

  it('has no band without a predikat', () => {
    const result = performanceScore({ predikat: null, components: { innovation: 10 } }, settings.performance);
    expect(result).toMatchObject({ score: 10, band: null });
    expect(result.lines[0]?.code).toBe('talent.line.predikatMissing');
  });
});

describe('potentialScore', () => {
  it('adds JPM, qualification, service years and trainings, each capped', () => {
    const result = potentialScore(
      buildInput({ jpmCategory: 'memenuhi', educationLevel: 'S2', serviceYears: 12.9, completedPrograms: 3 }),
      settings.potential,
    );
    expect(result.score).toBe(90);
    expect(result.band).toBe('high');
    expect(result.lines.map((l) => [l.key, l.points])).toEqual([
      ['jpm', 50],
      ['qualification', 15],
      ['serviceYears', 10],
      ['training', 15],
    ]);
    expect(result.lines[2]?.params).toEqual({ years: 12, pointsPerYear: 1, cap: 10 });
  });

  it('gives D3 its 7.5 points and other levels the default', () => {
    const d3 = potentialScore(buildInput({ educationLevel: 'D3', serviceYears: 0 }), settings.potential);
    expect(d3.lines[1]).toMatchObject({ code: 'talent.line.qualification', points: 7.5 });
    expect(d3.score).toBe(37.5);
    const slta = potentialScore(buildInput({ educationLevel: 'SLTA' }), settings.potential);
    expect(slta.lines[1]).toMatchObject({
      code: 'talent.line.qualificationOther',
      points: 5,
      params: { level: 'SLTA' },
    });
  });

  it('gives no qualification points for an education not known', () => {
    const result = potentialScore(buildInput({ educationLevel: null }), settings.potential);
    expect(result.lines[1]).toMatchObject({ code: 'talent.line.qualificationUnknown', points: 0 });
  });

  it.each([
    ['memenuhi', 'S1', 'middle'],
    ['masihMemenuhi', 'S1', 'middle'],
    ['kurangMemenuhi', 'SLTA', 'low'],
  ] as const)('places %s with %s in the %s band', (jpmCategory, educationLevel, band) => {
    expect(potentialScore(buildInput({ jpmCategory, educationLevel }), settings.potential).band).toBe(band);
  });
});

describe('placeInNineBox', () => {
  it.each([
    [
      { predikat: 'sangat_baik', jpmCategory: 'memenuhi', serviceYears: 10, completedPrograms: 4 },
      9,
      'talentPool',
    ],
    [{ predikat: 'baik' }, 5, 'develop'],
    [{ predikat: 'sangat_baik' }, 8, 'talentPool'],
    [{ predikat: 'butuh_perbaikan', jpmCategory: 'kurangMemenuhi' }, 1, 'performanceFollowUp'],
    [{ predikat: 'butuh_perbaikan' }, 2, 'performanceFollowUp'],
    [{ predikat: 'sangat_baik', jpmCategory: 'kurangMemenuhi' }, 6, 'develop'],
    [{ predikat: 'baik', jpmCategory: 'memenuhi', serviceYears: 10, completedPrograms: 4 }, 7, 'talentPool'],
    [{ predikat: 'kurang', jpmCategory: 'memenuhi', serviceYears: 10, completedPrograms: 4 }, 4, 'rotate'],
  ] as const)('places %o in box %s (%s)', (overrides, box, recommendation) => {
    expect(placeInNineBox(buildInput(overrides), settings)).toMatchObject({
      box,
      recommendation,
      reasons: [],
    });
  });

  it('numbers the boxes by the government’s own matrix and names them by its labels', () => {
    const own = {
      ...settings,
      boxNumbers: [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ] as TalentSettings['boxNumbers'],
      boxLabels: { '3': 'Kinerja tinggi' },
    };
    expect(
      placeInNineBox(buildInput({ predikat: 'sangat_baik', jpmCategory: 'kurangMemenuhi' }), own),
    ).toMatchObject({
      box: 3,
      label: 'Kinerja tinggi',
      recommendation: 'develop',
    });
  });

  it('places nobody without a predikat or a JPM category, and says which is missing', () => {
    expect(placeInNineBox(buildInput({ predikat: null }), settings)).toMatchObject({
      box: null,
      reasons: ['talent.noPredikat'],
      recommendation: null,
      label: null,
    });
    const neither = placeInNineBox(buildInput({ predikat: null, jpmCategory: null }), settings);
    expect(neither.reasons).toEqual(['talent.noPredikat', 'talent.noJpm']);
    expect(neither.potential.band).toBeNull();
  });
});

// ——— properties ———

const pointsArb = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);
const cutoffsArb = fc
  .tuple(pointsArb, pointsArb)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]);
const componentArb = (key: string): fc.Arbitrary<TalentComponent> =>
  fc.record({
    key: fc.constant(key),
    label: fc.constant(key),
    maxPoints: fc.integer({ min: 1, max: 5000 }).map((n) => n / 100),
    kind: fc.constantFrom('bonus', 'penalty'),
  });
const componentsArb = fc
  .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 })
  .chain((keys) => fc.tuple(...keys.map(componentArb)));

const settingsArb: fc.Arbitrary<TalentSettings> = fc
  .record({
    perfCutoffs: cutoffsArb,
    potCutoffs: cutoffsArb,
    perfComponents: componentsArb,
    potComponents: componentsArb,
    order: fc.shuffledSubarray([1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 9, maxLength: 9 }),
  })
  .map(({ perfCutoffs, potCutoffs, perfComponents, potComponents, order }) => ({
    ...settings,
    performance: { ...settings.performance, cutoffs: perfCutoffs, components: perfComponents },
    potential: { ...settings.potential, cutoffs: potCutoffs, components: potComponents },
    boxNumbers: [order.slice(0, 3), order.slice(3, 6), order.slice(6, 9)] as TalentSettings['boxNumbers'],
  }));

const givenArb = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'x'), fc.integer({ min: -10, max: 60 }));
const inputArb: fc.Arbitrary<NineBoxInput> = fc.record({
  predikat: fc.option(fc.constantFrom(...PREDIKATS), { freq: 8 }),
  components: givenArb,
  jpmCategory: fc.option(fc.constantFrom(...JPM_LABELS), { freq: 8 }),
  educationLevel: fc.option(fc.constantFrom(...EDUCATION_LEVELS), { freq: 8 }),
  serviceYears: fc.integer({ min: 0, max: 40 }),
  completedPrograms: fc.integer({ min: 0, max: 10 }),
  potentialComponents: givenArb,
});

const perfRank = (band: string | null) => PERFORMANCE_BANDS.indexOf(band as never);
const potRank = (band: string | null) => POTENTIAL_BANDS.indexOf(band as never);

/** `given` with one key's points raised by `more`. */
const raised = (given: Readonly<Record<string, number>>, key: string, more: number) => ({
  ...given,
  [key]: Math.max(0, given[key] ?? 0) + more,
});

describe('placeInNineBox properties', () => {
  it('always gives the box of the settings’ matrix at the two bands, within 1–9', () => {
    fc.assert(
      fc.property(inputArb, settingsArb, (input, own) => {
        const placed = placeInNineBox(input, own);
        expect(TalentSettings.safeParse(own).success).toBe(true);
        if (placed.box === null) {
          expect(placed.reasons.length).toBeGreaterThan(0);
          return;
        }
        expect(placed.box).toBeGreaterThanOrEqual(1);
        expect(placed.box).toBeLessThanOrEqual(9);
        const row = own.boxNumbers[potRank(placed.potential.band)];
        expect(row?.[perfRank(placed.performance.band)]).toBe(placed.box);
      }),
    );
  });

  it('never lowers a band for more bonus points, and never raises one for more penalty points', () => {
    fc.assert(
      fc.property(inputArb, settingsArb, fc.integer({ min: 1, max: 60 }), (input, own, more) => {
        const before = placeInNineBox(input, own);
        for (const c of own.performance.components) {
          const after = placeInNineBox({ ...input, components: raised(input.components, c.key, more) }, own);
          const change = perfRank(after.performance.band) - perfRank(before.performance.band);
          expect(c.kind === 'bonus' ? change >= 0 : change <= 0).toBe(true);
        }
        for (const c of own.potential.components) {
          const given = raised(input.potentialComponents, c.key, more);
          const after = placeInNineBox({ ...input, potentialComponents: given }, own);
          const change = potRank(after.potential.band) - potRank(before.potential.band);
          expect(c.kind === 'bonus' ? change >= 0 : change <= 0).toBe(true);
        }
      }),
    );
  });

  it('never lowers the potential band for more years of service or more programs', () => {
    fc.assert(
      fc.property(inputArb, settingsArb, fc.nat(20), fc.nat(5), (input, own, years, programs) => {
        const before = placeInNineBox(input, own);
        const after = placeInNineBox(
          {
            ...input,
            serviceYears: input.serviceYears + years,
            completedPrograms: input.completedPrograms + programs,
          },
          own,
        );
        expect(potRank(after.potential.band)).toBeGreaterThanOrEqual(potRank(before.potential.band));
      }),
    );
  });

  it('never lowers the performance band for a better predikat', () => {
    fc.assert(
      fc.property(inputArb, settingsArb, (input, own) => {
        const bands = PREDIKATS.map((predikat) =>
          perfRank(placeInNineBox({ ...input, predikat }, own).performance.band),
        );
        // PREDIKATS runs best first, so the bands must never rise along it.
        expect(bands.every((b, i) => i === 0 || b <= (bands[i - 1] ?? 0))).toBe(true);
      }),
    );
  });
});
