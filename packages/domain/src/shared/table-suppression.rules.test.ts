import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SuppressedTable, suppressTable } from './table-suppression.rules';

const K = 3;
const MAX_COUNT = 7;

describe('suppressTable', () => {
  it('shows everything when no figure counts fewer than k people', () => {
    expect(
      suppressTable(
        [
          [120, 30],
          [45, 0],
        ],
        K,
      ),
    ).toEqual({
      cells: [
        [120, 30],
        [45, 0],
      ],
      rowTotals: [150, 45],
      columnTotals: [165, 30],
      total: 195,
    });
  });

  it('hides a small cell, the other cell of its row, and a second row so no total gives them away', () => {
    // Kota A has 2 PPPK. Hiding only that cell, 102 − 100 would reveal it; hiding A's PNS too,
    // the national PNS total minus B and C would reveal A's PNS and so A's PPPK: so B is hidden too.
    const result = suppressTable(
      [
        [100, 2],
        [500, 80],
        [900, 300],
      ],
      K,
    );
    expect(result).toEqual({
      cells: [
        [null, null],
        [null, null],
        [900, 300],
      ],
      rowTotals: [102, 580, 1200],
      columnTotals: [1500, 382],
      total: 1882,
    });
  });

  it('hides a whole second row when one hidden cell of a column could be worked out from the other lines', () => {
    // With A.X, A.Y and B.X hidden, B.X = 20 − B.Y and then A.X = 12 − B.X: B.Y must go as well.
    expect(
      suppressTable(
        [
          [2, 10],
          [10, 10],
        ],
        K,
      ).cells,
    ).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('hides the total of a government with fewer than k employees, and a second total beside it', () => {
    const result = suppressTable(
      [
        [0, 2],
        [40, 10],
        [60, 5],
      ],
      K,
    );
    expect(result.rowTotals[0]).toBeNull();
    expect(result.rowTotals.filter((total) => total === null).length).toBeGreaterThanOrEqual(2);
    expect(result.total).toBe(117);
  });

  it('hides enough that a small row total cannot be worked out from the grand total and shown cells', () => {
    // Kota B's one employee: B's total is hidden, but A's total is 0 + 3 from its shown cells, so
    // the grand total 4 would give B's 1 away unless it goes too.
    const result = suppressTable(
      [
        [0, 3],
        [1, 0],
      ],
      K,
    );
    expect(result.cells[1]![0]).toBeNull();
    expect(result.rowTotals[1]).toBeNull();
    expect(result.total).toBeNull();
  });

  it('without column totals treats each row alone: 3 of 4 answered hides both counts and keeps the 4', () => {
    expect(
      suppressTable(
        [
          [3, 1],
          [0, 10],
          [8, 0],
        ],
        K,
        { columnTotals: false },
      ),
    ).toEqual({
      cells: [
        [null, null],
        [0, 10],
        [8, 0],
      ],
      rowTotals: [4, 10, 8],
      columnTotals: null,
      total: null,
    });
  });

  it('refuses k below 3 and rows of different lengths', () => {
    expect(() => suppressTable([[1]], 2)).toThrow(RangeError);
    expect(() => suppressTable([[1, 2], [3]], K)).toThrow(RangeError);
    expect(() => suppressTable([[1.5]], K)).toThrow(RangeError);
  });

  const tables = fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 3, max: 5 }))
    .chain(([height, k]) =>
      fc.record({
        k: fc.constant(k),
        rows: fc.array(fc.array(fc.integer({ min: 0, max: MAX_COUNT }), { minLength: 2, maxLength: 2 }), {
          minLength: height,
          maxLength: height,
        }),
      }),
    );

  it('never shows a figure of 1 to k − 1 and shows every other figure as it is', () => {
    fc.assert(
      fc.property(tables, fc.boolean(), ({ rows, k }, columnTotals) => {
        const result = suppressTable(rows, k, { columnTotals });
        const shown = [
          ...result.cells.flat(),
          ...result.rowTotals,
          ...(result.columnTotals ?? []),
          result.total,
        ];
        for (const value of shown) if (value !== null) expect(value === 0 || value >= k).toBe(true);
        result.cells.forEach((row, r) => {
          row.forEach((value, c) => {
            if (value !== null) expect(value).toBe(rows[r]![c]);
          });
        });
      }),
    );
  });

  it('leaves no hidden figure of 1 to k − 1 that the shown figures pin down (every table tried)', () => {
    fc.assert(
      fc.property(tables, fc.boolean(), ({ rows, k }, columnTotals) => {
        const result = suppressTable(rows, k, { columnTotals });
        const small = rows.flatMap((row, r) =>
          row.flatMap((value, c) => (value > 0 && value < k ? [[r, c] as const] : [])),
        );
        // Any cell of any table agreeing with the shown figures is at most the grand total.
        const bound = rows.flat().reduce((a, b) => a + b, 0);
        const possible = possibleValues(result, small, bound);
        small.forEach(([r, c], i) => {
          expect(possible[i]!.size, `cell ${r},${c} of ${JSON.stringify(rows)}`).toBeGreaterThan(1);
        });
      }),
      { numRuns: 400 },
    );
  });
});

/**
 * The values each of `cells` takes over the tables of whole numbers 0…bound that agree with what is
 * shown (shown cells as shown, shown totals equal to their sums): what an attacker could work out.
 * Searching only up to `bound` can find fewer tables than exist, never more, so "more than one
 * value" found here holds for the attacker too. Stops once every cell has two values.
 */
function possibleValues(
  shown: SuppressedTable,
  cells: readonly (readonly [number, number])[],
  bound: number,
) {
  const possible = cells.map(() => new Set<number>());
  const width = shown.cells[0]?.length ?? 0;
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const rowOptions = shown.cells.map((row, r) => {
    const options: number[][] = [];
    const fill = (c: number, partial: number[]) => {
      if (c === width) {
        const total = shown.rowTotals[r];
        if (total === null || total === undefined || sum(partial) === total) options.push(partial);
        return;
      }
      const known = row[c];
      if (known !== null && known !== undefined) fill(c + 1, [...partial, known]);
      else for (let v = 0; v <= bound; v++) fill(c + 1, [...partial, v]);
    };
    fill(0, []);
    return options;
  });
  const chosen: number[][] = [];
  const done = () => possible.every((set) => set.size > 1);
  const agrees = () => {
    if (!shown.columnTotals) return true;
    for (let c = 0; c < width; c++) {
      const total = shown.columnTotals[c];
      if (total !== null && total !== undefined && sum(chosen.map((row) => row[c]!)) !== total) return false;
    }
    return shown.total === null || sum(chosen.map(sum)) === shown.total;
  };
  const withinColumns = () =>
    !shown.columnTotals ||
    shown.columnTotals.every((total, c) => total === null || sum(chosen.map((row) => row[c]!)) <= total);
  const visit = (r: number) => {
    if (done() || !withinColumns()) return;
    if (r === rowOptions.length) {
      if (agrees()) {
        cells.forEach(([cr, cc], i) => {
          possible[i]!.add(chosen[cr]![cc]!);
        });
      }
      return;
    }
    for (const option of rowOptions[r]!) {
      chosen[r] = option;
      visit(r + 1);
      if (done()) return;
    }
    chosen.length = r;
  };
  visit(0);
  return possible;
}
