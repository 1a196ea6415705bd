import { QUOTE_MAX_CHARS } from '@jenjang/domain/shared/import-cells';
import { CompiledQuery, sql } from 'kysely';
import { ADVISORY_LOCK } from '../../db/advisory-locks';
import type { Tx } from '../../db/database';

// Merging a staged batch (import_row, see import-staging.repository.ts) into units, positions and
// employees, with a fixed number of set-based statements whatever the batch size.

/**
 * Serialises imports of one tenant: two imports creating the same unit at once would otherwise
 * collide on its unique name, and "the later row wins" must hold across files too.
 */
export async function lockTenantImports(tx: Tx, tenantId: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(${ADVISORY_LOCK.import}, ${tenantId})`.execute(tx);
}

/**
 * Maps the batch's unit paths to units, creating those that do not exist yet: names match
 * case-insensitively under the same parent, one tree level per round, and unit.path is filled.
 */
async function mergeUnits(tx: Tx, tenantId: number, today: string): Promise<void> {
  const added = await sql<{ depth: number | null }>`
    with added as (
      insert into import_unit_map (unit_path)
      select distinct unit_path from import_row where unit_path is not null
      on conflict (unit_path) do nothing
      returning unit_path
    ), nodes as (
      insert into import_unit_node (key, name, depth)
      select distinct on (key) key, names[depth], depth
      from (
        select string_to_array(unit_path, chr(31)) as names, d as depth,
               (string_to_array(lower(unit_path), chr(31)))[1:d] as key
        from added cross join lateral generate_series(1, cardinality(string_to_array(unit_path, chr(31)))) d
      ) s
      order by key, names[depth]
      on conflict (key) do nothing
      returning depth
    )
    select max(depth) as depth from nodes`.execute(tx);
  const depth = added.rows[0]?.depth ?? 0;
  for (let level = 1; level <= depth; level++) {
    await inheritClosure(tx, level);
    await matchExistingUnits(tx, level, today);
    await createMissingUnits(tx, tenantId, level);
  }
  await sql`update import_unit_map m set id = n.id, closed_on = n.closed_on, closed_name = n.closed_name
    from import_unit_node n
    where m.id is null and m.closed_on is null and n.key = string_to_array(lower(m.unit_path), chr(31))`.execute(
    tx,
  );
}

/** Below a closed unit nothing is matched or created: the node carries the closure down. */
async function inheritClosure(tx: Tx, level: number): Promise<void> {
  if (level === 1) return;
  await sql`update import_unit_node n set closed_on = p.closed_on, closed_name = p.closed_name
    from import_unit_node p
    where n.depth = ${level} and n.id is null and n.closed_on is null
      and p.key = n.key[1:${level - 1}] and p.closed_on is not null`.execute(tx);
}

async function matchExistingUnits(tx: Tx, level: number, today: string): Promise<void> {
  await sql`update import_unit_node n set id = u.id, path = u.path,
      closed_on = case when u.closed_on <= ${today}::date then u.closed_on end,
      closed_name = case when u.closed_on <= ${today}::date then u.name end
    from unit u
    where n.depth = ${level} and n.id is null and n.closed_on is null and lower(u.name) = n.key[${level}]
      and coalesce(u.parent_id, 0) = coalesce(
        (select p.id from import_unit_node p where p.key = n.key[1:${level - 1}]), 0)`.execute(tx);
}

async function createMissingUnits(tx: Tx, tenantId: number, level: number): Promise<void> {
  // Ids are drawn first so that each new unit's path (its ancestors, then itself) is written at once.
  await sql`
    with missing as materialized (
      select n.key, n.name, p.id as parent_id, coalesce(p.path, '{}'::bigint[]) as parent_path,
             nextval(pg_get_serial_sequence('unit', 'id')) as id
      from import_unit_node n
      left join import_unit_node p on p.key = n.key[1:${level - 1}]
      where n.depth = ${level} and n.id is null and n.closed_on is null
    ), created as (
      insert into unit (id, tenant_id, parent_id, path, name, kind) overriding system value
      select id, ${tenantId}, parent_id, parent_path || id, name, ${level === 1 ? 'opd' : 'unit'} from missing
    )
    update import_unit_node n set id = m.id, path = m.parent_path || m.id from missing m where n.key = m.key`.execute(
    tx,
  );
}

/**
 * Maps the batch's position names to positions, creating those whose name (case-insensitive) is
 * new with the kind and level most of its rows give; existing positions keep theirs.
 */
async function mergePositions(tx: Tx, tenantId: number): Promise<void> {
  await sql`
    with usage as (
      select position_name, position_kind, position_level, count(*) as uses
      from import_row r
      where position_name is not null
        and not exists (select 1 from import_position_map m where m.position_name = r.position_name)
      group by 1, 2, 3
    )
    insert into position (tenant_id, name, kind, level)
    select distinct on (lower(u.position_name)) ${tenantId}, u.position_name, u.position_kind, u.position_level
    from usage u
    where not exists (select 1 from position p where lower(p.name) = lower(u.position_name))
    order by lower(u.position_name), u.uses desc, u.position_name
    on conflict do nothing`.execute(tx);
  await sql`insert into import_position_map (position_name, id)
    select u.position_name, p.id
    from (select distinct position_name from import_row where position_name is not null) u
    join position p on lower(p.name) = lower(u.position_name)
    on conflict (position_name) do nothing`.execute(tx);
}

/** Ids resolved through the batch's maps; every other column comes from import_row as it is. */
const STAGED_VALUE: Record<string, string> = { position_id: 'pm.id', unit_id: 'um.id' };

/** Employee columns and the file columns that carry them ('always': every file has them). */
const EMPLOYEE_COLUMNS: readonly { column: string; sources: readonly string[] | 'always' }[] = [
  { column: 'employee_type', sources: 'always' },
  { column: 'pns_id', sources: ['pns_id'] },
  { column: 'nip_lama', sources: ['nip_lama'] },
  { column: 'name', sources: 'always' },
  { column: 'front_title', sources: ['gelar_depan'] },
  { column: 'back_title', sources: ['gelar_belakang'] },
  { column: 'birth_date', sources: 'always' },
  { column: 'sex', sources: 'always' },
  { column: 'nik', sources: ['nik'] },
  { column: 'legal_status', sources: ['kedudukan_hukum'] },
  { column: 'golongan', sources: ['gol_akhir', 'golongan'] },
  { column: 'golongan_rank', sources: ['gol_akhir', 'golongan'] },
  { column: 'golongan_initial', sources: ['gol_awal'] },
  { column: 'tmt_cpns', sources: ['tmt_cpns'] },
  { column: 'tmt_pns', sources: ['tmt_pns'] },
  { column: 'tmt_golongan', sources: ['tmt_golongan'] },
  { column: 'tmt_jabatan', sources: ['tmt_jabatan'] },
  { column: 'service_years', sources: ['mk_tahun'] },
  { column: 'service_months', sources: ['mk_bulan'] },
  { column: 'position_id', sources: ['jabatan', 'jenis_jabatan'] },
  { column: 'position_kind', sources: ['jabatan', 'jenis_jabatan'] },
  { column: 'position_level', sources: ['jabatan', 'jenis_jabatan'] },
  { column: 'education_level', sources: ['tingkat_pendidikan'] },
  { column: 'education', sources: ['pendidikan'] },
  { column: 'unit_id', sources: 'always' },
];

/**
 * Inserts new employees and updates existing ones (by NIP); within the batch the last row of a NIP
 * wins. A column the file does not have keeps its stored value, and a row whose values are all
 * unchanged is not written at all, so importing the same file twice changes nothing (updated_at
 * included). Returns how many were inserted; updated NIPs go to import_updated.
 *
 * No statement here reads employee through a join: its statistics do not know about the rows this
 * transaction inserts, and a planner that believes the table empty rescans it for every row. The
 * arbiter index of ON CONFLICT is the only lookup, and it is always an index lookup.
 */
async function upsertEmployees(tx: Tx, tenantId: number, fileColumns: readonly string[]): Promise<number> {
  const present = new Set(fileColumns);
  const updatable = EMPLOYEE_COLUMNS.filter(
    (c) => c.sources === 'always' || c.sources.some((s) => present.has(s)),
  );
  const list = (render: (column: string) => string, columns: readonly { column: string }[] = updatable) =>
    sql.raw(columns.map((c) => render(c.column)).join(', '));
  // created_at = now() marks rows this transaction inserted: updating one of those again (a NIP
  // repeated in a later batch) is not an update of existing data.
  const result = await sql<{ inserted: number }>`
    with upserted as (
      insert into employee (tenant_id, nip, ${list((c) => c, EMPLOYEE_COLUMNS)})
      select distinct on (r.nip) ${tenantId}, r.nip, ${list((c) => STAGED_VALUE[c] ?? `r.${c}`, EMPLOYEE_COLUMNS)}
      from import_row r
      left join import_unit_map um on um.unit_path = r.unit_path
      left join import_position_map pm on pm.position_name = r.position_name
      order by r.nip, r.row_number desc
      on conflict (tenant_id, nip) do update set ${list((c) => `${c} = excluded.${c}`)}, updated_at = now()
      where (${list((c) => `employee.${c}`)}) is distinct from (${list((c) => `excluded.${c}`)})
      returning nip, xmax = 0 as inserted, created_at = now() as created_here
    ), updated as (
      insert into import_updated (nip) select nip from upserted where not created_here
    )
    select count(*) filter (where inserted)::int as inserted from upserted`.execute(tx);
  return result.rows[0]?.inserted ?? 0;
}

export interface ClosedUnitRow {
  rowNumber: number;
  unitPath: string[];
  /** The closed unit on the path (the row's own or an ancestor), and since when. */
  closedUnit: string;
  closedOn: string;
}

/**
 * Takes out the batch's rows whose unit is closed: nobody is placed in a closed unit, and the
 * rows are reported instead. They leave import_seen too, so they supersede no earlier row.
 */
async function refuseClosedUnits(tx: Tx): Promise<ClosedUnitRow[]> {
  const result = await sql<{ row_number: number; unit_path: string; closed_on: string; closed_name: string }>`
    with refused as (
      delete from import_row r using import_unit_map m
      where m.unit_path = r.unit_path and m.closed_on is not null
      returning r.row_number, r.unit_path, m.closed_on, m.closed_name
    ), forgotten as (
      delete from import_seen s using refused x where s.row_number = x.row_number
    )
    select row_number, unit_path, closed_on::text as closed_on, closed_name from refused`.execute(tx);
  return result.rows.map((row) => ({
    rowNumber: Number(row.row_number),
    unitPath: row.unit_path.split('\x1f'),
    closedUnit: row.closed_name,
    closedOn: row.closed_on,
  }));
}

/**
 * Merges the staged batch and empties import_row for the next one; returns the employees
 * inserted and the rows refused because their unit is closed.
 */
export async function mergeBatch(
  tx: Tx,
  target: { tenantId: number; today: string },
  fileColumns: readonly string[],
): Promise<{ inserted: number; closedUnitRows: ClosedUnitRow[] }> {
  await sql`insert into import_seen (nip, row_number) select nip, row_number from import_row`.execute(tx);
  await mergeUnits(tx, target.tenantId, target.today);
  const closedUnitRows = await refuseClosedUnits(tx);
  await mergePositions(tx, target.tenantId);
  const inserted = await upsertEmployees(tx, target.tenantId, fileColumns);
  await sql`truncate import_row`.execute(tx);
  return { inserted, closedUnitRows };
}

/** Existing employees this import changed, each counted once however often its NIP repeated. */
export async function countUpdated(tx: Tx): Promise<number> {
  const result = await sql<{
    count: number;
  }>`select count(distinct nip)::int as count from import_updated`.execute(tx);
  return result.rows[0]?.count ?? 0;
}

/** A job of one of these kinds (an import), or undefined. */
export function findImportJob(tx: Tx, id: string, kinds: string | readonly string[]) {
  return tx
    .selectFrom('job')
    .selectAll()
    .where('id', '=', id)
    .where('kind', 'in', typeof kinds === 'string' ? [kinds] : [...kinds])
    .executeTakeFirst();
}

/**
 * A job's issues in report order. The value is read cut (imports before issue values were cut may
 * have stored a whole 32,767-character cell); the service quotes it (domain quoteCell).
 */
function issuesInOrder(tx: Tx, jobId: string) {
  return tx
    .selectFrom('import_issue')
    .select(['row_number', 'severity', 'column_name', 'code', 'params'])
    .select(sql<string>`left(value, ${QUOTE_MAX_CHARS + 1})`.as('value'))
    .where('job_id', '=', jobId)
    .orderBy('row_number')
    .orderBy('severity')
    .orderBy('column_name')
    .orderBy('code');
}

export type IssueRow = Awaited<ReturnType<ReturnType<typeof issuesInOrder>['execute']>>[number];

export async function listIssues(tx: Tx, jobId: string, page: { offset: number; limit: number }) {
  const [rows, total] = await Promise.all([
    issuesInOrder(tx, jobId).offset(page.offset).limit(page.limit).execute(),
    tx
      .selectFrom('import_issue')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('job_id', '=', jobId)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.count) };
}

const REPORT_CURSOR = 'import_issue_report';

/**
 * Opens a cursor over a job's issues in report order, read page by page with `fetchIssues` while
 * the transaction stays open: the report never holds more than one page.
 */
export async function openIssueCursor(tx: Tx, jobId: string): Promise<void> {
  const query = issuesInOrder(tx, jobId).compile();
  await tx.executeQuery(
    CompiledQuery.raw(`declare ${REPORT_CURSOR} no scroll cursor for ${query.sql}`, [...query.parameters]),
  );
}

/** The next `count` issues of the cursor `openIssueCursor` opened; fewer at the end. */
export async function fetchIssues(tx: Tx, count: number): Promise<IssueRow[]> {
  const result = await sql<IssueRow>`fetch forward ${sql.lit(count)} from ${sql.raw(REPORT_CURSOR)}`.execute(
    tx,
  );
  return result.rows;
}
