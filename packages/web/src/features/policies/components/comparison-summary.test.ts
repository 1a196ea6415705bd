import { describe, expect, it } from 'vitest';
import { countKinds } from './comparison-summary';

describe('countKinds', () => {
  it('counts each kind of change in a fixed order and leaves out what did not change', () => {
    const kinds = ['deleted', 'unchanged', 'modified', 'added', 'modified', 'unchanged'] as const;
    expect(countKinds(kinds.map((kind) => ({ kind })))).toEqual([
      ['added', 1],
      ['modified', 2],
      ['deleted', 1],
    ]);
  });
});
