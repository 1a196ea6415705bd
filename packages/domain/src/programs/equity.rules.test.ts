import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBand, equityRows, FOUR_FIFTHS, selectionParity } from './equity.rules';

describe('equity rows', () => {
  it('flags a group selected at under four fifths of the best-treated group', () => {
    const rows = equityRows([
      { group: 'M', population: 200, applicants: 50, selected: 20 },
      { group: 'F', population: 220, applicants: 40, selected: 12 },
      { group: 'X', population: 10, applicants: 3, selected: 0 },
    ]);
    expect(rows.map((r) => [r.group, r.selectionRate, r.ratioToBest, r.flagged, r.judged])).toEqual([
      ['M', 0.4, 1, false, true],
      ['F', 0.3, 0.3 / 0.4, true, true],
      ['X', 0, null, false, false],
    ]);
    expect(rows[0]!.applicationRate).toBe(0.25);
    expect(selectionParity(rows)).toBeCloseTo(0.75);
  });

  it('does not flag a group at exactly four fifths', () => {
    const rows = equityRows([
      { group: 'a', population: 10, applicants: 10, selected: 5 },
      { group: 'b', population: 10, applicants: 10, selected: 4 },
    ]);
    expect(rows[1]!.ratioToBest).toBeCloseTo(FOUR_FIFTHS);
    expect(rows[1]!.flagged).toBe(false);
  });

  it('keeps every ratio between 0 and 1, the best group at 1', () => {
    const group = fc
      .record({ applicants: fc.integer({ min: 0, max: 40 }), selected: fc.integer({ min: 0, max: 40 }) })
      .map(({ applicants, selected }) => ({ applicants, selected: Math.min(selected, applicants) }));
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 8 }), (groups) => {
        const rows = equityRows(
          groups.map((g, i) => ({ group: String(i), population: g.applicants * 2, ...g })),
        );
        const ratios = rows.map((r) => r.ratioToBest).filter((r): r is number => r !== null);
        for (const r of ratios) expect(r).toBeGreaterThanOrEqual(0);
        for (const r of ratios) expect(r).toBeLessThanOrEqual(1);
        if (ratios.length > 0 && ratios.some((r) => r > 0)) expect(Math.max(...ratios)).toBe(1);
      }),
    );
  });
});

describe('age bands', () => {
  it('count whole years to the day', () => {
    expect(ageBand('1996-12-04', '2026-12-03')).toBe('under30');
    expect(ageBand('1996-12-03', '2026-12-03')).toBe('30to39');
    expect(ageBand('1976-12-03', '2026-12-03')).toBe('50plus');
  });
});
