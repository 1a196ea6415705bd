import { sql, type Updateable } from 'kysely';
import type { Tx } from '../../db/database';
import type { EmployeeTable } from '../../db/schema';

// Writing one corrected employee record, only if nobody changed it since it was read.

export type CorrectedColumns = Partial<
  Pick<
    Updateable<EmployeeTable>,
    | 'name'
    | 'front_title'
    | 'back_title'
    | 'sex'
    | 'birth_date'
    | 'status'
    | 'unit_id'
    | 'position_id'
    | 'position_kind'
    | 'position_level'
    | 'golongan'
    | 'golongan_rank'
    | 'tmt_cpns'
    | 'tmt_pns'
    | 'tmt_golongan'
    | 'tmt_jabatan'
    | 'education_level'
    | 'education'
  >
>;

/** The record locked for this transaction, with its version (xmin): what the correction compares. */
export function lockEmployee(tx: Tx, id: number) {
  return tx
    .selectFrom('employee')
    .selectAll()
    .select(sql<string>`xmin::text`.as('version'))
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateEmployee(tx: Tx, id: number, values: CorrectedColumns): Promise<void> {
  await tx
    .updateTable('employee')
    .set({ ...values, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export function findUnitForPlacement(tx: Tx, id: number) {
  return tx
    .selectFrom('unit')
    .select(['id', 'name', 'path', 'closed_on'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findPosition(tx: Tx, id: number) {
  return tx
    .selectFrom('position')
    .select(['id', 'name', 'kind', 'level'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function unitName(tx: Tx, id: number | null) {
  if (id === null) return Promise.resolve(null);
  return tx
    .selectFrom('unit')
    .select('name')
    .where('id', '=', id)
    .executeTakeFirst()
    .then((row) => row?.name ?? null);
}

export function positionName(tx: Tx, id: number | null) {
  if (id === null) return Promise.resolve(null);
  return tx
    .selectFrom('position')
    .select('name')
    .where('id', '=', id)
    .executeTakeFirst()
    .then((row) => row?.name ?? null);
}
