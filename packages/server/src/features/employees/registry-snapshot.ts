import type { Db, Tx } from '../../db/database';
import { withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import type { Scheduler } from '../../platform/jobs/schedule';
import * as repo from './registry-snapshot.repository';

// The registry's monthly snapshots (migration 0036): the employee table holds each person as they
// are now, so what a registry figure was last month is what was counted then. The first sweep of a
// government's month (on its own clock) counts its active employees per unit, PPPK among them,
// with each unit's place in the tree as it stood. The month's mark is inserted first, keyed, so two
// processes sweeping at once count once; a month no server ran in is simply missing.

/** The first day of the government's month at `now`. */
export async function monthOf(tx: Tx, now: Date): Promise<string> {
  return `${(await tenantToday(tx, now)).slice(0, 7)}-01`;
}

/** Takes this government's snapshot of the month of `now`, unless taken; whether this call took it. */
export async function takeSnapshot(tx: Tx, tenantId: number, now: Date): Promise<boolean> {
  const month = await monthOf(tx, now);
  if (!(await repo.claimMonth(tx, tenantId, month, now))) return false;
  await repo.insertCounts(tx, tenantId, month);
  return true;
}

/** Takes every due government's snapshot; one government's failure is reported and retried next minute. */
export async function takeDueSnapshots(
  db: Db,
  now: Date,
  onError: (error: unknown, tenantId: number) => void = () => {},
): Promise<number> {
  let taken = 0;
  for (const tenantId of await repo.tenantsDue(db, now)) {
    try {
      if (await withTenant(db, tenantId, (tx) => takeSnapshot(tx, tenantId, now))) taken++;
    } catch (error) {
      onError(error, tenantId);
    }
  }
  return taken;
}

/** The snapshots' sweep, on the shared queue every minute with the others (platform/jobs/schedule.ts). */
export function registerRegistrySchedules(
  schedules: Scheduler,
  log: { error: (details: object, message: string) => void },
): void {
  schedules.sweep('registry.snapshots', ({ db, clock }) =>
    takeDueSnapshots(db, clock.now(), (error, tenantId) =>
      log.error({ err: error, tenantId }, 'taking the registry snapshot failed'),
    ),
  );
}
