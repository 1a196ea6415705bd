import { MIN_K, suppressGroups } from '../shared/group-suppression.rules';

// When survey figures may be shown, so that no sequence of reads — results now and later, their
// breakdowns, a unit's slice next to the whole, exports — points at fewer than k answers.
//
// 1. Answers reach the results in batches of at least k (`releasable`): comparing the results
//    before and after a batch shows what k or more people said together, never one of them.
// 2. A wave that closes with fewer than k answers waiting withholds them for good (`withheldAtClose`):
//    adding them would make exactly that small difference.
// 3. Figures that split the answers (breakdowns by unit or profile, profile counts, a unit's slice)
//    are shown only for a closed wave's final set: split figures of a growing set could be compared
//    across batches to isolate the few newcomers of one group.
// 4. A unit's slice is shown only if the same unit is a group the wave's breakdown by unit shows:
//    then the slice, the whole and every breakdown are consistent, and subtracting one from another
//    leaves groups of at least k.
//
// Rules 1 and 2 are enforced in the database (survey_release and survey_finalize, migration 0011),
// where the application role cannot read the waiting answers; these functions specify them.

/** The survey's k as applied: never below MIN_K, whatever a caller or a stored value says. */
export const effectiveK = (minGroupSize: number) => Math.max(minGroupSize, MIN_K);

/** Rule 1: how many of the waiting answers move to the results now — all of them, or none. */
export function releasable(waiting: number, k: number, accepting: boolean): number {
  return accepting && waiting >= effectiveK(k) ? waiting : 0;
}

/** Rule 2: the answers still waiting when a wave closes are never released (there are fewer than k). */
export function withheldAtClose(waiting: number, k: number): number {
  return waiting - releasable(waiting, k, true);
}

/** The group of answers without a unit in a breakdown by unit (never shown, always counted). */
export const NO_UNIT = '\u0000none';

export type SliceDisclosure =
  | { shown: true }
  /**
   * notFinal: the wave still takes answers; empty: no answer of the final set lies in the reader's
   * reach; small: a unit of the reach is hidden in the wave's breakdown (under k, or hidden so that
   * subtraction reveals no smaller one).
   */
  | { shown: false; reason: 'notFinal' | 'empty' | 'small' };

/**
 * Rule 4: whether a reader who reaches only part of a wave (its units `sliceKeys`) may see the
 * figures of that part. `unitCounts` counts the wave's final answers per unit (NO_UNIT for those
 * without one), exactly as the breakdown by unit groups them.
 */
export function sliceDisclosure(input: {
  final: boolean;
  unitCounts: readonly { key: string; count: number }[];
  sliceKeys: ReadonlySet<string>;
  k: number;
}): SliceDisclosure {
  if (!input.final) return { shown: false, reason: 'notFinal' };
  const inSlice = input.unitCounts.filter((g) => g.count > 0 && input.sliceKeys.has(g.key));
  if (inSlice.length === 0) return { shown: false, reason: 'empty' };
  const { shown } = suppressGroups(input.unitCounts, effectiveK(input.k));
  return inSlice.every((g) => shown.includes(g.key)) ? { shown: true } : { shown: false, reason: 'small' };
}
