import { sql } from 'kysely';
import type { Db } from '../../db/database';

/** Whether any account exists in any tenant (migration 0014: a SECURITY DEFINER function). */
export async function hasAccounts(db: Db): Promise<boolean> {
  const result = await sql<{ found: boolean }>`select instance_has_accounts() as found`.execute(db);
  return result.rows[0]?.found ?? false;
}
