import type { Actor } from '@jenjang/domain/shared/access';
import type { Tx } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import * as repo from './talent.repository';
import { mayRead } from './talent.service';

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

/**
 * One person's latest placement up to a year, if this reader may see it (themself, or within the
 * reach the talent settings give them: talent.service.ts); null otherwise or when never placed.
 */
export async function latestBoxSeenBy(
  tx: Tx,
  actor: Actor,
  employeeId: number,
  upToYear: number,
  now: Date,
): Promise<LatestBox | null> {
  if (!(await mayRead(tx, actor, employeeId, await tenantToday(tx, now)))) return null;
  const [row] = await repo.latestBoxes(tx, [employeeId], upToYear);
  if (!row) return null;
  const { employeeId: _, ...box } = row;
  return box;
}
