import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// Employees' statements of having read an adopted version (migration 0031), and how far each
// version reached: counts only, over the employees as the registry holds them now.

/**
 * Records the employee's statement, with the unit they work in now; a second statement (the same
 * request twice, two tabs at once) finds the first and adds nothing. Answers whether this one was new.
 */
export async function insertAcknowledgement(
  tx: Tx,
  tenantId: number,
  versionId: number,
  employeeId: number,
  at: Date,
): Promise<boolean> {
  const inserted = await tx
    .insertInto('policy_acknowledgement')
    .columns(['tenant_id', 'version_id', 'employee_id', 'unit_id', 'acknowledged_at'])
    .expression((eb) =>
      eb
        .selectFrom('employee as e')
        .select([
          sql<number>`${tenantId}::int`.as('tenant_id'),
          sql<number>`${versionId}::bigint`.as('version_id'),
          'e.id',
          'e.unit_id',
          sql<Date>`${at}::timestamptz`.as('acknowledged_at'),
        ])
        .where('e.id', '=', employeeId),
    )
    .onConflict((oc) => oc.columns(['version_id', 'employee_id', 'tenant_id']).doNothing())
    .returning('employee_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function acknowledgedAt(tx: Tx, versionId: number, employeeId: number) {
  const row = await tx
    .selectFrom('policy_acknowledgement')
    .select('acknowledged_at')
    .where('version_id', '=', versionId)
    .where('employee_id', '=', employeeId)
    .executeTakeFirst();
  return row?.acknowledged_at ?? null;
}

/** Per OPD (the top of the unit's path), its active employees and how many of them acknowledged. */
export function countsPerOpd(tx: Tx, versionId: number) {
  return tx
    .selectFrom('employee as e')
    .innerJoin('unit as u', 'u.id', 'e.unit_id')
    .innerJoin('unit as opd', (join) => join.on(sql<boolean>`opd.id = u.path[1]`))
    .leftJoin('policy_acknowledgement as a', (join) =>
      join.onRef('a.employee_id', '=', 'e.id').on('a.version_id', '=', versionId),
    )
    .where('e.status', '=', 'aktif')
    .groupBy(['opd.id', 'opd.name'])
    .select([
      'opd.id as unit_id',
      'opd.name',
      sql<number>`count(*)::int`.as('employees'),
      sql<number>`count(a.employee_id)::int`.as('acknowledged'),
    ])
    .orderBy('opd.name')
    .orderBy('opd.id')
    .execute();
}

/** For each version, how many active employees acknowledged it; and how many there are. */
export async function acknowledgedShares(tx: Tx, versionIds: readonly number[]) {
  const [total, rows] = await Promise.all([
    tx
      .selectFrom('employee')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('status', '=', 'aktif')
      .executeTakeFirstOrThrow(),
    versionIds.length === 0
      ? Promise.resolve([])
      : tx
          .selectFrom('policy_acknowledgement as a')
          .innerJoin('employee as e', 'e.id', 'a.employee_id')
          .where('e.status', '=', 'aktif')
          .where('a.version_id', 'in', versionIds)
          .groupBy('a.version_id')
          .select(['a.version_id', sql<number>`count(*)::int`.as('n')])
          .execute(),
  ]);
  return { employees: total.n, acknowledged: new Map(rows.map((r) => [r.version_id, r.n])) };
}
