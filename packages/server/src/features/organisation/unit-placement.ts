import { isClosed } from '@jenjang/domain/people/unit-tree.rules';
import type { Tx } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { ProblemError } from '../../http/problem';
import * as repo from './unit.repository';

// What other features call when they place people in units or point at a unit (accounts, surveys,
// employees, imports), inside their own transaction: the organisation keeps the tree's rules.

/**
 * The path of a unit someone is about to be placed in or pointed at (an account's scope, a survey's
 * service unit or audience). Pickers hide closed units, but a request can still name one by id:
 * this refuses it with the unit's name and closing date, and an unknown id with `unknownKey`.
 */
export async function openUnitPath(tx: Tx, unitId: number, unknownKey: string, now: Date): Promise<number[]> {
  const unit = await repo.findUnit(tx, unitId);
  if (!unit) throw new ProblemError(400, unknownKey);
  if (isClosed({ closedOn: unit.closed_on }, await tenantToday(tx, now))) {
    throw new ProblemError(409, 'unit.closedChoose', { name: unit.name, date: unit.closed_on });
  }
  return unit.path;
}

/**
 * Takes the unit tree's lock (unit.repository.ts says what it serialises) for another feature's
 * work: shared to place one person in a unit, exclusive for an import that creates units and
 * places people in them. `waitMs` bounds the wait.
 */
export function lockUnitTree(
  tx: Tx,
  tenantId: number,
  mode: 'shared' | 'exclusive',
  waitMs?: number,
): Promise<void> {
  return repo.lockUnitTree(tx, tenantId, mode, waitMs);
}
