import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DelayPolicy, delayAfter, longestWait, waitIn, withFailure } from './login-throttle';

const policy: DelayPolicy = { freeFailures: 5, firstDelayMs: 30_000, maxDelayMs: 15 * 60_000 };
const at = (iso: string) => new Date(iso);

describe('delayAfter', () => {
  it('imposes no wait for the free failures, then 30 s doubling up to the 15-minute cap', () => {
    expect([0, 1, 4].map((n) => delayAfter(n, policy))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 500].map((n) => delayAfter(n, policy) / 1000)).toEqual([
      30, 60, 120, 240, 480, 900, 900, 900,
    ]);
  });

  it('never shrinks as failures grow and never passes the cap', () => {
    fc.assert(
      fc.property(fc.nat(10_000), (n) => {
        expect(delayAfter(n + 1, policy)).toBeGreaterThanOrEqual(delayAfter(n, policy));
        expect(delayAfter(n, policy)).toBeLessThanOrEqual(policy.maxDelayMs);
      }),
    );
  });
});

describe('waitIn', () => {
  it('counts the wait from the last failure', () => {
    const streak = { failures: 6, lastAt: at('2026-03-01T08:00:00Z') };
    expect(waitIn(streak, policy, at('2026-03-01T08:00:20Z'))).toBe(40_000);
    expect(waitIn(streak, policy, at('2026-03-01T08:01:00Z'))).toBe(0);
  });

  it('lets a client without failures go ahead', () => {
    expect(waitIn({ failures: 0, lastAt: null }, policy, at('2026-03-01T08:00:00Z'))).toBe(0);
  });
});

describe('longestWait', () => {
  it('takes the longest wait of every scope and names it', () => {
    const now = at('2026-03-01T08:00:10Z');
    const last = at('2026-03-01T08:00:00Z');
    const wait = longestWait(
      [
        { scope: 'client', streak: { failures: 2, lastAt: last }, policy },
        { scope: 'account', streak: { failures: 52, lastAt: last }, policy: { ...policy, freeFailures: 50 } },
      ],
      now,
    );
    expect(wait).toEqual({ ms: 110_000, scope: 'account' });
  });

  it('after the failure that reaches the threshold, asks the first wait', () => {
    const now = at('2026-03-01T08:00:00Z');
    const streaks = withFailure([{ scope: 'client', streak: { failures: 4, lastAt: null }, policy }], now);
    expect(longestWait(streaks, now)).toEqual({ ms: 30_000, scope: 'client' });
  });
});

describe('parallel attempts', () => {
  it('a free failure recorded just after `now` by a parallel attempt imposes no wait', () => {
    const streak = { failures: 3, lastAt: at('2026-03-01T08:00:00.050Z') };
    expect(waitIn(streak, policy, at('2026-03-01T08:00:00.000Z'))).toBe(0);
  });
});
