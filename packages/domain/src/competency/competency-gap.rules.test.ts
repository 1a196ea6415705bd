import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currentLevels,
  DEFAULT_JPM_THRESHOLDS,
  developmentNeeds,
  gapsAgainst,
  isCompetencyLevel,
  jobPersonMatch,
  jpmLabel,
  type Requirement,
} from './competency-gap.rules';

// A Pengawas position's standard: the eight managerial competencies and Perekat Bangsa at level 2,
// except Integritas at 3.
const STANDARD: Requirement[] = [
  { competency: 'M.1', required: 3 },
  ...['M.2', 'M.3', 'M.4', 'M.5', 'M.6', 'M.7', 'M.8', 'SK.1'].map((competency) => ({
    competency,
    required: 2,
  })),
];

describe('competency levels (PermenPANRB 38/2017)', () => {
  it('are the whole numbers 1 to 5', () => {
    expect([1, 2, 3, 4, 5].every(isCompetencyLevel)).toBe(true);
    expect([0, 6, 2.5, -1, Number.NaN].some(isCompetencyLevel)).toBe(false);
  });

  it('are the newest assessment of each competency, a same-day correction winning', () => {
    const levels = currentLevels([
      { competency: 'M.1', level: 2, assessedOn: '2025-03-01', sequence: 1 },
      { competency: 'M.1', level: 3, assessedOn: '2026-03-01', sequence: 2 },
      { competency: 'M.2', level: 4, assessedOn: '2026-05-10', sequence: 3 },
      { competency: 'M.2', level: 2, assessedOn: '2026-05-10', sequence: 4 },
      { competency: 'M.3', level: 5, assessedOn: '2024-01-01', sequence: 9 },
    ]);
    expect(levels).toEqual(
      new Map([
        ['M.1', 3],
        ['M.2', 2],
        ['M.3', 5],
      ]),
    );
  });
});

describe('the gap against the standard', () => {
  it('is actual − required, unknown where nobody assessed, and its needs are the negative ones, largest first', () => {
    const gaps = gapsAgainst(
      STANDARD,
      new Map([
        ['M.1', 2],
        ['M.2', 3],
        ['M.3', 2],
        ['M.4', 1],
        ['M.5', 1],
      ]),
    );
    expect(gaps.slice(0, 6)).toEqual([
      { competency: 'M.1', required: 3, actual: 2, gap: -1 },
      { competency: 'M.2', required: 2, actual: 3, gap: 1 },
      { competency: 'M.3', required: 2, actual: 2, gap: 0 },
      { competency: 'M.4', required: 2, actual: 1, gap: -1 },
      { competency: 'M.5', required: 2, actual: 1, gap: -1 },
      { competency: 'M.6', required: 2, actual: null, gap: null },
    ]);
    expect(developmentNeeds(gaps).map((g) => g.competency)).toEqual(['M.1', 'M.4', 'M.5']);
  });

  it('gives a JPM only for a complete profile: Σ actual ÷ Σ required × 100', () => {
    const levels = new Map(STANDARD.map((r) => [r.competency, r.required]));
    expect(jobPersonMatch(gapsAgainst(STANDARD, levels))).toBe(100);
    // Integritas one level short: 18 of 19.
    levels.set('M.1', 2);
    expect(jobPersonMatch(gapsAgainst(STANDARD, levels))).toBeCloseTo((18 / 19) * 100, 10);
    levels.delete('M.8');
    expect(jobPersonMatch(gapsAgainst(STANDARD, levels))).toBeNull();
    expect(jobPersonMatch([])).toBeNull();
  });

  it('labels a JPM by the government’s thresholds, 80 % and 68 % unless configured', () => {
    expect(jpmLabel(80, DEFAULT_JPM_THRESHOLDS)).toBe('memenuhi');
    expect(jpmLabel(79.99, DEFAULT_JPM_THRESHOLDS)).toBe('masihMemenuhi');
    expect(jpmLabel(68, DEFAULT_JPM_THRESHOLDS)).toBe('masihMemenuhi');
    expect(jpmLabel(67.99, DEFAULT_JPM_THRESHOLDS)).toBe('kurangMemenuhi');
    expect(jpmLabel(75, { meets: 75, stillMeets: 60 })).toBe('memenuhi');
  });
});

describe('properties of gaps and JPM', () => {
  const level = fc.integer({ min: 1, max: 5 });
  const profile = fc.uniqueArray(
    fc.record({
      competency: fc.constantFrom(...STANDARD.map((r) => r.competency)),
      required: level,
      actual: level,
    }),
    {
      selector: (r) => r.competency,
      minLength: 1,
    },
  );

  it('never counts a competency at or above its standard as a need', () => {
    fc.assert(
      fc.property(profile, (rows) => {
        const gaps = gapsAgainst(rows, new Map(rows.map((r) => [r.competency, r.actual])));
        for (const need of developmentNeeds(gaps)) expect(need.actual!).toBeLessThan(need.required);
        expect(developmentNeeds(gaps)).toHaveLength(rows.filter((r) => r.actual < r.required).length);
      }),
    );
  });

  it('raises the JPM when any level rises, and reaches 100 exactly when the levels sum to the standard', () => {
    fc.assert(
      fc.property(profile, fc.nat(), (rows, pick) => {
        const levels = new Map(rows.map((r) => [r.competency, r.actual]));
        const before = jobPersonMatch(gapsAgainst(rows, levels))!;
        const sum = (key: 'actual' | 'required') => rows.reduce((s, r) => s + r[key], 0);
        expect(before === 100).toBe(sum('actual') >= sum('required'));
        expect(before).toBeLessThanOrEqual(100);
        const raised = rows[pick % rows.length]!;
        levels.set(raised.competency, raised.actual + 1);
        const after = jobPersonMatch(gapsAgainst(rows, levels))!;
        // Raising a level raises the match until it is whole, and never lowers it.
        if (before < 100) expect(after).toBeGreaterThan(before);
        else expect(after).toBe(100);
      }),
    );
  });

  it('labels a higher JPM never worse than a lower one', () => {
    const rank = { memenuhi: 2, masihMemenuhi: 1, kurangMemenuhi: 0 } as const;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(rank[jpmLabel(high, DEFAULT_JPM_THRESHOLDS)]).toBeGreaterThanOrEqual(
            rank[jpmLabel(low, DEFAULT_JPM_THRESHOLDS)],
          );
        },
      ),
    );
  });
});
