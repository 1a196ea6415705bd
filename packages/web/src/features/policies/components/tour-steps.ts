// The guided tour walks one policy round its loop: Beranda, the policy and its history, its latest
// evaluation, what the revision changed, the indicators where the revision's impact shows, the
// forum, and the employee's view on a phone. Which policy: the one that has been round the loop
// furthest — in force after a revision, else in force, else any — unless the reader picks another.

export interface TourPolicy {
  id: number;
  state: string;
  inForce: { number: number; effectiveFrom: string } | null;
}

export const TOUR_STEPS = [
  'home',
  'policy',
  'evaluation',
  'compare',
  'indicators',
  'forum',
  'phone',
] as const;
export type TourStep = (typeof TOUR_STEPS)[number];

/**
 * The policy the tour shows unless another is picked: the one furthest round its loop, and among
 * equals the one whose text has been in force longest (a revision has had time to show its impact).
 */
export function tourPolicy<P extends TourPolicy>(policies: readonly P[]): P | null {
  const rank = (policy: P) =>
    policy.state === 'retired' ? 0 : policy.inForce === null ? 1 : policy.inForce.number >= 2 ? 3 : 2;
  const since = (policy: P) => policy.inForce?.effectiveFrom ?? '9999-12-31';
  let best: P | null = null;
  for (const policy of policies) {
    if (best === null || rank(policy) > rank(best)) best = policy;
    else if (rank(policy) === rank(best) && since(policy) < since(best)) best = policy;
  }
  return best;
}

/** The steps seen so far, as kept in the browser: unknown names are dropped. */
export function parseSeen(stored: string | null): TourStep[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return [];
    return TOUR_STEPS.filter((step) => value.includes(step));
  } catch {
    return [];
  }
}
