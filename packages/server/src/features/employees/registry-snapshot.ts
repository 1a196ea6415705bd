import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';
import { withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import type { Scheduler } from '../../platform/jobs/schedule';

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
  const claimed = await tx
    .insertInto('registry_snapshot_month')
    .values({ tenant_id: tenantId, month, taken_at: now })
    .onConflict((oc) => oc.doNothing())
    .returning('month')
    .executeTakeFirst();
  if (!claimed) return false;
  await sql`
    insert into registry_snapshot (tenant_id, month, unit_id, unit_path, active, pppk)
    select ${tenantId}, ${month}::date, e.unit_id, coalesce(u.path, '{}'), count(*)::int,
      (count(*) filter (where e.employee_type = 'PPPK'))::int
    from employee e
    left join unit u on u.id = e.unit_id and u.tenant_id = e.tenant_id
    where e.status = 'aktif'
    group by e.unit_id, u.path`.execute(tx);
  return true;
}

/** The governments whose month at `now` has no snapshot yet (a definer function: no tenant is set). */
async function tenantsDue(db: Db, now: Date): Promise<number[]> {
  const result = await sql<{ id: number }>`select registry_snapshot_due_tenants(${now}) as id`.execute(db);
  return result.rows.map((row) => row.id);
}

/** Takes every due government's snapshot; one government's failure is reported and retried next minute. */
export async function takeDueSnapshots(
  db: Db,
  now: Date,
  onError: (error: unknown, tenantId: number) => void = () => {},
): Promise<number> {
  let taken = 0;
  for (const tenantId of await tenantsDue(db, now)) {
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

export interface RegistryCount {
  /** The month's first day, or null for the figure now. */
  month: string | null;
  takenAt: Date;
  active: number;
  pppk: number;
}

/** The monthly counts of the government or (unitId) a unit with the units then under it, oldest first. */
export async function snapshotCounts(tx: Tx, unitId: number | null): Promise<RegistryCount[]> {
  const rows = await tx
    .selectFrom('registry_snapshot_month as m')
    .leftJoin('registry_snapshot as s', (join) =>
      join
        .onRef('s.month', '=', 'm.month')
        .onRef('s.tenant_id', '=', 'm.tenant_id')
        .$call((j) => (unitId === null ? j : j.on(sql<boolean>`s.unit_path @> array[${unitId}]::bigint[]`))),
    )
    .select([
      sql<string>`to_char(m.month, 'YYYY-MM-DD')`.as('month'),
      'm.taken_at',
      sql<number>`coalesce(sum(s.active), 0)::int`.as('active'),
      sql<number>`coalesce(sum(s.pppk), 0)::int`.as('pppk'),
    ])
    .groupBy(['m.month', 'm.taken_at'])
    .orderBy('m.month')
    .execute();
  return rows.map((r) => ({ month: r.month, takenAt: r.taken_at, active: r.active, pppk: r.pppk }));
}

/** The count now, of the government or a unit's subtree. */
export async function currentCount(tx: Tx, unitId: number | null): Promise<RegistryCount> {
  const row = await tx
    .selectFrom('employee as e')
    .where('e.status', '=', 'aktif')
    .$call((q) =>
      unitId === null
        ? q
        : q.where((eb) =>
            eb(
              'e.unit_id',
              'in',
              eb
                .selectFrom('unit')
                .select('unit.id')
                .where(sql<boolean>`unit.path @> array[${unitId}]::bigint[]`),
            ),
          ),
    )
    .select([
      sql<number>`count(*)::int`.as('active'),
      sql<number>`(count(*) filter (where e.employee_type = 'PPPK'))::int`.as('pppk'),
      sql<Date>`now()`.as('now'),
    ])
    .executeTakeFirstOrThrow();
  return { month: null, takenAt: row.now, active: row.active, pppk: row.pppk };
}
