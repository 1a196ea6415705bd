import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_K, suppressGroups } from './group-suppression.rules';

describe('suppressGroups', () => {
  const g = (entries: Record<string, number>) =>
    Object.entries(entries).map(([key, count]) => ({ key, count }));

  it('shows every group when each has at least k respondents', () => {
    expect(suppressGroups(g({ a: 10, b: 5, c: 3 }), 3)).toEqual({
      shown: ['a', 'b', 'c'],
      suppressed: [],
      otherCount: null,
    });
  });

  it('hides small groups and shows them together when they add up to k', () => {
    expect(suppressGroups(g({ a: 10, b: 1, c: 2 }), 3)).toEqual({
      shown: ['a'],
      suppressed: ['b', 'c'],
      otherCount: 3,
    });
  });

  it('also hides the smallest shown group when the hidden ones hold fewer than k', () => {
    // c alone (2) could be recovered as total − a − b; hiding b too makes "other" 7.
    expect(suppressGroups(g({ a: 10, b: 5, c: 2 }), 3)).toEqual({
      shown: ['a'],
      suppressed: ['b', 'c'],
      otherCount: 7,
    });
  });

  it('breaks a tie between the smallest shown groups by key', () => {
    expect(suppressGroups(g({ y: 4, x: 4, z: 1 }), 3)).toEqual({
      shown: ['y'],
      suppressed: ['x', 'z'],
      otherCount: 5,
    });
  });

  it('hides everything, with no count, when even all groups together are fewer than k', () => {
    expect(suppressGroups(g({ a: 1, b: 1 }), 3)).toEqual({
      shown: [],
      suppressed: ['a', 'b'],
      otherCount: null,
    });
  });

  it('hides empty groups without hiding others, since an empty remainder reveals nobody', () => {
    expect(suppressGroups(g({ a: 0, b: 5 }), 3)).toEqual({
      shown: ['b'],
      suppressed: ['a'],
      otherCount: null,
    });
  });

  it('applies a larger k', () => {
    expect(suppressGroups(g({ a: 12, b: 6, c: 4 }), 5)).toEqual({
      shown: ['a'],
      suppressed: ['b', 'c'],
      otherCount: 10,
    });
  });

  it('refuses a k below the minimum of 3, and malformed groups', () => {
    expect(MIN_K).toBe(3);
    expect(() => suppressGroups(g({ a: 5 }), 2)).toThrow(RangeError);
    expect(() => suppressGroups(g({ a: 5 }), 3.5)).toThrow(RangeError);
    expect(() =>
      suppressGroups(
        [
          { key: 'a', count: 5 },
          { key: 'a', count: 1 },
        ],
        3,
      ),
    ).toThrow(RangeError);
    expect(() => suppressGroups([{ key: 'a', count: -1 }], 3)).toThrow(RangeError);
  });

  const groups = fc.uniqueArray(
    fc.record({ key: fc.string({ minLength: 1, maxLength: 3 }), count: fc.nat(20) }),
    {
      selector: (group) => group.key,
      maxLength: 10,
    },
  );
  const k = fc.integer({ min: MIN_K, max: 10 });

  it('shows only groups of at least k, and hides 0 or at least k respondents unless it hides everything', () => {
    fc.assert(
      fc.property(groups, k, (list, kk) => {
        const { shown, suppressed, otherCount } = suppressGroups(list, kk);
        const count = new Map(list.map((x) => [x.key, x.count]));
        expect([...shown, ...suppressed].sort()).toEqual(list.map((x) => x.key).sort());
        for (const key of shown) expect(count.get(key)!).toBeGreaterThanOrEqual(kk);
        const hidden = suppressed.reduce((sum, key) => sum + count.get(key)!, 0);
        if (shown.length > 0) expect(hidden === 0 || hidden >= kk).toBe(true);
        expect(otherCount).toBe(hidden >= kk ? hidden : null);
      }),
    );
  });

  it('never lets a small group be recovered by subtracting the shown groups from the total', () => {
    fc.assert(
      fc.property(groups, k, (list, kk) => {
        const { shown } = suppressGroups(list, kk);
        if (shown.length === 0) return;
        const total = list.reduce((sum, x) => sum + x.count, 0);
        const shownTotal = list.filter((x) => shown.includes(x.key)).reduce((sum, x) => sum + x.count, 0);
        const remainder = total - shownTotal;
        // The remainder is all an onlooker can compute; it never equals a small, non-empty group.
        for (const x of list)
          if (!shown.includes(x.key) && x.count > 0 && x.count < kk) expect(remainder).not.toBe(x.count);
        expect(remainder === 0 || remainder >= kk).toBe(true);
      }),
    );
  });

  it('hides at most one group of k or more, and only when the small ones need cover', () => {
    fc.assert(
      fc.property(groups, k, (list, kk) => {
        const { suppressed } = suppressGroups(list, kk);
        const small = list.filter((x) => x.count < kk);
        const smallTotal = small.reduce((sum, x) => sum + x.count, 0);
        const extra = suppressed.length - small.length;
        if (smallTotal === 0 || smallTotal >= kk) expect(extra).toBe(0);
        else expect(extra).toBe(list.length > small.length ? 1 : 0);
      }),
    );
  });
});
