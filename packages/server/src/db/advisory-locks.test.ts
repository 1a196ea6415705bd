import { describe, expect, it } from 'vitest';
import { ADVISORY_LOCK } from './advisory-locks';

describe('advisory lock keys', () => {
  it('gives every lock its own key', () => {
    const keys = Object.values(ADVISORY_LOCK);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
