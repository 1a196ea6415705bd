import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ApplicantFacts,
  applicantScore,
  DEFAULT_SCORE_WEIGHTS,
  type EligibilityRules,
  ineligibility,
  levelsShort,
  monthsBetween,
  nextProgramState,
  OPEN_TO_ALL,
  SCORE_CRITERIA,
  type ScoreWeights,
  selectionOutcome,
  weightsValid,
} from './program.rules';

const open: EligibilityRules = OPEN_TO_ALL;
const person: ApplicantFacts = {
  active: true,
  unitPath: [1, 4],
  positionKind: 'fungsional',
  golonganRank: 9,
  employeeType: 'PNS',
  levelsShort: 2,
  completedThisProgramOn: null,
  talentBox: 5,
};

describe('program lifecycle', () => {
  it('opens from a draft only, and cancels until completed', () => {
    expect(nextProgramState('draft', 'open')).toBe('open');
    expect(nextProgramState('open', 'open')).toBeNull();
    expect(nextProgramState('closed', 'reopen')).toBe('open');
    expect(nextProgramState('selected', 'reopen')).toBeNull();
    expect(nextProgramState('selected', 'complete')).toBe('completed');
    expect(nextProgramState('completed', 'cancel')).toBeNull();
  });
});

describe('eligibility', () => {
  it('lets anyone apply to an open program', () => {
    expect(ineligibility(open, person, '2026-06-01')).toEqual([]);
  });

  it('names every rule not met', () => {
    const rules: EligibilityRules = {
      unitIds: [2],
      positionKinds: ['struktural'],
      golonganRankMin: 10,
      golonganRankMax: 13,
      employeeTypes: ['PPPK'],
      requiresGap: true,
      repeatAfterYears: 2,
      talentBoxes: [7, 8, 9],
    };
    const facts = { ...person, active: false, levelsShort: 0, completedThisProgramOn: '2025-06-02' };
    expect(ineligibility(rules, facts, '2026-06-01')).toEqual([
      'inactive',
      'unit',
      'positionKind',
      'golonganBelow',
      'employeeType',
      'noGap',
      'completedRecently',
      'talentBox',
    ]);
  });

  it('reaches the units below a named OPD, and counts repeat years to the day', () => {
    expect(ineligibility({ ...open, unitIds: [1] }, person, '2026-06-01')).toEqual([]);
    const rules = { ...open, repeatAfterYears: 1 };
    const done = { ...person, completedThisProgramOn: '2025-06-01' };
    expect(ineligibility(rules, done, '2026-05-31')).toEqual(['completedRecently']);
    expect(ineligibility(rules, done, '2026-06-01')).toEqual([]);
  });

  it('does not guess a golongan it does not know', () => {
    expect(
      ineligibility({ ...open, golonganRankMax: 12 }, { ...person, golonganRank: null }, '2026-01-01'),
    ).toEqual(['golonganUnknown']);
    expect(ineligibility({ ...open, golonganRankMax: 8 }, person, '2026-01-01')).toEqual(['golonganAbove']);
  });

  it('admits only the talent boxes named, and nobody not yet placed in a box', () => {
    const talentPool = { ...open, talentBoxes: [7, 8, 9] };
    expect(ineligibility(talentPool, { ...person, talentBox: 9 }, '2026-01-01')).toEqual([]);
    expect(ineligibility(talentPool, { ...person, talentBox: 1 }, '2026-01-01')).toEqual(['talentBox']);
    expect(ineligibility(talentPool, { ...person, talentBox: null }, '2026-01-01')).toEqual(['talentBox']);
  });

  it('never asks for a box when the program names none', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }), (talentBox) => {
        expect(ineligibility(open, { ...person, talentBox }, '2026-01-01')).not.toContain('talentBox');
      }),
    );
  });

  it('admits a person exactly when their box is one of those named', () => {
    const boxes = fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(
        boxes,
        fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
        (talentBoxes, talentBox) => {
          const reasons = ineligibility({ ...open, talentBoxes }, { ...person, talentBox }, '2026-01-01');
          expect(reasons.includes('talentBox')).toBe(talentBox === null || !talentBoxes.includes(talentBox));
        },
      ),
    );
  });
});

describe('levels short', () => {
  it('adds the shortfall per competency, an unassessed one counting one level', () => {
    const targets = [
      { competencyId: 1, level: 4 },
      { competencyId: 2, level: 3 },
      { competencyId: 3, level: 3 },
    ];
    expect(
      levelsShort(
        targets,
        new Map([
          [1, 2],
          [2, 5],
        ]),
      ),
    ).toBe(2 + 0 + 1);
  });
});

describe('the applicant score', () => {
  const weights = fc
    .tuple(fc.nat(100), fc.nat(100), fc.nat(100))
    .filter(([a, b, c]) => a + b + c <= 100)
    .map(
      ([a, b, c]): ScoreWeights => ({
        gap: a,
        jpShortfall: b,
        sinceLastDevelopment: c,
        recommendation: 100 - a - b - c,
      }),
    );
  const facts = fc.record({
    levelsShort: fc.nat(20),
    jpShortfall: fc.nat(40),
    jpTarget: fc.constantFrom(20, 24),
    monthsSinceLastDevelopment: fc.option(fc.nat(120), { nil: null }),
    recommended: fc.boolean(),
  });

  it('is a whole number of hundredths between 0 and 100.00, the sum of its lines', () => {
    fc.assert(
      fc.property(weights, facts, (w, f) => {
        expect(weightsValid(w)).toBe(true);
        const score = applicantScore(w, f);
        expect(Number.isInteger(score.total)).toBe(true);
        expect(score.total).toBeGreaterThanOrEqual(0);
        expect(score.total).toBeLessThanOrEqual(10_000);
        expect(score.lines.map((l) => l.criterion)).toEqual([...SCORE_CRITERIA]);
        expect(score.lines.reduce((s, l) => s + l.contribution, 0)).toBe(score.total);
      }),
    );
  });

  it('never falls when a need grows', () => {
    fc.assert(
      fc.property(weights, facts, fc.nat(5), (w, f, more) => {
        const base = applicantScore(w, f).total;
        expect(applicantScore(w, { ...f, levelsShort: f.levelsShort + more }).total).toBeGreaterThanOrEqual(
          base,
        );
        expect(applicantScore(w, { ...f, jpShortfall: f.jpShortfall + more }).total).toBeGreaterThanOrEqual(
          base,
        );
        expect(applicantScore(w, { ...f, recommended: true }).total).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it('scores a worked example as published', () => {
    // 3 levels short (75 points), 12 of 20 JP missing (60), 18 months (50), recommended (100).
    const score = applicantScore(DEFAULT_SCORE_WEIGHTS, {
      levelsShort: 3,
      jpShortfall: 12,
      jpTarget: 20,
      monthsSinceLastDevelopment: 18,
      recommended: true,
    });
    expect(score.total).toBe(40 * 75 + 30 * 60 + 20 * 50 + 10 * 100);
  });

  it('rejects weights that do not add up to 100', () => {
    expect(weightsValid({ ...DEFAULT_SCORE_WEIGHTS, gap: 41 })).toBe(false);
    expect(weightsValid({ gap: 100, jpShortfall: 0, sinceLastDevelopment: 0, recommendation: 0 })).toBe(true);
  });
});

describe('months between', () => {
  it('counts a month once its day is reached', () => {
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(0);
    expect(monthsBetween('2025-01-15', '2026-01-15')).toBe(12);
    expect(monthsBetween('2026-03-01', '2026-01-01')).toBe(0);
  });
});

describe('why an applicant was not selected', () => {
  it('compares with the cut-off of the batches asked for', () => {
    expect(selectionOutcome({ selected: false, score: 5000, cutoffs: [6000, 5500], groupFull: false })).toBe(
      'belowCutoff',
    );
    expect(selectionOutcome({ selected: false, score: 5500, cutoffs: [6000, 5500], groupFull: false })).toBe(
      'tie',
    );
    expect(selectionOutcome({ selected: false, score: 7000, cutoffs: [6000], groupFull: true })).toBe(
      'groupFull',
    );
    expect(selectionOutcome({ selected: false, score: 7000, cutoffs: [null], groupFull: false })).toBe(
      'batchesFull',
    );
    expect(selectionOutcome({ selected: true, score: 1, cutoffs: [6000], groupFull: false })).toBe(
      'selected',
    );
  });

  it('names the reserved seats when a group member below took one, unless the OPD’s cap was full', () => {
    const below = { selected: false, score: 5000, cutoffs: [6000], reservedBelow: true };
    expect(selectionOutcome({ ...below, groupFull: false })).toBe('reservedSeats');
    expect(selectionOutcome({ ...below, groupFull: true })).toBe('belowCutoff');
    expect(selectionOutcome({ ...below, reservedBelow: false, groupFull: false })).toBe('belowCutoff');
  });
});
