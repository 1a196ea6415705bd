import { describe, expect, it } from 'vitest';
import { CONVENTION_CHOICES, choiceOf, conventionOf } from './ikm-convention-choice';

describe('IKM convention choices', () => {
  it('turns every choice into a convention and back', () => {
    for (const choice of CONVENTION_CHOICES) expect(choiceOf(conventionOf(choice))).toBe(choice);
  });

  it('reads the regulation’s and the practice’s conventions', () => {
    expect(conventionOf('exact')).toEqual({ weight: 'exact', roundDecimals: null });
    expect(conventionOf('0.111:2')).toEqual({ weight: '0.111', roundDecimals: 2 });
    expect(conventionOf('0.111:none')).toEqual({ weight: '0.111', roundDecimals: null });
  });
});
