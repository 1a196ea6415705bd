import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firings, type MeasuredPoint, type TriggerRule } from './trigger.rules';

const point = (label: string, value: number | null, provisional = false): MeasuredPoint => ({
  at: `2026-0${label.length}-01T00:00:00.000Z`,
  label,
  value,
  provisional,
});
const UP = { direction: 'up' as const, target: 3.5 };
const DOWN = { direction: 'down' as const, target: 0.2 };

const arbPoints = fc.array(
  fc.record({
    at: fc.constant(''),
    label: fc.string({ maxLength: 4 }),
    value: fc.option(fc.double({ min: -10, max: 10, noNaN: true }), { nil: null }),
    provisional: fc.boolean(),
  }),
  { maxLength: 12 },
);
const arbRule: fc.Arbitrary<TriggerRule> = fc.oneof(
  fc.record({
    kind: fc.constant('below' as const),
    threshold: fc.double({ min: -10, max: 10, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('above' as const),
    threshold: fc.double({ min: -10, max: 10, noNaN: true }),
  }),
  fc.constant({ kind: 'missesTarget' as const }),
  fc.record({ kind: fc.constant('fallsBy' as const), amount: fc.double({ min: 0.01, max: 5, noNaN: true }) }),
);
const arbIndicator = fc.record({
  direction: fc.constantFrom('up' as const, 'down' as const),
  target: fc.double({ min: -10, max: 10, noNaN: true }),
});

describe('indicator triggers', () => {
  it('fires below and above a threshold, at the threshold neither', () => {
    const points = [point('a', 2.9), point('bb', 3), point('ccc', 3.1)];
    expect(firings({ kind: 'below', threshold: 3 }, UP, points).map((f) => f.label)).toEqual(['a']);
    expect(firings({ kind: 'above', threshold: 3 }, UP, points).map((f) => f.label)).toEqual(['ccc']);
  });

  it('fires when a value misses the target in the indicator’s direction', () => {
    expect(
      firings({ kind: 'missesTarget' }, UP, [point('a', 3.4), point('bb', 3.5)]).map((f) => f.label),
    ).toEqual(['a']);
    expect(
      firings({ kind: 'missesTarget' }, DOWN, [point('a', 0.2), point('bb', 0.25)]).map((f) => f.label),
    ).toEqual(['bb']);
  });

  it('fires on a fall of at least the amount from the previous final value, as the Tanjungbalai promotion score fell', () => {
    const points = [point('Semester I', 3.1), point('Semester II', 2.8), point('Semester III', 3.4)];
    expect(firings({ kind: 'fallsBy', amount: 0.3 }, UP, points)).toEqual([
      { at: points[1]!.at, label: 'Semester II', value: 2.8, previous: 3.1 },
    ]);
    expect(firings({ kind: 'fallsBy', amount: 0.31 }, UP, points)).toEqual([]);
    // Going down, a rise is the fall.
    expect(
      firings({ kind: 'fallsBy', amount: 0.05 }, DOWN, [point('a', 0.1), point('bb', 0.2)]),
    ).toHaveLength(1);
  });

  it('never fires on a provisional value or one withheld under the k rule, and measures a fall past them', () => {
    const points = [point('a', 3.1), point('bb', 1, true), point('ccc', null), point('dddd', 2.7)];
    expect(firings({ kind: 'below', threshold: 3 }, UP, points).map((f) => f.label)).toEqual(['dddd']);
    expect(firings({ kind: 'fallsBy', amount: 0.4 }, UP, points)[0]?.previous).toBe(3.1);
  });

  it('fires only on final measurements with a value, each at most once, in their order', () => {
    fc.assert(
      fc.property(arbRule, arbIndicator, arbPoints, (rule, indicator, raw) => {
        const points = raw.map((p, i) => ({ ...p, at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() }));
        const fired = firings(rule, indicator, points);
        const final = points.filter((p) => !p.provisional && p.value !== null);
        expect(fired.length).toBeLessThanOrEqual(final.length);
        expect(new Set(fired.map((f) => f.at)).size).toBe(fired.length);
        expect(fired.map((f) => f.at)).toEqual([...fired.map((f) => f.at)].sort());
        for (const f of fired) expect(final.some((p) => p.at === f.at && p.value === f.value)).toBe(true);
      }),
    );
  });

  it('gives the same firings for the final measurements whatever provisional ones come later', () => {
    fc.assert(
      fc.property(arbRule, arbIndicator, arbPoints, arbPoints, (rule, indicator, before, after) => {
        const final = before.map((p, i) => ({
          ...p,
          provisional: false,
          at: `2026-01-${String(i + 1).padStart(2, '0')}`,
        }));
        const pending = after.map((p, i) => ({
          ...p,
          provisional: true,
          at: `2027-01-${String(i + 1).padStart(2, '0')}`,
        }));
        expect(firings(rule, indicator, [...final, ...pending])).toEqual(firings(rule, indicator, final));
      }),
    );
  });

  it('a target missed going up is one met going down with the values mirrored', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        (value, target) => {
          const up = firings({ kind: 'missesTarget' }, { direction: 'up', target }, [
            point('a', value),
          ]).length;
          const down = firings({ kind: 'missesTarget' }, { direction: 'down', target: -target }, [
            point('a', -value),
          ]).length;
          expect(up).toBe(down);
        },
      ),
    );
  });
});
