import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PNS_GOLONGAN, type PnsGolongan } from '../people/golongan';
import { FUNGSIONAL_LEVELS } from '../people/position';
import { PREDIKATS, type Predikat, atLeast as predikatAtLeast } from '../performance/predikat.rules';
import { addDays, toCalendarDate } from '../shared/calendar-date';
import { EDUCATION_LEVELS } from './education-level';
import { DEFAULT_PROMOTION_RULES, PromotionRules } from './promotion.contract';
import {
  appraisalYears,
  compareEligibility,
  nextGolongan,
  PROMOTION_RULE_KEYS,
  type PromotionCandidate,
  type PromotionRuleKey,
  promotionEligibility,
  promotionFailures,
  promotionPeriods,
  proposalDueDate,
  validatePromotionTarget,
} from './promotion.rules';

const rules = DEFAULT_PROMOTION_RULES;
const APRIL_2027 = '2027-04-01';

/** A PNS who meets every default rule for April 2027 (III/a since April 2023, S1, two Baik). */
function buildCandidate(overrides: Partial<PromotionCandidate> = {}): PromotionCandidate {
  return {
    employeeType: 'PNS',
    golongan: 'III/a',
    tmtGolongan: '2023-04-01',
    educationText: 'S-1',
    predikats: [
      { year: 2025, predikat: 'baik' },
      { year: 2026, predikat: 'sangat_baik' },
    ],
    sanctions: [],
    ...overrides,
  };
}

function checkOf(person: PromotionCandidate, rule: PromotionRuleKey, on = APRIL_2027) {
  return promotionEligibility(person, rules, on).checks.find((c) => c.rule === rule);
}

describe('PromotionRules', () => {
  it('accepts the defaults', () => {
    expect(PromotionRules.parse(DEFAULT_PROMOTION_RULES)).toEqual(DEFAULT_PROMOTION_RULES);
  });

  it('refuses a month named twice among the periods', () => {
    const result = PromotionRules.safeParse({ ...rules, periods: [4, 10, 4] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('errors.promotion.periodTwice');
  });

  it('refuses a higher education with a lower ceiling than a lower one', () => {
    const educationCeilings = { ...rules.educationCeilings, S2: 'III/c' as const };
    const result = PromotionRules.safeParse({ ...rules, educationCeilings });
    expect(JSON.stringify(result.error?.issues)).toContain('errors.promotion.ceilingOrder');
  });

  it('refuses a month outside 1–12, an unknown golongan and an unknown key', () => {
    expect(PromotionRules.safeParse({ ...rules, periods: [13] }).success).toBe(false);
    expect(PromotionRules.safeParse({ ...rules, educationCeilings: { S1: 'III/f' } }).success).toBe(false);
    expect(PromotionRules.safeParse({ ...rules, extra: 1 }).success).toBe(false);
  });

  it('leaves the levels DOMAIN.md gives no ceiling for without one', () => {
    expect(Object.keys(rules.educationCeilings).sort()).toEqual(['D3', 'D4', 'S1', 'S2', 'S3', 'SLTA']);
  });
});

describe('nextGolongan', () => {
  it.each([
    ['I/a', 'I/b'],
    ['I/d', 'II/a'],
    ['II/d', 'III/a'],
    ['III/d', 'IV/a'],
    ['IV/d', 'IV/e'],
    ['IV/e', null],
  ] as const)('after %s comes %s', (from, to) => {
    expect(nextGolongan(from)).toBe(to);
  });
});

describe('promotionPeriods', () => {
  it('lists the 1st of the configured months from a day on', () => {
    expect(promotionPeriods('2026-05-15', 3, rules)).toEqual(['2026-10-01', '2027-04-01', '2027-10-01']);
  });

  it('includes a period falling on the day itself', () => {
    expect(promotionPeriods(APRIL_2027, 1, rules)).toEqual([APRIL_2027]);
  });

  it('follows six periods a year given in any order', () => {
    const six = { ...rules, periods: [12, 2, 4, 6, 8, 10] };
    expect(promotionPeriods('2027-01-01', 4, six)).toEqual([
      '2027-02-01',
      '2027-04-01',
      '2027-06-01',
      '2027-08-01',
    ]);
  });

  it('lists none for a count of zero, and refuses a negative count or no periods', () => {
    expect(promotionPeriods('2027-01-01', 0, rules)).toEqual([]);
    expect(() => promotionPeriods('2027-01-01', -1, rules)).toThrow(RangeError);
    expect(() => promotionPeriods('2027-01-01', 1, { ...rules, periods: [] })).toThrow(RangeError);
  });

  it('lists the same dates as every configured 1st from the day on, in order', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }),
        fc.nat(20),
        (from, periods, count) => {
          const year = Number(from.slice(0, 4));
          const every = Array.from({ length: 22 }, (_, i) => year + i)
            .flatMap((y) => periods.map((m) => toCalendarDate(y, m, 1)))
            .filter((date) => date >= from)
            .sort();
          expect(promotionPeriods(from, count, { ...rules, periods })).toEqual(every.slice(0, count));
        },
      ),
    );
  });

  it('puts the proposal deadline the lead months before the period', () => {
    expect(proposalDueDate(APRIL_2027, rules)).toBe('2027-02-01');
    expect(proposalDueDate('2027-10-01', { ...rules, proposalLeadMonths: 0 })).toBe('2027-10-01');
  });
});

describe('promotionEligibility', () => {
  it('finds a PNS meeting every rule eligible for the next golongan', () => {
    const result = promotionEligibility(buildCandidate(), rules, APRIL_2027);
    expect(result.eligible).toBe(true);
    expect(result.target).toBe('III/b');
    expect(result.checks.map((c) => c.rule)).toEqual([
      'pns',
      'topRank',
      'yearsInRank',
      'appraisals',
      'sanction',
      'educationCeiling',
      'positionCeiling',
    ]);
    expect(result.checks.every((c) => c.met)).toBe(true);
  });

  it('reads a golongan written as registries write it', () => {
    expect(promotionEligibility(buildCandidate({ golongan: '3a' }), rules, APRIL_2027).target).toBe('III/b');
  });

  it('counts exactly four years from TMT golongan as enough', () => {
    expect(checkOf(buildCandidate(), 'yearsInRank')).toMatchObject({
      met: true,
      code: 'promotion.yearsInRank.met',
      params: { years: 4, months: 0, required: 4 },
    });
  });

  it('is a day short when TMT golongan is one day later, and says when the years are reached', () => {
    expect(checkOf(buildCandidate({ tmtGolongan: '2023-04-02' }), 'yearsInRank')).toEqual({
      rule: 'yearsInRank',
      met: false,
      code: 'promotion.yearsInRank.short',
      params: { years: 3, months: 11, required: 4, reachedOn: '2027-04-02' },
    });
  });

  it('cannot confirm the years without a TMT golongan', () => {
    expect(checkOf(buildCandidate({ tmtGolongan: null }), 'yearsInRank')?.code).toBe(
      'promotion.yearsInRank.tmtUnknown',
    );
  });

  it('considers the two years before the year proposals are due in', () => {
    expect(appraisalYears(APRIL_2027, rules)).toEqual([2026, 2025]);
    // Due on 1 December 2026: 2026's appraisal is not made yet, so the two years before it count.
    expect(appraisalYears('2027-02-01', { ...rules, periods: [2, 4] })).toEqual([2025, 2024]);
    expect(appraisalYears('2027-02-01', { ...rules, periods: [2], proposalLeadMonths: 0 })).toEqual([
      2026, 2025,
    ]);
    expect(appraisalYears('2027-10-01', { ...rules, appraisalsConsidered: 0 })).toEqual([]);
  });

  it('names the year whose predikat is missing', () => {
    const person = buildCandidate({ predikats: [{ year: 2026, predikat: 'baik' }] });
    expect(checkOf(person, 'appraisals')).toMatchObject({
      met: false,
      code: 'promotion.appraisals.missing',
      params: { years: '2025', minimum: 'baik' },
    });
  });

  it('names the year below the minimum, before any missing one', () => {
    const person = buildCandidate({ predikats: [{ year: 2026, predikat: 'butuh_perbaikan' }] });
    expect(checkOf(person, 'appraisals')).toMatchObject({
      met: false,
      code: 'promotion.appraisals.below',
      params: { years: '2026', missing: '2025', minimum: 'baik' },
    });
  });

  it('ignores predikat of the period year and of years before those considered', () => {
    const person = buildCandidate({
      predikats: [
        { year: 2027, predikat: 'sangat_kurang' },
        { year: 2024, predikat: 'kurang' },
        { year: 2026, predikat: 'baik' },
        { year: 2025, predikat: 'baik' },
      ],
    });
    expect(checkOf(person, 'appraisals')?.met).toBe(true);
  });

  it('counts the lower of two records of one year', () => {
    const person = buildCandidate({
      predikats: [
        { year: 2025, predikat: 'sangat_baik' },
        { year: 2025, predikat: 'kurang' },
        { year: 2026, predikat: 'baik' },
      ],
    });
    expect(checkOf(person, 'appraisals')?.code).toBe('promotion.appraisals.below');
  });

  it('bars a sanction in force on the period date, up to its last day', () => {
    const until = buildCandidate({ sanctions: [{ from: '2026-04-01', to: APRIL_2027 }] });
    expect(checkOf(until, 'sanction')).toMatchObject({
      met: false,
      code: 'promotion.sanction.active',
      params: { from: '2026-04-01', until: APRIL_2027 },
    });
    const ended = buildCandidate({ sanctions: [{ from: '2026-04-01', to: '2027-03-31' }] });
    expect(checkOf(ended, 'sanction')?.code).toBe('promotion.sanction.met');
  });

  it('bars a sanction without an end, and not one that starts after the period', () => {
    const open = buildCandidate({ sanctions: [{ from: '2026-01-10', to: null }] });
    expect(checkOf(open, 'sanction')?.code).toBe('promotion.sanction.activeOpen');
    const later = buildCandidate({ sanctions: [{ from: '2027-04-02', to: null }] });
    expect(checkOf(later, 'sanction')?.met).toBe(true);
  });

  it('ignores sanctions when the rules do not bar them', () => {
    const person = buildCandidate({ sanctions: [{ from: '2026-01-10', to: null }] });
    const result = promotionEligibility(person, { ...rules, requireNoActiveSanction: false }, APRIL_2027);
    expect(result.eligible).toBe(true);
    expect(result.checks.find((c) => c.rule === 'sanction')?.code).toBe('promotion.sanction.notConsidered');
  });

  it('holds an SLTA graduate at III/b', () => {
    const person = buildCandidate({ golongan: 'III/b', educationText: 'SMA' });
    const result = promotionEligibility(person, rules, APRIL_2027);
    expect(result.eligible).toBe(false);
    expect(result.checks.find((c) => c.rule === 'educationCeiling')).toMatchObject({
      met: false,
      code: 'promotion.educationCeiling.above',
      params: { level: 'SLTA', ceiling: 'III/b', target: 'III/c' },
    });
  });

  it.each([
    ['III/c', 'D-III', false],
    ['III/b', 'D-III', true],
    ['III/c', 'D-IV', true],
    ['III/d', 'S1', false],
    ['III/d', 'S-2', true],
    ['IV/a', 'S-2', false],
    ['IV/a', 'S3', true],
  ] as const)('from %s with %s the ceiling allows the next step: %s', (golongan, educationText, met) => {
    expect(checkOf(buildCandidate({ golongan, educationText }), 'educationCeiling')?.met).toBe(met);
  });

  it('cannot confirm the ceiling of an unreadable education or of a level without one', () => {
    expect(checkOf(buildCandidate({ educationText: null }), 'educationCeiling')?.code).toBe(
      'promotion.educationCeiling.educationUnknown',
    );
    expect(checkOf(buildCandidate({ golongan: 'II/a', educationText: 'SD' }), 'educationCeiling')).toEqual({
      rule: 'educationCeiling',
      met: false,
      code: 'promotion.educationCeiling.ceilingUnknown',
      params: { level: 'SD' },
    });
  });

  it('finds no step beyond IV/e', () => {
    const result = promotionEligibility(buildCandidate({ golongan: 'IV/e' }), rules, APRIL_2027);
    expect(result.eligible).toBe(false);
    expect(result.target).toBeNull();
    expect(result.checks.filter((c) => !c.met).map((c) => c.code)).toEqual(['promotion.topRank.top']);
  });

  it('cannot place an unreadable golongan', () => {
    const result = promotionEligibility(buildCandidate({ golongan: 'Kepala Seksi' }), rules, APRIL_2027);
    expect(result.target).toBeNull();
    expect(result.checks.find((c) => c.rule === 'topRank')).toMatchObject({
      met: false,
      code: 'promotion.topRank.golonganUnknown',
      params: { value: 'Kepala Seksi' },
    });
  });

  it('finds a PPPK not eligible, for that reason alone', () => {
    const result = promotionEligibility(
      buildCandidate({ employeeType: 'PPPK', golongan: 'IX' }),
      rules,
      APRIL_2027,
    );
    expect(result).toEqual({
      eligible: false,
      target: null,
      checks: [{ rule: 'pns', met: false, code: 'promotion.pns.pppk', params: { employeeType: 'PPPK' } }],
    });
  });
});

describe('the position path', () => {
  it('holds a functional position to its jenjang’s highest golongan', () => {
    const pertama = buildCandidate({
      golongan: 'III/b',
      tmtGolongan: '2023-04-01',
      positionLevel: 'ahli_pertama',
    });
    expect(checkOf(pertama, 'positionCeiling')).toMatchObject({
      met: false,
      code: 'promotion.positionCeiling.above',
      params: { level: 'ahli_pertama', ceiling: 'III/b', target: 'III/c' },
    });
    expect(promotionEligibility(pertama, rules, APRIL_2027).eligible).toBe(false);
    const muda = buildCandidate({ golongan: 'III/b', positionLevel: 'ahli_muda' });
    expect(checkOf(muda, 'positionCeiling')).toMatchObject({
      met: true,
      code: 'promotion.positionCeiling.met',
    });
  });

  it('sets no bound on another position, or a jenjang the government left out', () => {
    expect(checkOf(buildCandidate({ positionLevel: null }), 'positionCeiling')?.code).toBe(
      'promotion.positionCeiling.notBound',
    );
    const unbound = { ...rules, positionCeilings: {} };
    const pertama = buildCandidate({ golongan: 'III/b', positionLevel: 'ahli_pertama' });
    expect(promotionEligibility(pertama, unbound, APRIL_2027).checks.at(-1)?.met).toBe(true);
  });

  it('refuses a proposal past the position’s highest golongan', () => {
    expect(validatePromotionTarget('III/b', 'III/c', 'S1', rules, 'ahli_pertama')).toEqual([
      {
        code: 'promotion.abovePositionCeiling',
        params: { to: 'III/c', ceiling: 'III/b', level: 'ahli_pertama' },
      },
    ]);
    expect(validatePromotionTarget('III/b', 'III/c', 'S1', rules, 'ahli_muda')).toEqual([]);
  });

  it('reads rules stored before the position path as bounding no position', () => {
    const { positionCeilings: _, ...older } = DEFAULT_PROMOTION_RULES;
    expect(PromotionRules.parse(older).positionCeilings).toEqual({});
  });
});

describe('validatePromotionTarget', () => {
  it('accepts the next step within the ceiling', () => {
    expect(validatePromotionTarget('III/a', 'III/b', 'S1', rules)).toEqual([]);
  });

  it('refuses a skipped step', () => {
    expect(validatePromotionTarget('III/a', 'III/c', 'S1', rules)).toEqual([
      { code: 'promotion.skipsStep', params: { from: 'III/a', to: 'III/c', expected: 'III/b' } },
    ]);
    expect(validatePromotionTarget('III/b', 'III/a', 'S1', rules)[0]?.code).toBe('promotion.skipsStep');
  });

  it('refuses a target above the education ceiling', () => {
    expect(validatePromotionTarget('III/b', 'III/c', 'SLTA', rules)).toEqual([
      { code: 'promotion.aboveCeiling', params: { to: 'III/c', ceiling: 'III/b', level: 'SLTA' } },
    ]);
  });

  it('reports both a skipped step and the ceiling', () => {
    const codes = validatePromotionTarget('III/a', 'III/c', 'SMA', rules).map((e) => e.code);
    expect(codes).toEqual(['promotion.skipsStep', 'promotion.aboveCeiling']);
  });

  it('refuses any promotion from IV/e', () => {
    expect(validatePromotionTarget('IV/e', 'IV/e', 'S3', rules)).toEqual([
      { code: 'promotion.topRank', params: { from: 'IV/e' } },
    ]);
  });

  it('does not block on an education or ceiling that is not known', () => {
    expect(validatePromotionTarget('II/a', 'II/b', 'SD', rules)).toEqual([]);
    expect(validatePromotionTarget('II/a', 'II/b', null, rules)).toEqual([]);
  });
});

describe('compareEligibility', () => {
  const people = [
    { id: 1, ...buildCandidate() },
    { id: 2, ...buildCandidate({ tmtGolongan: '2024-04-01' }) },
    { id: 3, ...buildCandidate({ golongan: 'III/b', educationText: 'SMA' }) },
    { id: 4, ...buildCandidate({ employeeType: 'PPPK', golongan: 'IX' }) },
  ];

  it('counts who gains, who loses and how many fail each rule', () => {
    const comparison = compareEligibility(people, rules, { ...rules, minYearsInRank: 3 }, APRIL_2027);
    expect(comparison.before.eligible).toBe(1);
    expect(comparison.after.eligible).toBe(2);
    expect(comparison.gained).toEqual([2]);
    expect(comparison.lost).toEqual([]);
    expect(comparison.before.failing).toEqual({
      pns: 1,
      topRank: 0,
      yearsInRank: 1,
      appraisals: 0,
      sanction: 0,
      educationCeiling: 1,
      positionCeiling: 0,
    });
    expect(comparison.after.failing.yearsInRank).toBe(0);
    expect(comparison.after.failing.educationCeiling).toBe(1);
  });

  it('finds those who lose under stricter rules', () => {
    const stricter = { ...rules, minimumPredikat: 'sangat_baik' as const };
    const comparison = compareEligibility(people, rules, stricter, APRIL_2027);
    expect(comparison.lost).toEqual([1]);
    expect(comparison.after.failing.appraisals).toBe(3);
  });
});

// ——— properties ———

const PNS_CODES = PNS_GOLONGAN.map((g) => g.code);
const dateArb = fc.integer({ min: 0, max: 7000 }).map((d) => addDays('2008-01-01', d));
const periodArb = fc
  .record({ year: fc.integer({ min: 2020, max: 2028 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => toCalendarDate(year, month, 1));
const predikatArb = fc.constantFrom(...PREDIKATS);
const goodPredikatArb = fc.oneof(
  { arbitrary: fc.constantFrom<Predikat>('sangat_baik', 'baik'), weight: 4 },
  { arbitrary: predikatArb, weight: 1 },
);

const candidateArb: fc.Arbitrary<PromotionCandidate> = fc.record({
  employeeType: fc.constantFrom('PNS', 'PNS', 'PNS', 'PNS', 'PNS', 'PPPK'),
  golongan: fc.option(fc.constantFrom(...PNS_CODES), { freq: 10 }),
  tmtGolongan: fc.option(dateArb, { freq: 10 }),
  educationText: fc.option(fc.constantFrom(...EDUCATION_LEVELS, 'S-1', 'D-III', 'Magister', 'SMA', '?'), {
    freq: 10,
  }),
  // Mostly good predikat for most years, so that enough people come out eligible to loosen from.
  predikats: fc
    .array(fc.option(goodPredikatArb, { freq: 6 }), { minLength: 12, maxLength: 12 })
    .map((list) => list.flatMap((predikat, i) => (predikat ? [{ year: 2017 + i, predikat }] : []))),
  sanctions: fc.array(fc.record({ from: dateArb, to: fc.option(dateArb) }), { maxLength: 1 }),
});

// Mostly high ceilings, for the same reason.
const highGolonganIndexArb = fc.oneof(
  { arbitrary: fc.integer({ min: 11, max: 16 }), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 16 }), weight: 1 },
);
const ceilingsArb = fc
  .array(fc.option(highGolonganIndexArb, { freq: 4 }), {
    minLength: EDUCATION_LEVELS.length,
    maxLength: EDUCATION_LEVELS.length,
  })
  .map((indexes) => indexes.map((i) => (i === null ? null : (PNS_CODES[i] as PnsGolongan))));

type RulesSeed = {
  minYearsInRank: number;
  appraisalsConsidered: number;
  minimumPredikat: Predikat;
  requireNoActiveSanction: boolean;
  ceilings: (PnsGolongan | null)[];
};

const seedArb: fc.Arbitrary<RulesSeed> = fc.record({
  minYearsInRank: fc.integer({ min: 0, max: 8 }),
  appraisalsConsidered: fc.integer({ min: 0, max: 4 }),
  minimumPredikat: predikatArb,
  requireNoActiveSanction: fc.boolean(),
  ceilings: ceilingsArb,
});

function rulesOf(seed: RulesSeed): PromotionRules {
  const educationCeilings = Object.fromEntries(
    EDUCATION_LEVELS.flatMap((level, i) => (seed.ceilings[i] ? [[level, seed.ceilings[i]]] : [])),
  );
  const { ceilings: _, ...rest } = seed;
  return { ...rules, ...rest, educationCeilings };
}

/**
 * Each rule of `seed` made as loose or looser: `slack` lowers numbers and raises ceilings, `flags`
 * drops the sanction rule (0) and sets a ceiling where a level had none (1–10).
 */
function loosened(seed: RulesSeed, slack: number[], flags: boolean[]): RulesSeed {
  const at = (i: number) => slack[i] ?? 0;
  const atLeastAsLow = PREDIKATS.filter((p) => predikatAtLeast(seed.minimumPredikat, p));
  return {
    minYearsInRank: Math.max(0, seed.minYearsInRank - at(0)),
    appraisalsConsidered: Math.max(0, seed.appraisalsConsidered - at(1)),
    minimumPredikat: atLeastAsLow[at(2) % atLeastAsLow.length] ?? seed.minimumPredikat,
    requireNoActiveSanction: seed.requireNoActiveSanction && !flags[0],
    ceilings: seed.ceilings.map((c, i) => {
      if (c === null) return flags[i + 1] ? (PNS_CODES[at(3 + i)] ?? null) : null;
      return PNS_CODES[Math.min(16, PNS_CODES.indexOf(c) + at(3 + i))] ?? c;
    }),
  };
}

describe('promotionEligibility properties', () => {
  it('never makes an eligible person ineligible by loosening a rule', () => {
    fc.assert(
      fc.property(
        candidateArb,
        seedArb,
        fc.array(fc.nat(4), { minLength: 13, maxLength: 13 }),
        fc.array(fc.boolean(), { minLength: 11, maxLength: 11 }),
        periodArb,
        (person, seed, slack, flags, period) => {
          const strict = promotionEligibility(person, rulesOf(seed), period);
          const loose = promotionEligibility(person, rulesOf(loosened(seed, slack, flags)), period);
          if (strict.eligible) expect(loose.eligible).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('always targets the next golongan of a PNS', () => {
    fc.assert(
      fc.property(candidateArb, seedArb, periodArb, (person, seed, period) => {
        const { target } = promotionEligibility(person, rulesOf(seed), period);
        const golongan = person.golongan as PnsGolongan | null;
        const expected = person.employeeType === 'PNS' && golongan ? nextGolongan(golongan) : null;
        expect(target).toBe(expected);
      }),
    );
  });

  it('gives every ineligible person at least one unmet check, and an eligible one none', () => {
    fc.assert(
      fc.property(candidateArb, seedArb, periodArb, (person, seed, period) => {
        const result = promotionEligibility(person, rulesOf(seed), period);
        expect(result.checks.some((c) => !c.met)).toBe(!result.eligible);
      }),
    );
  });

  it('agrees with compareEligibility on who gains and loses', () => {
    fc.assert(
      fc.property(
        fc.array(candidateArb, { maxLength: 6 }),
        seedArb,
        seedArb,
        periodArb,
        (list, a, b, period) => {
          const people = list.map((p, id) => ({ ...p, id }));
          const comparison = compareEligibility(people, rulesOf(a), rulesOf(b), period);
          const eligible = (seed: RulesSeed) =>
            people.filter((p) => promotionEligibility(p, rulesOf(seed), period).eligible).map((p) => p.id);
          expect(comparison.before.eligible).toBe(eligible(a).length);
          expect(comparison.after.eligible - comparison.before.eligible).toBe(
            comparison.gained.length - comparison.lost.length,
          );
        },
      ),
    );
  });
});

describe('promotionFailures', () => {
  /** People who share some of their data and lists with those before them, as a list's people do. */
  const crowdArb = fc
    .array(
      fc.record({
        person: candidateArb,
        positionLevel: fc.option(fc.constantFrom(...FUNGSIONAL_LEVELS), { freq: 2 }),
        shares: fc.array(fc.constantFrom('golongan', 'tmt', 'education', 'predikats', 'sanctions'), {
          maxLength: 5,
        }),
        from: fc.nat(),
      }),
      { maxLength: 40 },
    )
    .map((drawn) => {
      const people: PromotionCandidate[] = [];
      for (const { person, positionLevel, shares, from } of drawn) {
        const other = people[from % Math.max(1, people.length)];
        const share = (field: (typeof shares)[number]) => other !== undefined && shares.includes(field);
        people.push({
          ...person,
          positionLevel,
          golongan: share('golongan') ? other!.golongan : person.golongan,
          tmtGolongan: share('tmt') ? other!.tmtGolongan : person.tmtGolongan,
          educationText: share('education') ? other!.educationText : person.educationText,
          predikats: share('predikats') ? other!.predikats : person.predikats,
          sanctions: share('sanctions') ? other!.sanctions : person.sanctions,
        });
      }
      return people;
    });

  it('fails each person on exactly the rules promotionEligibility finds unmet', () => {
    fc.assert(
      fc.property(crowdArb, seedArb, periodArb, (people, seed, period) => {
        const rulesOfSeed = {
          ...rulesOf(seed),
          positionCeilings: { ahli_pertama: 'III/d', terampil: 'III/b', mahir: 'III/c' } as const,
        };
        const failures = promotionFailures(rulesOfSeed, period);
        for (const person of people) {
          const unmet = promotionEligibility(person, rulesOfSeed, period)
            .checks.filter((c) => !c.met)
            .map((c) => c.rule);
          const mask = failures(person);
          expect(PROMOTION_RULE_KEYS.filter((_, bit) => mask & (1 << bit))).toEqual(unmet);
        }
      }),
      { numRuns: 500 },
    );
  });
});
