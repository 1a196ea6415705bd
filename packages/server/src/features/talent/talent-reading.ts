import type { Tx } from '../../db/database';
import * as repo from './talent.repository';

// What other features read of talent mapping, inside their own transaction and after their own
// authorisation: each person's latest box and its recommendation (programs' eligibility, the IDP).

export type LatestBox = Omit<repo.LatestBoxRow, 'employeeId'>;

/** Each person's placement in the latest year placed that holds them; absent: never placed. */
export async function latestBoxes(
  tx: Tx,
  employeeIds: readonly number[] | null,
): Promise<Map<number, LatestBox>> {
  const rows = await repo.latestBoxes(tx, employeeIds);
  return new Map(rows.map(({ employeeId, ...box }) => [employeeId, box]));
}
