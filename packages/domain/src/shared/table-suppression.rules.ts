import { MIN_K } from './group-suppression.rules';

// The k rule for a table of counts shown with its totals (employees per government and type,
// survey participation per wave): no figure may count fewer than k people, and no figure hidden
// for that reason may be recovered from the figures shown, by subtracting shown cells from a total.

export interface SuppressedTable {
  /** The counts, row by row; null where hidden. */
  cells: (number | null)[][];
  /** Each row's total; null where hidden. */
  rowTotals: (number | null)[];
  /** Each column's total and the grand total; null where hidden, or when no column totals are shown. */
  columnTotals: (number | null)[] | null;
  total: number | null;
}

type Cell = readonly [row: number, column: number];

interface Line {
  members: Cell[];
  sum: Cell;
}

/**
 * Primary suppression hides every figure (cell or total) counting 1 to k − 1 people; zero counts
 * nobody and stays. Secondary (complementary) suppression then hides more, until neither of these
 * gives a hidden figure away:
 * - a row or column whose total is shown holds exactly one hidden figure, or hidden figures adding
 *   up to fewer than k (total − shown figures would tell them): the smallest shown cell of that
 *   line is hidden (ties: the first), or its total when no cell is left;
 * - the shown figures, taken together as equations (every total is the sum of its line), pin a
 *   figure of 1 to k − 1 down exactly: a figure beside it in one of its lines is hidden.
 * Finally a hidden figure that the shown ones pin down anyway is shown: that tells nobody anything.
 * The tests check the outcome by brute force: over every table of whole numbers that agrees with
 * what is shown, each hidden figure of 1 to k − 1 can take more than one value.
 * `columnTotals: false` treats each row on its own (rows whose column totals are never shown).
 */
export function suppressTable(
  rows: readonly (readonly number[])[],
  k: number,
  options: { columnTotals?: boolean } = {},
): SuppressedTable {
  if (!Number.isInteger(k) || k < MIN_K)
    throw new RangeError(`k must be a whole number ≥ ${MIN_K}, not ${k}`);
  const width = rows[0]?.length ?? 0;
  for (const row of rows) {
    if (row.length !== width) throw new RangeError('every row has the same number of cells');
    if (row.some((count) => !Number.isInteger(count) || count < 0)) {
      throw new RangeError('a count is a whole number ≥ 0');
    }
  }
  const withColumnTotals = options.columnTotals ?? true;
  const table: Table = {
    grid: withMargins(rows, withColumnTotals),
    hidden: [],
    lines: linesOf(rows.length, width, withColumnTotals),
  };
  table.hidden = table.grid.map((row) => row.map((value) => value > 0 && value < k));
  const small = (cell: Cell) => table.grid[cell[0]]![cell[1]]! > 0 && table.grid[cell[0]]![cell[1]]! < k;
  for (;;) {
    const next =
      table.lines.map((line) => exposed(table, line, k)).find((cell) => cell !== null) ??
      pinnedFigures(table)
        .filter(small)
        .map((cell) => beside(table, cell))[0] ??
      null;
    if (!next) break;
    table.hidden[next[0]]![next[1]] = true;
  }
  for (const [r, c] of pinnedFigures(table)) table.hidden[r]![c] = false;
  const shown = ([r, c]: Cell) => (table.hidden[r]![c] ? null : table.grid[r]![c]!);
  return {
    cells: rows.map((row, r) => row.map((_, c) => shown([r, c]))),
    rowTotals: rows.map((_, r) => shown([r, width])),
    columnTotals: withColumnTotals ? (rows[0]?.map((_, c) => shown([rows.length, c])) ?? []) : null,
    total: withColumnTotals ? shown([rows.length, width]) : null,
  };
}

interface Table {
  grid: number[][];
  hidden: boolean[][];
  lines: Line[];
}

const isHidden = (table: Table, [r, c]: Cell) => table.hidden[r]![c]!;
const figure = (table: Table, [r, c]: Cell) => table.grid[r]![c]!;
const sameCell = (a: Cell, b: Cell) => a[0] === b[0] && a[1] === b[1];

/** The table with each row's total in an extra column and, if asked, the column totals in an extra row. */
function withMargins(rows: readonly (readonly number[])[], columnTotals: boolean): number[][] {
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const grid = rows.map((row) => [...row, sum(row)]);
  if (columnTotals) {
    const width = (rows[0]?.length ?? 0) + 1;
    grid.push(Array.from({ length: width }, (_, c) => sum(grid.map((row) => row[c]!))));
  }
  return grid;
}

/** Every row and column with its total, the margins' own row and column included. */
function linesOf(height: number, width: number, columnTotals: boolean): Line[] {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const rowCount = columnTotals ? height + 1 : height;
  const lines: Line[] = range(rowCount).map((r) => ({
    members: range(width).map((c) => [r, c] as const),
    sum: [r, width] as const,
  }));
  if (columnTotals) {
    for (const c of range(width + 1)) {
      lines.push({ members: range(height).map((r) => [r, c] as const), sum: [height, c] as const });
    }
  }
  return lines;
}

/** The next figure to hide so that this line on its own gives nothing away, or null when it is safe. */
function exposed(table: Table, line: Line, k: number): Cell | null {
  if (isHidden(table, line.sum)) return null;
  const covered = line.members.filter((cell) => isHidden(table, cell));
  if (covered.length === 0) return null;
  const coveredTotal = covered.reduce((sum, cell) => sum + figure(table, cell), 0);
  if (covered.length >= 2 && coveredTotal >= k) return null;
  // A zero adds nobody to a hidden total below k, but does stop a lone hidden cell from being exact.
  const candidates = line.members
    .filter((cell) => !isHidden(table, cell) && (coveredTotal >= k || figure(table, cell) > 0))
    .sort((a, b) => figure(table, a) - figure(table, b));
  return candidates[0] ?? line.sum;
}

/** A shown figure in a line of `cell` to hide next: the smallest non-zero, else a zero, else a total. */
function beside(table: Table, cell: Cell): Cell {
  const lines = table.lines.filter(
    (line) => sameCell(line.sum, cell) || line.members.some((member) => sameCell(member, cell)),
  );
  const shownMembers = lines
    .flatMap((line) => line.members)
    .filter((member) => !isHidden(table, member))
    .sort((a, b) => rank(table, a) - rank(table, b));
  const shownSum = lines.map((line) => line.sum).find((sum) => !isHidden(table, sum));
  // A pinned figure always shares a line with some shown figure: the equations pinning it need one.
  return shownMembers[0] ?? shownSum ?? cell;
}

/** Non-zero figures first, smallest first; zeros after them. */
const rank = (table: Table, cell: Cell) => {
  const value = figure(table, cell);
  return value === 0 ? Number.MAX_SAFE_INTEGER : value;
};

/**
 * The hidden figures the shown ones determine exactly. Every line is an equation (its members add
 * up to its total); with the shown figures as constants, a hidden figure is determined when its unit
 * vector lies in the row space of the hidden figures' coefficients: in reduced row echelon form, a
 * row with a single non-zero entry.
 */
function pinnedFigures(table: Table): Cell[] {
  const unknowns: Cell[] = [];
  table.grid.forEach((row, r) => {
    row.forEach((_, c) => {
      if (table.hidden[r]![c]) unknowns.push([r, c]);
    });
  });
  const index = (cell: Cell) => unknowns.findIndex((u) => sameCell(u, cell));
  const matrix: number[][] = [];
  for (const line of table.lines) {
    const row = new Array<number>(unknowns.length).fill(0);
    for (const member of line.members) if (isHidden(table, member)) row[index(member)] = 1;
    if (isHidden(table, line.sum)) row[index(line.sum)] = -1;
    if (row.some((x) => x !== 0)) matrix.push(row);
  }
  return reducedPivots(matrix, unknowns.length).map((column) => unknowns[column]!);
}

const EPSILON = 1e-9;

/** Gauss–Jordan elimination; the columns whose pivot row has no other non-zero entry. */
function reducedPivots(matrix: number[][], columns: number): number[] {
  let pivotRow = 0;
  const pivots: [row: number, column: number][] = [];
  for (let column = 0; column < columns && pivotRow < matrix.length; column++) {
    let best = pivotRow;
    for (let r = pivotRow + 1; r < matrix.length; r++) {
      if (Math.abs(matrix[r]![column]!) > Math.abs(matrix[best]![column]!)) best = r;
    }
    if (Math.abs(matrix[best]![column]!) < EPSILON) continue;
    [matrix[pivotRow], matrix[best]] = [matrix[best]!, matrix[pivotRow]!];
    const pivot = matrix[pivotRow]!;
    const scale = pivot[column]!;
    for (let c = 0; c < columns; c++) pivot[c] = pivot[c]! / scale;
    for (let r = 0; r < matrix.length; r++) {
      const factor = matrix[r]![column]!;
      if (r === pivotRow || Math.abs(factor) < EPSILON) continue;
      for (let c = 0; c < columns; c++) matrix[r]![c] = matrix[r]![c]! - factor * pivot[c]!;
    }
    pivots.push([pivotRow, column]);
    pivotRow++;
  }
  return pivots
    .filter(([row]) => matrix[row]!.filter((x) => Math.abs(x) > EPSILON).length === 1)
    .map(([, column]) => column);
}
