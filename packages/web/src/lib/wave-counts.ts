import type { WaveSummary } from '../api/types';

/**
 * Everyone who answered a wave: released into the results, still waiting for a batch of k, or
 * withheld at close. Null for a reader of a slice, who gets no counts of the whole wave.
 */
export function answeredOf(wave: Pick<WaveSummary, 'responses' | 'pending' | 'withheld'>): number | null {
  if (wave.responses === null) return null;
  return wave.responses + (wave.pending ?? 0) + (wave.withheld ?? 0);
}
