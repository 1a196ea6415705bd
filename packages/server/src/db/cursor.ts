import { type RawBuilder, sql } from 'kysely';
import type { Tx } from './database';

/**
 * Runs `query` through a cursor of the transaction, handing its rows to `visit` `size` at a time: a
 * read of a whole government (hundreds of thousands of rows) never holds them all in memory. A
 * cursor is planned for its first rows unless told otherwise (cursor_tuple_fraction), which picks
 * nested loops where hash or merge joins read everything faster: it is told all rows are wanted.
 * `name` must be a fixed identifier of the caller's, one cursor of that name open at a time.
 */
export async function eachBatch<Row>(
  tx: Tx,
  name: string,
  query: RawBuilder<Row>,
  size: number,
  visit: (rows: Row[]) => Promise<void> | void,
): Promise<void> {
  const cursor = sql.id(name);
  await sql`set local cursor_tuple_fraction = 1`.execute(tx);
  await sql`declare ${cursor} no scroll cursor for ${query}`.execute(tx);
  for (;;) {
    const { rows } = await sql<Row>`fetch forward ${sql.lit(size)} from ${cursor}`.execute(tx);
    if (rows.length > 0) await visit(rows);
    if (rows.length < size) break;
  }
  await sql`close ${cursor}`.execute(tx);
  await sql`reset cursor_tuple_fraction`.execute(tx);
}
