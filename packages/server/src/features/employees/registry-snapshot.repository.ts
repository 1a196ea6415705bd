import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';

// The registry's monthly snapshots (migration 0036, registry-snapshot.ts): the month's mark, the
// counts per unit, and the figures read back for indicators.

/** Marks the government's month as counted; false when another sweep marked it first. */
export async function claimMonth(tx: Tx, tenantId: number, month: string, now: Date): Promise<boolean> {
  const claimed = await tx
    .insertInto('registry_snapshot_month')
    .values({ tenant_id: tenantId, month, taken_at: now })
    .onConflict((oc) => oc.doNothing())
    .returning('month')
    .executeTakeFirst();
  return claimed !== undefined;
}

/** Counts the active employees per unit, PPPK among them, with each unit's place in the tree now. */
export async function insertCounts(tx: Tx, tenantId: number, month: string): Promise<void> {
  await sql`
    insert into registry_snapshot (tenant_id, month, unit_id, unit_path, active, pppk)
    select ${tenantId}, ${month}::date, e.unit_id, coalesce(u.path, '{}'), count(*)::int,
      (count(*) filter (where e.employee_type = 'PPPK'))::int
    from employee e
    left join unit u on u.id = e.unit_id and u.tenant_id = e.tenant_id
    where e.status = 'aktif'
    group by e.unit_id, u.path`.execute(tx);
}

/** The governments whose month at `now` has no snapshot yet (a definer function: no tenant is set). */
export async function tenantsDue(db: Db, now: Date): Promise<number[]> {
  const result = await sql<{ id: number }>`select registry_snapshot_due_tenants(${now}) as id`.execute(db);
  return result.rows.map((row) => row.id);
}

/** A unit of the government (row-level security: another government's is not found), by id. */
export function findUnitName(tx: Tx, unitId: number) {
  return tx.selectFrom('unit').select(['id', 'name']).where('id', '=', unitId).executeTakeFirst();
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
