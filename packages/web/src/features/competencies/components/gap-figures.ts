/** below ÷ assessed, or null when nothing was assessed. */
export function shareBelow(counts: { assessed: number; below: number }): number | null {
  return counts.assessed === 0 ? null : counts.below / counts.assessed;
}

/**
 * The heat map's shade of a share below standard: five steps of red, light enough for dark text
 * on every one of them (the number is written in the cell too).
 */
export function heatShade(share: number | null): string | undefined {
  if (share === null || share === 0) return undefined;
  const step = share < 0.1 ? 0 : share < 0.25 ? 1 : share < 0.4 ? 2 : share < 0.6 ? 3 : 4;
  return `var(--mantine-color-red-${step})`;
}
