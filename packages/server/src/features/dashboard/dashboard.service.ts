import { type Actor, listScope } from '@jenjang/domain/access';
import { type Db, withTenant } from '../../db/database';
import { headlineFigures } from './dashboard.repository';

/** Headline figures of what the actor may see: the tenant, or their unit subtree. */
export async function dashboard(db: Db, actor: Actor) {
  const figures = await withTenant(db, actor.tenantId, (tx) =>
    headlineFigures(tx, listScope(actor, 'dashboard.read')),
  );
  return {
    employees: figures.totals,
    byUnit: figures.byUnit.map((r) => ({ unitId: r.unit_id, name: r.name, count: r.count })),
    byGolongan: figures.byGolongan,
    byPositionKind: figures.byKind,
  };
}
