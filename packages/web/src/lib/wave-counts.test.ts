import { describe, expect, it } from 'vitest';
import { answeredOf } from './wave-counts';

describe('answeredOf', () => {
  it('adds what was released, what waits and what was withheld', () => {
    expect(answeredOf({ responses: 10, pending: 2, withheld: 1 })).toBe(13);
  });

  it('counts a public wave, whose waiting answers are not told, by what was released', () => {
    expect(answeredOf({ responses: 10, pending: null, withheld: 0 })).toBe(10);
  });

  it('gives nothing to a reader of a slice', () => {
    expect(answeredOf({ responses: null, pending: null, withheld: null })).toBeNull();
  });
});
