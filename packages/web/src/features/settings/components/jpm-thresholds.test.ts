import { describe, expect, it } from 'vitest';
import { jpmThresholdProblems } from './jpm-thresholds';

describe('the JPM cut-offs', () => {
  it('accept the usual 80 and 68, and equal cut-offs', () => {
    expect(jpmThresholdProblems({ meets: 80, stillMeets: 68 })).toEqual({});
    expect(jpmThresholdProblems({ meets: 70, stillMeets: 70 })).toEqual({});
  });

  it('refuse an empty or out-of-range cut-off, and a second cut-off above the first', () => {
    expect(jpmThresholdProblems({ meets: Number.NaN, stillMeets: 68 })).toEqual({ meets: 'range' });
    expect(jpmThresholdProblems({ meets: 101, stillMeets: 0 })).toEqual({
      meets: 'range',
      stillMeets: 'range',
    });
    expect(jpmThresholdProblems({ meets: 68, stillMeets: 80 })).toEqual({ stillMeets: 'order' });
  });
});
