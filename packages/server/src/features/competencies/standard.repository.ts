import type { CompetencyType } from '@jenjang/domain/competency/competency-dictionary';
import type { ListScope } from '@jenjang/domain/shared/access';
import { sql } from 'kysely';
import { countedAt } from '../../db/counted-at';
import type { Tx } from '../../db/database';
import type { Locale } from '../../i18n/translate';

// Standar Kompetensi Jabatan: per position, the level each competency it requires is required at.

export interface RequirementRow {
  competencyId: number;
  code: string;
  name: string;
  type: CompetencyType;
  requiredLevel: number;
}

/** The standards of these positions, each in the dictionary's order. */
export async function standardsOf(
  tx: Tx,
  positionIds: readonly number[],
  locale: Locale,
): Promise<Map<number, RequirementRow[]>> {
  const byPosition = new Map<number, RequirementRow[]>(positionIds.map((id) => [id, []]));
  if (positionIds.length === 0) return byPosition;
  const name = locale === 'en' ? sql.ref('r.name_en') : sql.ref('r.name_id');
  const { rows } = await sql<RequirementRow & { positionId: number }>`
    select pc.position_id::int as "positionId", c.id::int as "competencyId", c.code, c.type,
      coalesce(${name}, c.name) as name, pc.required_level as "requiredLevel"
    from position_competency pc
    join competency c on c.tenant_id = pc.tenant_id and c.id = pc.competency_id
    left join competency_reference r on r.code = c.reference_code
    where pc.position_id = any(${sql.val([...positionIds])}::bigint[])
    order by pc.position_id, r.sort nulls last, c.code`.execute(tx);
  for (const { positionId, ...requirement } of rows) byPosition.get(positionId)?.push(requirement);
  return byPosition;
}

/** These positions, each with its holders counted within `counts` (null where it reaches nowhere). */
export async function positionsWithHolders(tx: Tx, ids: readonly number[], counts: ListScope) {
  if (ids.length === 0) return [];
  const counted = countedAt(counts, sql.ref('u.path'));
  const holders =
    counts.kind === 'tenant' || counts.kind === 'unit'
      ? sql<number | null>`(select count(*) from employee e left join unit u on u.id = e.unit_id
          where e.position_id = p.id and e.status = 'aktif' and ${counted})::int`
      : sql<number | null>`null::int`;
  return tx
    .selectFrom('position as p')
    .select(['p.id', 'p.name'])
    .select(holders.as('holderCount'))
    .where('p.id', 'in', [...ids])
    .execute();
}

/** Locks the positions' rows, so two changes of one standard apply one after the other. */
export async function lockPositions(tx: Tx, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return tx
    .selectFrom('position')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** The competencies among these ids that exist in the government. */
export async function existingCompetencies(tx: Tx, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .selectFrom('competency')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export interface RequiredLevel {
  competencyId: number;
  requiredLevel: number;
}

/** Makes the position's standard exactly these requirements. */
export async function replaceStandard(
  tx: Tx,
  tenantId: number,
  positionId: number,
  requirements: readonly RequiredLevel[],
) {
  await tx.deleteFrom('position_competency').where('position_id', '=', positionId).execute();
  await upsertRequirements(tx, tenantId, positionId, requirements);
}

/** Sets these requirements of the position, leaving its others as they are. */
export async function upsertRequirements(
  tx: Tx,
  tenantId: number,
  positionId: number,
  requirements: readonly RequiredLevel[],
) {
  if (requirements.length === 0) return;
  await tx
    .insertInto('position_competency')
    .values(
      requirements.map((r) => ({
        tenant_id: tenantId,
        position_id: positionId,
        competency_id: r.competencyId,
        required_level: r.requiredLevel,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['position_id', 'competency_id', 'tenant_id']).doUpdateSet({
        required_level: (eb) => eb.ref('excluded.required_level'),
        updated_at: sql`now()`,
      }),
    )
    .execute();
}

/** Every position's id and name by its name in lower case (names are unique so: position_name). */
export async function positionsByName(tx: Tx): Promise<Map<string, { id: number; name: string }>> {
  const rows = await tx.selectFrom('position').select(['id', 'name']).execute();
  return new Map(rows.map((r) => [r.name.toLowerCase(), r]));
}
