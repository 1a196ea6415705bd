import type { CompetencyType } from '@jenjang/domain/competency/competency-dictionary';
import type { DevelopmentPath } from '@jenjang/domain/competency/development-paths';
import type { PlanState } from '@jenjang/domain/competency/development-plan.rules';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import type { Locale } from '../../i18n/translate';

// Development plans and their items. Money is numeric in the database and a number here (rupiah
// with cents fit a double exactly up to 2^53 / 100).

export interface PlanRow {
  id: number;
  year: number;
  unitId: number | null;
  unitName: string | null;
  unitPath: number[] | null;
  state: PlanState;
  budget: number | null;
  policyId: number | null;
  note: string | null;
  updatedAt: Date;
}

function plans(tx: Tx) {
  return tx
    .selectFrom('development_plan as p')
    .leftJoin('unit as u', (join) =>
      join.onRef('u.tenant_id', '=', 'p.tenant_id').onRef('u.id', '=', 'p.unit_id'),
    )
    .select([
      'p.id',
      'p.year',
      'p.unit_id as unitId',
      'u.name as unitName',
      'u.path as unitPath',
      'p.state',
      'p.budget',
      'p.policy_id as policyId',
      'p.note',
      'p.updated_at as updatedAt',
    ]);
}

const toPlan = (row: Omit<PlanRow, 'budget'> & { budget: string | null }): PlanRow => ({
  ...row,
  budget: row.budget === null ? null : Number(row.budget),
});

export async function listPlans(tx: Tx, year: number | undefined): Promise<PlanRow[]> {
  let query = plans(tx);
  if (year !== undefined) query = query.where('p.year', '=', year);
  const rows = await query
    .orderBy('p.year', 'desc')
    .orderBy(sql`p.unit_id nulls first`)
    .orderBy('u.name')
    .execute();
  return rows.map(toPlan);
}

export async function findPlan(tx: Tx, id: number, options: { lock?: boolean } = {}) {
  let query = plans(tx).where('p.id', '=', id);
  if (options.lock) query = query.forUpdate('p');
  const row = await query.executeTakeFirst();
  return row ? toPlan(row) : undefined;
}

export async function findPlanOf(tx: Tx, year: number, unitId: number | null) {
  const row = await plans(tx)
    .where('p.year', '=', year)
    .where((eb) => (unitId === null ? eb('p.unit_id', 'is', null) : eb('p.unit_id', '=', unitId)))
    .executeTakeFirst();
  return row ? toPlan(row) : undefined;
}

export async function insertPlan(
  tx: Tx,
  values: { tenantId: number; year: number; unitId: number | null; budget: number | null; createdBy: number },
) {
  const { id } = await tx
    .insertInto('development_plan')
    .values({
      tenant_id: values.tenantId,
      year: values.year,
      unit_id: values.unitId,
      budget: values.budget === null ? null : String(values.budget),
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updatePlan(
  tx: Tx,
  id: number,
  values: { budget?: number | null; note?: string | null; policyId?: number | null; state?: PlanState },
) {
  await tx
    .updateTable('development_plan')
    .set({
      ...(values.budget !== undefined
        ? { budget: values.budget === null ? null : String(values.budget) }
        : {}),
      ...(values.note !== undefined ? { note: values.note } : {}),
      ...(values.policyId !== undefined ? { policy_id: values.policyId } : {}),
      ...(values.state !== undefined ? { state: values.state } : {}),
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export interface ItemValues {
  competencyId: number | null;
  title: string;
  targetGroup: string;
  pathCode: DevelopmentPath;
  jp: number;
  participants: number;
  estimatedCost: number;
  priority: number;
  basis: 'gap' | 'stated' | 'talent' | 'manual';
  evidence: Record<string, unknown> | null;
  rationale: string | null;
  policyId: number | null;
  fromItemId: number | null;
}

export interface ItemRow extends Omit<ItemValues, 'competencyId'> {
  id: number;
  competency: { id: number; code: string; name: string; type: CompetencyType } | null;
  fromUnit: { id: number; name: string } | null;
}

/** The plans' items in their order, with each competency's name in the reader's language. */
export async function itemsOf(
  tx: Tx,
  planIds: readonly number[],
  locale: Locale,
): Promise<Map<number, ItemRow[]>> {
  const byPlan = new Map<number, ItemRow[]>(planIds.map((id) => [id, []]));
  if (planIds.length === 0) return byPlan;
  const name = locale === 'en' ? sql.ref('r.name_en') : sql.ref('r.name_id');
  const { rows } = await sql<ItemRow & { planId: number; jp: string; estimatedCost: string }>`
    select i.plan_id::int as "planId", i.id::int as id, i.title, i.target_group as "targetGroup",
      i.path_code as "pathCode", i.jp, i.participants, i.estimated_cost as "estimatedCost", i.priority,
      i.basis, i.evidence, i.rationale, i.policy_id::int as "policyId", i.from_item_id::int as "fromItemId",
      case when c.id is null then null else json_build_object('id', c.id, 'code', c.code,
        'name', coalesce(${name}, c.name), 'type', c.type) end as competency,
      case when fu.id is null then null else json_build_object('id', fu.id, 'name', fu.name) end as "fromUnit"
    from development_plan_item i
    left join competency c on c.tenant_id = i.tenant_id and c.id = i.competency_id
    left join competency_reference r on r.code = c.reference_code
    left join development_plan_item fi on fi.tenant_id = i.tenant_id and fi.id = i.from_item_id
    left join development_plan fp on fp.tenant_id = fi.tenant_id and fp.id = fi.plan_id
    left join unit fu on fu.tenant_id = fp.tenant_id and fu.id = fp.unit_id
    where i.plan_id = any(${sql.val([...planIds])}::bigint[])
    order by i.plan_id, i.position, i.id`.execute(tx);
  for (const { planId, ...row } of rows) {
    byPlan.get(planId)?.push({ ...row, jp: Number(row.jp), estimatedCost: Number(row.estimatedCost) });
  }
  return byPlan;
}

export async function insertItems(tx: Tx, tenantId: number, planId: number, items: readonly ItemValues[]) {
  if (items.length === 0) return [];
  const { next } = await tx
    .selectFrom('development_plan_item')
    .select(sql<number>`coalesce(max(position), 0) + 1`.as('next'))
    .where('plan_id', '=', planId)
    .executeTakeFirstOrThrow();
  const rows = await tx
    .insertInto('development_plan_item')
    .values(
      items.map((item, i) => ({
        tenant_id: tenantId,
        plan_id: planId,
        competency_id: item.competencyId,
        title: item.title,
        target_group: item.targetGroup,
        path_code: item.pathCode,
        jp: String(item.jp),
        participants: item.participants,
        estimated_cost: String(item.estimatedCost),
        priority: item.priority,
        basis: item.basis,
        evidence: item.evidence === null ? null : JSON.stringify(item.evidence),
        rationale: item.rationale,
        policy_id: item.policyId,
        from_item_id: item.fromItemId,
        position: Number(next) + i,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function updateItem(
  tx: Tx,
  planId: number,
  itemId: number,
  item: Omit<ItemValues, 'basis' | 'evidence' | 'fromItemId'>,
) {
  const result = await tx
    .updateTable('development_plan_item')
    .set({
      competency_id: item.competencyId,
      title: item.title,
      target_group: item.targetGroup,
      path_code: item.pathCode,
      jp: String(item.jp),
      participants: item.participants,
      estimated_cost: String(item.estimatedCost),
      priority: item.priority,
      rationale: item.rationale,
      policy_id: item.policyId,
      updated_at: sql`now()`,
    })
    .where('id', '=', itemId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteItem(tx: Tx, planId: number, itemId: number) {
  const result = await tx
    .deleteFrom('development_plan_item')
    .where('id', '=', itemId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Removes the plan's generated items (a new proposal replaces them; items added by hand stay). */
export async function deleteGenerated(tx: Tx, planId: number) {
  await tx
    .deleteFrom('development_plan_item')
    .where('plan_id', '=', planId)
    .where('basis', '!=', 'manual')
    .execute();
}

/**
 * Per competency not required of them, how many active employees of the scope hold it at
 * `talentLevel` or above: talent beyond their standard.
 */
export async function talents(tx: Tx, root: { id: number } | null, talentLevel: number) {
  const inTree = root ? sql`u.path @> array[${root.id}]::bigint[]` : sql`true`;
  const { rows } = await sql<{ competencyId: number; code: string; type: CompetencyType; people: number }>`
    select c.id::int as "competencyId", c.code, c.type, count(*)::int as people
    from competency_current cur
    join employee e on e.tenant_id = cur.tenant_id and e.id = cur.employee_id
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    join competency c on c.tenant_id = cur.tenant_id and c.id = cur.competency_id
    where e.status = 'aktif' and cur.level >= ${talentLevel} and ${inTree}
      and not exists (select 1 from position_competency pc where pc.tenant_id = e.tenant_id
        and pc.position_id = e.position_id and pc.competency_id = cur.competency_id)
    group by c.id, c.code, c.type`.execute(tx);
  return rows;
}

/** Whether the unit is an OPD: at the top of the tree and open. */
export async function isOpd(tx: Tx, unitId: number) {
  const unit = await tx
    .selectFrom('unit')
    .select(['id'])
    .where('id', '=', unitId)
    .where('parent_id', 'is', null)
    .where('closed_on', 'is', null)
    .executeTakeFirst();
  return unit !== undefined;
}

/** Whether the policy exists in the government. */
export async function policyExists(tx: Tx, policyId: number) {
  return (
    (await tx.selectFrom('policy').select('id').where('id', '=', policyId).executeTakeFirst()) !== undefined
  );
}
