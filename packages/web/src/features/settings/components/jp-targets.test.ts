import { describe, expect, it } from 'vitest';
import { jpTargetProblems } from './jp-targets';

const REGULATION = { pnsTarget: 20, pppkTarget: 24, pppkCeiling: 24, minutesPerJp: 45 };

describe('jpTargetProblems', () => {
  it("accepts the regulation's 20 JP, 24 JP and 45-minute JP", () => {
    expect(jpTargetProblems(REGULATION)).toEqual({});
  });

  it('accepts a PPPK without a ceiling', () => {
    expect(jpTargetProblems({ ...REGULATION, pppkCeiling: null })).toEqual({});
  });

  it('refuses a PPPK ceiling below the PPPK target', () => {
    expect(jpTargetProblems({ ...REGULATION, pppkCeiling: 20 })).toEqual({ pppkCeiling: 'ceiling' });
  });

  it('refuses an empty target and a JP of no minutes', () => {
    expect(jpTargetProblems({ ...REGULATION, pnsTarget: Number.NaN, minutesPerJp: 0 })).toEqual({
      pnsTarget: 'range',
      minutesPerJp: 'minutes',
    });
  });
});
