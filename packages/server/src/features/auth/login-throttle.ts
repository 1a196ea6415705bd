/**
 * How failed sign-ins slow further attempts (OWASP Authentication Cheat Sheet: progressive delays
 * per account and per address, and "device cookies" so a stranger cannot lock the owner out).
 * Pure: the caller reads the counters and the clock and passes them in.
 *
 * A client (one address, or one device that signed in before) gets `freeFailures` attempts, then
 * waits `firstDelay` after its last failure, doubling with each further failure up to `maxDelay`.
 * Wider scopes use the same curve with a much higher threshold: all unknown clients of one account
 * together (a distributed guess), and one address over all accounts (password spraying).
 */

export type ThrottleScope = 'client' | 'device' | 'account' | 'address';

export interface DelayPolicy {
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

/** Failures remembered in one scope: how many, and when the last one was. */
export interface Streak {
  failures: number;
  lastAt: Date | null;
}

export interface ScopedStreak {
  scope: ThrottleScope;
  streak: Streak;
  policy: DelayPolicy;
}

/** Failures older than this are forgotten, whatever the scope. */
export const FAILURE_MEMORY_MS = 24 * 3_600_000;

/** The wait that `failures` failures in a row impose after the last of them. */
export function delayAfter(failures: number, policy: DelayPolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 30);
  return Math.min(policy.firstDelayMs * 2 ** doublings, policy.maxDelayMs);
}

/** How long, from `now`, the next attempt must wait in one scope (0: it may go ahead). */
export function waitIn(streak: Streak, policy: DelayPolicy, now: Date): number {
  const delay = delayAfter(streak.failures, policy);
  // A free failure never makes anyone wait, even one recorded a moment after `now` by a parallel attempt.
  if (!streak.lastAt || delay === 0) return 0;
  return Math.max(0, streak.lastAt.getTime() + delay - now.getTime());
}

/** The longest wait over every scope that applies to an attempt, and the scope imposing it. */
export function longestWait(streaks: ScopedStreak[], now: Date): { ms: number; scope: ThrottleScope | null } {
  let longest: { ms: number; scope: ThrottleScope | null } = { ms: 0, scope: null };
  for (const { scope, streak, policy } of streaks) {
    const ms = waitIn(streak, policy, now);
    if (ms > longest.ms) longest = { ms, scope };
  }
  return longest;
}

/** The streaks as they stand once the attempt made `now` has failed too. */
export function withFailure(streaks: ScopedStreak[], now: Date): ScopedStreak[] {
  return streaks.map((s) => ({ ...s, streak: { failures: s.streak.failures + 1, lastAt: now } }));
}
