import type { ListScope } from '@jenjang/domain/shared/access';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';

/** Employee ids visible under the scope, as SQL for the aggregates below. */
function scopeFilter(scope: ListScope) {
  if (scope.kind === 'unit') {
    return sql`e.unit_id in (select id from unit where path @> array[${scope.unitId}]::bigint[])`;
  }
  if (scope.kind === 'tenant' || scope.kind === 'allTenants') return sql`true`;
  return sql`false`;
}

/**
 * How deep the units are that the figures are counted per: the top-level OPDs for the whole
 * government, the units right below the scope unit for a subtree (an atasan of an OPD sees its
 * bidang, not one bar holding everyone).
 */
async function groupDepth(tx: Tx, scope: ListScope): Promise<number> {
  if (scope.kind !== 'unit') return 1;
  const row = await sql<{ depth: number | null }>`
    select array_length(path, 1) as depth from unit where id = ${scope.unitId}`.execute(tx);
  return (row.rows[0]?.depth ?? 0) + 1;
}

export async function headlineFigures(tx: Tx, scope: ListScope) {
  const filter = scopeFilter(scope);
  const depth = await groupDepth(tx, scope);
  const totals = await sql<{ total: number; pns: number; pppk: number }>`
    select count(*)::int as total,
           count(*) filter (where employee_type = 'PNS')::int as pns,
           count(*) filter (where employee_type = 'PPPK')::int as pppk
    from employee e where ${filter}`.execute(tx);
  // Counted per unit at that depth; people placed in the scope unit itself count under it.
  const byUnit = await sql<{ unit_id: number; name: string; count: number }>`
    select g.id as unit_id, g.name, count(*)::int as count
    from employee e join unit u on u.id = e.unit_id
    join unit g on g.id = coalesce(u.path[${depth}], u.path[array_length(u.path, 1)])
    where ${filter}
    group by g.id, g.name order by count desc, g.name`.execute(tx);
  const byGolongan = await sql<{ golongan: string; count: number }>`
    select e.golongan, count(*)::int as count from employee e
    where ${filter} and e.golongan is not null
    group by e.golongan, e.golongan_rank order by e.golongan_rank`.execute(tx);
  const byKind = await sql<{ kind: string; count: number }>`
    select e.position_kind as kind, count(*)::int as count from employee e
    where ${filter} and e.position_kind is not null
    group by e.position_kind order by count desc`.execute(tx);
  return { totals: totals.rows[0]!, byUnit: byUnit.rows, byGolongan: byGolongan.rows, byKind: byKind.rows };
}

/**
 * The newest import jobs of the given kinds; `accountId` keeps only that account's own (a scoped
 * admin's: jobs belong to no unit, so it reaches only those it started).
 */
export function recentImports(tx: Tx, kinds: readonly string[], accountId: number | null, limit: number) {
  return tx
    .selectFrom('job')
    .select([
      'id',
      'tenant_id',
      'account_id',
      'kind',
      'status',
      'result',
      'created_at',
      'finished_at',
      'heartbeat_at',
    ])
    .where('kind', 'in', [...kinds])
    .$if(accountId !== null, (q) => q.where('account_id', '=', accountId))
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}
