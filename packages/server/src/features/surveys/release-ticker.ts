import type { Db } from '../../db/database';
import { withTenant } from '../../db/database';
import { startTicker, type Ticker } from './invitation-ticker';
import {
  claimDueRelease,
  dueReleases,
  finalizeWave,
  releaseWaiting,
  tenantsWithDueReleases,
} from './response.repository';

// Releases public survey answers on their schedule (migration 0017): once a day at midnight on the
// government's clock, and when a wave's window passes — never because someone reads the results or
// answers, which let an attacker time k − 1 answers of its own around one citizen's. The database
// decides whether a batch may go (due, k distinct sources); this only asks at the right moments.
//
// A stopgap riding on the invitation ticker's loop until issue 8's scheduler. Several processes may
// tick at once: each wave is claimed with FOR UPDATE SKIP LOCKED in a transaction of its own (so a
// batch shares its transaction id with nothing else), and survey_release moves the wave's next
// release forward under its own lock, so a schedule releases once however many processes tick.

export const RELEASE_TICK_MS = 30_000;

/**
 * Releases (or closes, when their window has passed) every wave due now, government by government;
 * returns how many answers reached the results. One government's failure does not hold back the
 * others: it is reported and retried next tick.
 */
export async function releaseDueWaves(
  db: Db,
  onError: (error: unknown, tenantId: number) => void = () => {},
): Promise<number> {
  let released = 0;
  for (const tenantId of await tenantsWithDueReleases(db)) {
    try {
      for (const { id } of await withTenant(db, tenantId, (tx) => dueReleases(tx))) {
        released += await withTenant(db, tenantId, async (tx) => {
          const wave = await claimDueRelease(tx, id);
          if (!wave) return 0;
          if (wave.expired) {
            await finalizeWave(tx, id, false);
            return 0;
          }
          return releaseWaiting(tx, id);
        });
      }
    } catch (error) {
      onError(error, tenantId);
    }
  }
  return released;
}

/** Ticks at once (releases that fell due while no server ran) and then every `intervalMs`. */
export function startReleaseTicker(
  db: Db,
  options: { intervalMs?: number; onError: (error: unknown) => void },
): Ticker {
  return startTicker(() => releaseDueWaves(db, options.onError), {
    intervalMs: options.intervalMs ?? RELEASE_TICK_MS,
    onError: options.onError,
  });
}
