import type { ListScope } from '@jenjang/domain/access';
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

export async function headlineFigures(tx: Tx, scope: ListScope) {
  const filter = scopeFilter(scope);
  const totals = await sql<{ total: number; pns: number; pppk: number }>`
    select count(*)::int as total,
           count(*) filter (where employee_type = 'PNS')::int as pns,
           count(*) filter (where employee_type = 'PPPK')::int as pppk
    from employee e where ${filter}`.execute(tx);
  // Counted per top-level OPD: the first id of each unit's path.
  const byUnit = await sql<{ unit_id: number; name: string; count: number }>`
    select top.id as unit_id, top.name, count(*)::int as count
    from employee e join unit u on u.id = e.unit_id join unit top on top.id = u.path[1]
    where ${filter}
    group by top.id, top.name order by count desc, top.name`.execute(tx);
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
