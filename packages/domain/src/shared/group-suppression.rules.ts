// k-anonymity for results pages: which groups of a breakdown may be shown, so that no cell — and
// nothing computed from the cells shown and the total — points at fewer than k respondents.

/** Code-point order: the same in every browser and on the server, unlike a locale's collation. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The smallest group a breakdown may show (by sex, age band, education, occupation): SKM respondents
 * give coarse demographics and never identities (PermenPANRB 14/2017), and a cell of one or two
 * respondents would point at people. Deployments may raise it, never lower it.
 */
export const MIN_K = 3;

export interface Suppression {
  /** Keys shown, in the order given. */
  shown: string[];
  /** Keys hidden, in the order given; shown together as "other" when `otherCount` is not null. */
  suppressed: string[];
  /** Respondents in the hidden groups, when they are at least k; otherwise null (nothing to show). */
  otherCount: number | null;
}

/**
 * k-anonymity for results: a group of fewer than k respondents is hidden. When the hidden groups
 * hold between 1 and k − 1 respondents together, the total minus the shown groups would reveal
 * them, so the smallest shown groups (ties by key) are hidden too until the hidden total reaches k
 * or nothing is shown. This protects one breakdown; crossing breakdowns is a caller's concern.
 */
export function suppressGroups(groups: readonly { key: string; count: number }[], k: number): Suppression {
  if (!Number.isInteger(k) || k < MIN_K)
    throw new RangeError(`k must be a whole number ≥ ${MIN_K}, not ${k}`);
  if (new Set(groups.map((g) => g.key)).size !== groups.length)
    throw new RangeError('a group key is repeated');
  if (groups.some((g) => !Number.isInteger(g.count) || g.count < 0)) {
    throw new RangeError('a group count is a whole number ≥ 0');
  }
  const hidden = new Set(groups.filter((g) => g.count < k).map((g) => g.key));
  let hiddenTotal = groups.reduce((sum, g) => sum + (hidden.has(g.key) ? g.count : 0), 0);
  const candidates = groups
    .filter((g) => !hidden.has(g.key))
    .sort((a, b) => a.count - b.count || byCodePoint(a.key, b.key));
  for (const group of candidates) {
    if (hiddenTotal === 0 || hiddenTotal >= k) break;
    hidden.add(group.key);
    hiddenTotal += group.count;
  }
  return {
    shown: groups.filter((g) => !hidden.has(g.key)).map((g) => g.key),
    suppressed: groups.filter((g) => hidden.has(g.key)).map((g) => g.key),
    otherCount: hiddenTotal >= k ? hiddenTotal : null,
  };
}
