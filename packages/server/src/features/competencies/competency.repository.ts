import type { CompetencyType } from '@jenjang/domain/competency/competency-dictionary';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import type { Locale } from '../../i18n/translate';

// The dictionary a government assesses against: its rows for the national competencies (texts read
// from the shared reference, in the reader's language) and its own technical ones (their texts and
// levels in competency and competency_level).

export interface LevelText {
  level: number;
  descriptor: string;
  indicators: string[];
}

export interface CompetencyRow {
  id: number;
  code: string;
  type: CompetencyType;
  national: boolean;
  name: string;
  definition: string | null;
  levels: LevelText[];
  positionCount: number;
  assessed: boolean;
}

/** A national competency's texts in the reader's language; a government's own as written. */
function texts(locale: Locale) {
  const name = locale === 'en' ? sql.ref('r.name_en') : sql.ref('r.name_id');
  const definition = locale === 'en' ? sql.ref('r.definition_en') : sql.ref('r.definition_id');
  const descriptor = locale === 'en' ? sql.ref('rl.descriptor_en') : sql.ref('rl.descriptor_id');
  const indicators = locale === 'en' ? sql.ref('rl.indicators_en') : sql.ref('rl.indicators_id');
  return { name, definition, descriptor, indicators };
}

/** Every competency of the government: the dictionary's in its order, then its own by code. */
export async function listCompetencies(
  tx: Tx,
  locale: Locale,
  filter: { ids?: readonly number[] } = {},
): Promise<CompetencyRow[]> {
  const t = texts(locale);
  const ids = filter.ids ? sql`and c.id = any(${sql.val([...filter.ids])}::bigint[])` : sql``;
  const { rows } = await sql<CompetencyRow>`
    select c.id::int as id, c.code, c.type, c.reference_code is not null as national,
      coalesce(${t.name}, c.name) as name,
      case when r.code is null then c.definition else ${t.definition} end as definition,
      coalesce(case when r.code is null
          then (select json_agg(json_build_object('level', l.level, 'descriptor', l.descriptor,
                  'indicators', l.indicators) order by l.level)
                from competency_level l where l.competency_id = c.id)
          else (select json_agg(json_build_object('level', rl.level, 'descriptor', ${t.descriptor},
                  'indicators', ${t.indicators}) order by rl.level)
                from competency_reference_level rl where rl.code = r.code)
        end, '[]'::json) as levels,
      (select count(*) from position_competency pc where pc.competency_id = c.id)::int as "positionCount",
      exists (select 1 from competency_assessment a where a.tenant_id = c.tenant_id
        and a.competency_id = c.id) as assessed
    from competency c
    left join competency_reference r on r.code = c.reference_code
    where true ${ids}
    order by r.sort nulls last, c.code`.execute(tx);
  return rows;
}

export async function findCompetency(tx: Tx, id: number, locale: Locale): Promise<CompetencyRow | undefined> {
  return (await listCompetencies(tx, locale, { ids: [id] }))[0];
}

/** Every competency's id, code, type and name in the reader's language, in the dictionary's order. */
export async function competencyNames(tx: Tx, locale: Locale) {
  const t = texts(locale);
  const { rows } = await sql<{ id: number; code: string; type: CompetencyType; name: string }>`
    select c.id::int as id, c.code, c.type, coalesce(${t.name}, c.name) as name
    from competency c left join competency_reference r on r.code = c.reference_code
    order by r.sort nulls last, c.code`.execute(tx);
  return rows;
}

/** One competency's code, or undefined when the government has none of that id. */
export async function findCompetencyCode(tx: Tx, id: number): Promise<string | undefined> {
  return (await tx.selectFrom('competency').select('code').where('id', '=', id).executeTakeFirst())?.code;
}

/** Every competency's id by its code (codes are stored normalised: competency-dictionary.ts). */
export async function competencyIdsByCode(tx: Tx): Promise<Map<string, number>> {
  const rows = await tx.selectFrom('competency').select(['id', 'code']).execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

export interface TechnicalValues {
  code: string;
  name: string;
  definition: string | null;
  levels: readonly LevelText[];
}

export async function insertTechnical(tx: Tx, tenantId: number, values: TechnicalValues): Promise<number> {
  const { id } = await tx
    .insertInto('competency')
    .values({
      tenant_id: tenantId,
      code: values.code,
      type: 'teknis',
      name: values.name,
      definition: values.definition,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceLevels(tx, tenantId, id, values.levels);
  return id;
}

/** Changes a technical competency; its levels become exactly those given. */
export async function updateTechnical(tx: Tx, tenantId: number, id: number, values: TechnicalValues) {
  await tx
    .updateTable('competency')
    .set({ code: values.code, name: values.name, definition: values.definition })
    .where('id', '=', id)
    .where('type', '=', 'teknis')
    .execute();
  await tx.deleteFrom('competency_level').where('competency_id', '=', id).execute();
  await replaceLevels(tx, tenantId, id, values.levels);
}

async function replaceLevels(tx: Tx, tenantId: number, id: number, levels: readonly LevelText[]) {
  if (levels.length === 0) return;
  await tx
    .insertInto('competency_level')
    .values(
      levels.map((l) => ({
        tenant_id: tenantId,
        competency_id: id,
        level: l.level,
        descriptor: l.descriptor,
        indicators: l.indicators,
      })),
    )
    .execute();
}

/** Locks the competency's row for a change or removal; undefined when it does not exist. */
export function lockCompetency(tx: Tx, id: number) {
  return tx
    .selectFrom('competency')
    .select(['id', 'code', 'type', 'name', 'reference_code'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function deleteTechnical(tx: Tx, id: number) {
  await tx.deleteFrom('competency').where('id', '=', id).where('type', '=', 'teknis').execute();
}

/** Whether a standard or an assessment names the competency. */
export async function competencyInUse(tx: Tx, id: number): Promise<boolean> {
  const { rows } = await sql<{ used: boolean }>`select
    exists (select 1 from position_competency where competency_id = ${id})
    or exists (select 1 from competency_assessment a where a.tenant_id = current_tenant_id()
      and a.competency_id = ${id}) as used`.execute(tx);
  return rows[0]?.used ?? false;
}
