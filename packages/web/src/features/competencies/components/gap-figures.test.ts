import { describe, expect, it } from 'vitest';
import { heatShade, shareBelow } from './gap-figures';

describe('shareBelow', () => {
  it('divides those below standard by those assessed', () => {
    expect(shareBelow({ assessed: 8, below: 2 })).toBe(0.25);
  });

  it('has no share when nobody was assessed', () => {
    expect(shareBelow({ assessed: 0, below: 0 })).toBeNull();
  });
});

describe('heatShade', () => {
  it('leaves a cell with nothing below standard, or nothing assessed, unshaded', () => {
    expect(heatShade(0)).toBeUndefined();
    expect(heatShade(null)).toBeUndefined();
  });

  it('darkens in five steps as the share grows', () => {
    expect([0.05, 0.1, 0.3, 0.5, 0.9].map(heatShade)).toEqual(
      [0, 1, 2, 3, 4].map((n) => `var(--mantine-color-red-${n})`),
    );
  });
});
