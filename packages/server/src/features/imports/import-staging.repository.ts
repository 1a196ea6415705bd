import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { EmployeeRecord } from '@jenjang/domain/people/employee-import.rules';
import { type Golongan, golonganRank } from '@jenjang/domain/people/golongan';
import { CompiledQuery, sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import type { Tx } from '../../db/database';

// Staging: temporary tables (dropped at commit) that valid rows and issues are COPYed into, so that
// the merge into employee, unit and position is a handful of set-based statements per batch.

const FLUSH_CHARS = 1 << 16;
/** Joins unit names in import_row.unit_path; no name typed into a spreadsheet contains it. */
const UNIT_SEPARATOR = '\x1f';

/** Where every import kind collects its issues before they are stored with the job. */
export async function createIssueStaging(tx: Tx): Promise<void> {
  await sql`create temp table import_issue_row (
    row_number bigint not null,
    severity text not null,
    column_name text not null,
    value text not null,
    code text not null,
    params jsonb not null
  ) on commit drop`.execute(tx);
}

/** The employee import's staging tables: its rows, NIPs seen, and maps of names to ids. */
export async function createEmployeeStaging(tx: Tx): Promise<void> {
  // Sorting and hashing staged rows in memory instead of temporary files.
  await sql`select set_config('work_mem', '256MB', true)`.execute(tx);
  await sql`create temp table import_row (
    row_number bigint not null,
    nip text not null,
    employee_type text not null,
    pns_id text,
    nip_lama text,
    name text not null,
    front_title text,
    back_title text,
    birth_date date not null,
    sex text not null,
    nik text,
    legal_status text,
    golongan text,
    golongan_rank smallint,
    golongan_initial text,
    tmt_cpns date,
    tmt_pns date,
    tmt_golongan date,
    tmt_jabatan date,
    service_years smallint,
    service_months smallint,
    position_name text,
    position_kind text,
    position_level text,
    education_level text,
    education text,
    unit_path text
  ) on commit drop`.execute(tx);
  // Every staged NIP with its row, across batches: finds duplicates once the file is read.
  await sql`create temp table import_seen (nip text not null, row_number bigint not null) on commit drop`.execute(
    tx,
  );
  // closed_on/closed_name: the path reaches a unit closed since (itself or an ancestor).
  await sql`create temp table import_unit_map (
    unit_path text primary key, id bigint, closed_on date, closed_name text
  ) on commit drop`.execute(tx);
  await sql`create temp table import_unit_node (
    key text[] primary key, name text not null, depth int not null, id bigint, path bigint[],
    closed_on date, closed_name text
  ) on commit drop`.execute(tx);
  await sql`create temp table import_position_map (position_name text primary key, id bigint) on commit drop`.execute(
    tx,
  );
  await sql`create temp table import_updated (nip text not null) on commit drop`.execute(tx);
}

/**
 * Starts `COPY … FROM STDIN` on the transaction's own connection, so the tenant setting and
 * row-level security apply. Kysely has no COPY API (kysely-org/kysely#1509), but its pg driver hands
 * the query text to client.query() unchanged, and pg runs any object with submit() as a custom query.
 */
async function copyIn(tx: Tx, statement: string): Promise<Writable> {
  const stream = copyFrom(statement);
  await tx.executeQuery({ ...CompiledQuery.raw(''), sql: stream as unknown as string });
  return stream;
}

/** COPYs text (whole lines, see CopyChunks) into a staging table, waiting when PostgreSQL is behind. */
export async function copyText(tx: Tx, table: 'import_row' | 'import_issue_row', chunks: readonly Buffer[]) {
  const stream = await copyIn(tx, `copy ${table} from stdin`);
  // Listening from the start: an unheard COPY error would crash the process instead of failing the job.
  const done = finished(stream);
  done.catch(() => {});
  for (const chunk of chunks) {
    if (stream.errored) break;
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), done]);
  }
  stream.end();
  await done;
}

/**
 * Collects COPY lines into 64 KB buffers, the size a socket write handles well. Converting each
 * chunk to bytes at once matters: lines built by concatenation are rope strings many times their
 * length, and a batch of them would hold hundreds of megabytes until it is sent.
 */
export class CopyChunks {
  lines = 0;
  private chunks: Buffer[] = [];
  private current = '';

  push(line: string): void {
    this.current += line;
    this.lines++;
    if (this.current.length >= FLUSH_CHARS) {
      this.chunks.push(Buffer.from(this.current));
      this.current = '';
    }
  }

  /** The chunks so far, leaving this collector empty. */
  take(): Buffer[] {
    if (this.current !== '') this.chunks.push(Buffer.from(this.current));
    const taken = this.chunks;
    this.chunks = [];
    this.current = '';
    this.lines = 0;
    return taken;
  }
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const NEEDS_ESCAPE_ALL = /[\\\t\n\r]/g;

/** A value in COPY's text format: \N for null, and backslash escapes for the few special bytes. */
function text(value: string | null): string {
  if (value === null) return '\\N';
  return NEEDS_ESCAPE.test(value) ? value.replace(NEEDS_ESCAPE_ALL, (c) => ESCAPES[c] ?? c) : value;
}

function plain(value: string | number | null): string {
  return value === null ? '\\N' : String(value);
}

const rankCache = new Map<string, string>();
function rankOf(golongan: Golongan | null): string {
  if (golongan === null) return '\\N';
  let rank = rankCache.get(golongan);
  if (rank === undefined) {
    rank = String(golonganRank(golongan));
    rankCache.set(golongan, rank);
  }
  return rank;
}

/** One import_row line, columns in table order. Dates, codes and numbers need no escaping. */
export function stagingLine(rowNumber: number, r: EmployeeRecord): string {
  const unitPath = r.unitPath.length === 0 ? '\\N' : text(r.unitPath.join(UNIT_SEPARATOR));
  return `${rowNumber}\t${r.nip}\t${r.employeeType}\t${text(r.pnsId)}\t${text(r.nipLama)}\t${text(r.name)}\t${text(
    r.frontTitle,
  )}\t${text(r.backTitle)}\t${r.birthDate}\t${r.sex}\t${plain(r.nik)}\t${text(r.legalStatus)}\t${plain(
    r.golongan,
  )}\t${rankOf(r.golongan)}\t${plain(r.golonganInitial)}\t${plain(r.tmtCpns)}\t${plain(r.tmtPns)}\t${plain(
    r.tmtGolongan,
  )}\t${plain(r.tmtJabatan)}\t${plain(r.serviceYears)}\t${plain(r.serviceMonths)}\t${text(r.positionName)}\t${plain(
    r.positionKind,
  )}\t${plain(r.positionLevel)}\t${text(r.educationLevel)}\t${text(r.education)}\t${unitPath}\n`;
}

export interface IssueLine {
  rowNumber: number;
  severity: 'error' | 'warning';
  column: string;
  value: string;
  code: string;
  params?: Record<string, string | number> | undefined;
}

export function issueLine(issue: IssueLine): string {
  return `${issue.rowNumber}\t${issue.severity}\t${text(issue.column)}\t${text(issue.value)}\t${text(
    issue.code,
  )}\t${text(JSON.stringify(issue.params ?? {}))}\n`;
}

export async function storeIssues(tx: Tx, ids: { tenantId: number; jobId: string }): Promise<void> {
  await sql`insert into import_issue (tenant_id, job_id, row_number, severity, column_name, value, code, params)
    select ${ids.tenantId}, ${ids.jobId}::uuid, row_number, severity, column_name, value, code, params
    from import_issue_row order by row_number`.execute(tx);
}

/**
 * Duplicate NIPs in one file: the last row won (batches are merged in file order). Each earlier
 * row gets a warning, at most `room` of them stored. Returns how many rows were superseded.
 */
export async function warnDuplicates(
  tx: Tx,
  ids: { tenantId: number; jobId: string },
  nipColumn: string,
  room: number,
): Promise<number> {
  const result = await sql<{ superseded: number }>`
    with last as (
      select nip, max(row_number) as winner from import_seen group by nip having count(*) > 1
    ), superseded as (
      select s.row_number, s.nip, l.winner from import_seen s join last l using (nip) where s.row_number < l.winner
    ), warned as (
      insert into import_issue (tenant_id, job_id, row_number, severity, column_name, value, code, params)
      select ${ids.tenantId}, ${ids.jobId}::uuid, row_number, 'warning', ${nipColumn}, nip, 'import.duplicateNip',
             jsonb_build_object('nip', nip, 'row', winner)
      from superseded order by row_number limit ${room}
    )
    select count(*)::int as superseded from superseded`.execute(tx);
  return result.rows[0]?.superseded ?? 0;
}
