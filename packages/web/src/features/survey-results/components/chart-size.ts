// Sizes shared by the lazy charts and the placeholders shown while they load, so nothing jumps.

export const ROW_HEIGHT = 30;

/** The height of side bars for `rows` categories of `series` bars each. */
export function sideBarsHeight(rows: number, series = 1): number {
  return Math.max(120, rows * ROW_HEIGHT * series + 40);
}
