import { describe, expect, it } from 'vitest';
import { progressOf, responseRate } from './wave-progress';

describe('progressOf', () => {
  it('measures citizens against the minimum sample, not yet met', () => {
    expect(progressOf(139, 278)).toEqual({ percent: 50, met: false });
  });

  it('is met at the minimum sample and caps the bar at full', () => {
    expect(progressOf(278, 278)?.met).toBe(true);
    expect(progressOf(400, 278)).toEqual({ percent: 100, met: true });
  });

  it('has nothing to measure against without a target', () => {
    expect(progressOf(10, null)).toBeNull();
    expect(progressOf(10, 0)).toBeNull();
  });
});

describe('responseRate', () => {
  it('is the share of the invited who answered', () => {
    expect(responseRate(30, 120)).toBe(0.25);
  });

  it('is unknown when nobody was invited', () => {
    expect(responseRate(0, 0)).toBeNull();
  });
});
