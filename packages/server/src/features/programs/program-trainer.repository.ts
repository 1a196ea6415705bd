import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// The trainers (narasumber) of batches: who teaches which batch, and which account signs in for them.

/** Whether the account is among the batch's trainers. */
export async function isBatchTrainer(tx: Tx, batchId: number, accountId: number): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (
      select 1 from program_batch_trainer where batch_id = ${batchId} and account_id = ${accountId}
    ) as found`.execute(tx);
  return rows[0]?.found ?? false;
}
