import type { CompetencyType } from '@jenjang/domain/competency/competency-dictionary';
import type { DevelopmentPath } from '@jenjang/domain/competency/development-paths';
import type { IdpState } from '@jenjang/domain/competency/idp.rules';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import type { Locale } from '../../i18n/translate';

// Individual development plans and their activities.

export interface IdpRow {
  id: number;
  employeeId: number;
  year: number;
  state: IdpState;
  note: string | null;
  agreedBy: string | null;
  agreedAt: Date | null;
}

export async function findIdp(tx: Tx, employeeId: number, year: number, options: { lock?: boolean } = {}) {
  let query = tx
    .selectFrom('development_idp as i')
    .leftJoin('account as a', (join) =>
      join.onRef('a.tenant_id', '=', 'i.tenant_id').onRef('a.id', '=', 'i.agreed_by'),
    )
    .select([
      'i.id',
      'i.employee_id as employeeId',
      'i.year',
      'i.state',
      'i.note',
      'a.display_name as agreedBy',
      'i.agreed_at as agreedAt',
    ])
    .where('i.employee_id', '=', employeeId)
    .where('i.year', '=', year);
  if (options.lock) query = query.forUpdate('i');
  return (await query.executeTakeFirst()) as IdpRow | undefined;
}

export async function insertIdp(tx: Tx, tenantId: number, employeeId: number, year: number) {
  const { id } = await tx
    .insertInto('development_idp')
    .values({ tenant_id: tenantId, employee_id: employeeId, year })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateIdp(
  tx: Tx,
  id: number,
  values: { state?: IdpState; note?: string | null; agreedBy?: number | null },
) {
  await tx
    .updateTable('development_idp')
    .set({
      ...(values.state !== undefined ? { state: values.state } : {}),
      ...(values.note !== undefined ? { note: values.note } : {}),
      ...(values.agreedBy !== undefined
        ? { agreed_by: values.agreedBy, agreed_at: values.agreedBy === null ? null : sql`now()` }
        : {}),
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export interface IdpItemValues {
  competencyId: number | null;
  activity: string;
  pathCode: DevelopmentPath;
  jp: number;
  dueOn: string | null;
  completedOn: string | null;
  policyId: number | null;
}

export async function itemsOf(tx: Tx, idpId: number, locale: Locale) {
  const name = locale === 'en' ? sql.ref('r.name_en') : sql.ref('r.name_id');
  const { rows } = await sql<{
    id: number;
    competency: { id: number; code: string; name: string; type: CompetencyType } | null;
    activity: string;
    pathCode: DevelopmentPath;
    jp: string;
    dueOn: string | null;
    completedOn: string | null;
    policyId: number | null;
  }>`
    select i.id::int as id, i.activity, i.path_code as "pathCode", i.jp, i.due_on::text as "dueOn",
      i.completed_on::text as "completedOn", i.policy_id::int as "policyId",
      case when c.id is null then null else json_build_object('id', c.id, 'code', c.code,
        'name', coalesce(${name}, c.name), 'type', c.type) end as competency
    from development_idp_item i
    left join competency c on c.tenant_id = i.tenant_id and c.id = i.competency_id
    left join competency_reference r on r.code = c.reference_code
    where i.idp_id = ${idpId}
    order by i.position, i.id`.execute(tx);
  return rows.map((r) => ({ ...r, jp: Number(r.jp) }));
}

/** Makes the plan's activities exactly these, in this order. */
export async function replaceItems(tx: Tx, tenantId: number, idpId: number, items: readonly IdpItemValues[]) {
  await tx.deleteFrom('development_idp_item').where('idp_id', '=', idpId).execute();
  if (items.length === 0) return;
  await tx
    .insertInto('development_idp_item')
    .values(
      items.map((item, position) => ({
        tenant_id: tenantId,
        idp_id: idpId,
        competency_id: item.competencyId,
        activity: item.activity,
        path_code: item.pathCode,
        jp: String(item.jp),
        due_on: item.dueOn,
        completed_on: item.completedOn,
        policy_id: item.policyId,
        position,
      })),
    )
    .execute();
}
