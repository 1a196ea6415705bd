import { describe, expect, it } from 'vitest';
import { formatJpm, gapStatus, signedGap } from './competency-gap';

describe('a competency gap on screen', () => {
  it('reads below, meeting or above the standard from actual − required, and unassessed as such', () => {
    expect(gapStatus(-2)).toBe('below');
    expect(gapStatus(0)).toBe('meets');
    expect(gapStatus(1)).toBe('above');
    expect(gapStatus(null)).toBe('unassessed');
  });

  it('writes the sign of a gap with a real minus', () => {
    const number = (value: number) => String(value);
    expect(signedGap(-1, number)).toBe('\u22121');
    expect(signedGap(0, number)).toBe('0');
    expect(signedGap(2, number)).toBe('+2');
  });

  it('shows a JPM just under a cut-off without rounding it up to the cut-off', () => {
    expect(formatJpm(79.6, 'id')).toBe('79,6%');
    expect(formatJpm(80, 'en')).toBe('80%');
  });
});
