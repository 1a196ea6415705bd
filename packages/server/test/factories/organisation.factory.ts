import type { Insertable } from 'kysely';
import { withTenant } from '../../src/db/database';
import type { PositionTable } from '../../src/db/schema';
import type { TestContext } from '../harness';

export interface UnitRef {
  id: number;
  path: number[];
}

/** A unit (an OPD at the top, or under `parent`), with its path as the tree keeps it. */
export async function createUnit(ctx: TestContext, tenantId: number, name: string, parent?: UnitRef) {
  return withTenant(ctx.db, tenantId, async (tx) => {
    const unit = await tx
      .insertInto('unit')
      .values({ tenant_id: tenantId, parent_id: parent?.id ?? null, name, path: [], kind: 'opd' })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    const unitPath = [...(parent?.path ?? []), unit.id];
    await tx.updateTable('unit').set({ path: unitPath }).where('id', '=', unit.id).execute();
    return { id: unit.id, path: unitPath } satisfies UnitRef;
  });
}

/** A position (jabatan): a pelaksana one unless `kind` and `level` say otherwise. */
export async function buildPosition(
  ctx: TestContext,
  tenantId: number,
  values: Partial<Pick<Insertable<PositionTable>, 'name' | 'kind' | 'level'>> = {},
) {
  return withTenant(ctx.db, tenantId, (tx) =>
    tx
      .insertInto('position')
      .values({
        tenant_id: tenantId,
        name: values.name ?? 'Pengadministrasi Perkantoran',
        kind: values.kind === undefined ? 'pelaksana' : values.kind,
        level: values.level ?? null,
      })
      .returning(['id', 'name'])
      .executeTakeFirstOrThrow(),
  );
}

/**
 * A position's competency standard: a technical competency for each code, each required at `level`
 * (3 unless said). Returns the competencies' ids in the codes' order.
 */
export async function buildStandard(
  ctx: TestContext,
  tenantId: number,
  positionId: number,
  codes: readonly string[],
  level = 3,
) {
  return withTenant(ctx.db, tenantId, async (tx) => {
    const made: number[] = [];
    for (const code of codes) {
      const competency = await tx
        .insertInto('competency')
        .values({ tenant_id: tenantId, code, type: 'teknis', name: `Kompetensi ${code}` })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('position_competency')
        .values({
          tenant_id: tenantId,
          position_id: positionId,
          competency_id: competency.id,
          required_level: level,
        })
        .execute();
      made.push(competency.id);
    }
    return made;
  });
}
