import { type RawBuilder, sql } from 'kysely';
import type { Tx } from './database';

/**
 * A page of an ordered list with the list's whole length, true also past the last page (where a
 * `count(*) over ()` beside the rows would say 0). `listed` selects the list's rows with `ordinal`,
 * their place in its order (`row_number() over (order by …)`); `page` null: the whole list.
 */
export async function pageWithTotal<Row extends object>(
  tx: Tx,
  listed: RawBuilder<unknown>,
  page: { page: number; pageSize: number } | null,
): Promise<{ rows: Row[]; total: number }> {
  const limit = page ? sql`limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}` : sql``;
  const { rows } = await sql<Row & { total: number; ordinal: string | null }>`
    with listed as materialized (${listed})
    select counted.total, shown.*
    from (select count(*)::int as total from listed) counted
    left join lateral (select * from listed order by ordinal ${limit}) shown on true`.execute(tx);
  return {
    total: rows[0]?.total ?? 0,
    rows: rows
      .filter((row) => row.ordinal !== null)
      .map(({ total: _total, ordinal: _ordinal, ...row }) => row as unknown as Row),
  };
}
