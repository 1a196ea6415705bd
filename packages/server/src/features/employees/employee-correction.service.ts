import type { CorrectEmployeeBody } from '@jenjang/domain/people/employee-correction.contract';
import {
  type CorrectionInput,
  type CorrectionValues,
  validateCorrection,
} from '@jenjang/domain/people/employee-correction.rules';
import { isClosed } from '@jenjang/domain/people/unit-tree.rules';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import { type Locale, translate } from '../../i18n/translate';
import { lockUnitTree } from '../organisation/unit-placement';
import { findEmployee } from './employee.repository';
import { toDetail } from './employee.service';
import * as repo from './employee-correction.repository';

// An admin corrects one employee's record between imports. The same domain rules as the import
// apply; the record must be the one the admin read (its version), or the answer is 409; the
// audit entry keeps the changed fields only, before and after. The next import still overwrites
// what its file carries: the import is the registry's feed (README, "Correcting an employee").

type Body = z.output<typeof CorrectEmployeeBody>;
type Row = NonNullable<Awaited<ReturnType<typeof repo.lockEmployee>>>;
type Columns = repo.CorrectedColumns;

/** How long placing someone waits for the unit tree (a closure or import may hold it). */
const LOCK_WAIT_MS = 5_000;

/** Field of the request → column of the employee table. */
const COLUMN: Record<keyof CorrectionValues | 'unitId' | 'positionId', keyof Columns> = {
  name: 'name',
  frontTitle: 'front_title',
  backTitle: 'back_title',
  sex: 'sex',
  birthDate: 'birth_date',
  status: 'status',
  golongan: 'golongan',
  golonganRank: 'golongan_rank',
  tmtCpns: 'tmt_cpns',
  tmtPns: 'tmt_pns',
  tmtGolongan: 'tmt_golongan',
  tmtJabatan: 'tmt_jabatan',
  educationLevel: 'education_level',
  education: 'education',
  unitId: 'unit_id',
  positionId: 'position_id',
};

export async function correctEmployee(
  db: Db,
  actor: Actor,
  id: number,
  body: Body,
  locale: Locale,
  now: Date,
) {
  try {
    return await withTenant(db, actor.tenantId, (tx) => correct(tx, actor, id, body, locale, now));
  } catch (error) {
    if ((error as { code?: string }).code === '55P03') throw new ProblemError(409, 'unit.busy');
    throw error;
  }
}

async function correct(tx: Tx, actor: Actor, id: number, body: Body, locale: Locale, now: Date) {
  const { version, unitId, positionId, ...input } = body;
  // Placing someone in a unit must not cross a closure of that unit.
  if (unitId !== undefined) await lockUnitTree(tx, actor.tenantId, 'shared', LOCK_WAIT_MS);
  const row = await repo.lockEmployee(tx, id);
  const current = row && (await repo.findUnitForPlacement(tx, row.unit_id ?? 0));
  // Out of reach looks exactly like absent, as for reading.
  if (!row || !can(actor, 'employee.write', { tenantId: row.tenant_id, unitPath: current?.path ?? null })) {
    throw notFound();
  }
  if (row.version !== version) throw new ProblemError(409, 'employee.stale');
  const today = await tenantToday(tx, now);
  const checked = validateCorrection(
    { nip: row.nip, employeeType: row.employee_type },
    input as CorrectionInput,
    {
      today,
    },
  );
  if (!checked.ok) {
    const fieldErrors = checked.errors.map((issue) => ({
      path: `body/${issue.field}`,
      key: `errors.${issue.code}`,
      params: issue.params ?? {},
    }));
    throw new ProblemError(400, 'employee.correctionInvalid', { count: fieldErrors.length }, fieldErrors);
  }
  const columns = toColumns(checked.values);
  if (unitId !== undefined && unitId !== row.unit_id)
    columns.unit_id = await placement(tx, actor, unitId, today);
  if (positionId !== undefined && positionId !== row.position_id)
    Object.assign(columns, await position(tx, positionId));

  const changes = await changedFields(tx, row, columns);
  if (Object.keys(changes).length > 0) {
    await repo.updateEmployee(tx, id, columns);
    await publish(tx, actor.tenantId, {
      type: 'employee.corrected',
      actorAccountId: actor.accountId,
      payload: {
        employeeId: id,
        nip: row.nip,
        name: row.name,
        changes,
        // Where the employee was as well as where the correction put them.
        unitPath: [...(current?.path ?? []), ...(await placedPath(tx, columns.unit_id))],
      },
    });
  }
  const saved = await findEmployee(tx, id);
  if (!saved) throw notFound();
  return {
    employee: toDetail(saved),
    changed: Object.keys(changes),
    warnings: checked.warnings.map((w) => ({
      field: w.field,
      message: translate(locale, `warnings.${w.code}`, w.params ?? {}),
    })),
  };
}

async function placedPath(tx: Tx, unitId: number | null | undefined): Promise<number[]> {
  if (unitId === undefined || unitId === null) return [];
  return (await repo.findUnitForPlacement(tx, unitId))?.path ?? [];
}

function toColumns(values: CorrectionValues): Columns {
  const columns: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    if (value !== undefined) columns[COLUMN[field as keyof CorrectionValues]] = value;
  }
  return columns as Columns;
}

/** The new unit: this government's, open, and within the actor's reach. */
async function placement(tx: Tx, actor: Actor, unitId: number, today: string): Promise<number> {
  const unit = await repo.findUnitForPlacement(tx, unitId);
  if (!unit) throw new ProblemError(400, 'employee.unitNotFound');
  if (isClosed({ closedOn: unit.closed_on }, today)) {
    throw new ProblemError(409, 'employee.unitClosed', { name: unit.name, date: unit.closed_on });
  }
  if (!can(actor, 'employee.write', { tenantId: actor.tenantId, unitPath: unit.path })) {
    throw new ProblemError(403, 'employee.outOfReach', { name: unit.name });
  }
  return unit.id;
}

/** The position's id with the kind and jenjang its holders carry; none clears all three. */
async function position(tx: Tx, positionId: number | null): Promise<Columns> {
  if (positionId === null) return { position_id: null, position_kind: null, position_level: null };
  const found = await repo.findPosition(tx, positionId);
  if (!found) throw new ProblemError(400, 'employee.positionNotFound');
  return { position_id: found.id, position_kind: found.kind, position_level: found.level };
}

const HIDDEN: ReadonlySet<string> = new Set(['golongan_rank', 'position_kind', 'position_level']);
const FIELD_OF = Object.fromEntries(Object.entries(COLUMN).map(([field, column]) => [column, field]));

/**
 * The fields that really change, before and after, for the audit entry: a unit or position by id
 * and name, so the entry reads the same after a rename; derived columns are left out.
 */
async function changedFields(tx: Tx, row: Row, columns: Columns) {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const [column, after] of Object.entries(columns)) {
    const before = row[column as keyof Row];
    if (before === after || HIDDEN.has(column)) continue;
    const field = FIELD_OF[column] ?? column;
    if (column === 'unit_id') {
      changes[field] = {
        before: { id: before, name: await repo.unitName(tx, before as number | null) },
        after: { id: after, name: await repo.unitName(tx, after as number | null) },
      };
    } else if (column === 'position_id') {
      changes[field] = {
        before: { id: before, name: await repo.positionName(tx, before as number | null) },
        after: { id: after, name: await repo.positionName(tx, after as number | null) },
      };
    } else {
      changes[field] = { before, after };
    }
  }
  return changes;
}
