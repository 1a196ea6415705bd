import { sql } from 'kysely';
import { eachBatch } from '../../db/cursor';
import type { Tx } from '../../db/database';

// The rules of kenaikan pangkat policies state, the people a period's list weighs, their promotions
// and disciplinary sanctions (migrations 0060, 0061).

export interface CandidateRow {
  employeeId: number;
  name: string;
  nip: string;
  employeeType: 'PNS' | 'PPPK';
  golongan: string | null;
  tmtGolongan: string | null;
  education: string | null;
  /** The jenjang of a functional position ('ahli_pertama'), as the registry holds it. */
  positionLevel: string | null;
  unit: string | null;
  unitPath: number[] | null;
  position: string | null;
}

const CANDIDATE = sql`e.id::int as "employeeId", e.name, e.nip, e.employee_type as "employeeType", e.golongan,
  e.tmt_golongan::text as "tmtGolongan", coalesce(e.education_level, e.education) as education,
  e.position_level as "positionLevel", u.name as unit, u.path::int[] as "unitPath", p.name as position`;
const CANDIDATE_FROM = sql`from employee e
  left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
  left join position p on p.tenant_id = e.tenant_id and p.id = e.position_id`;

const ACTIVE_PNS = sql`e.status = 'aktif' and e.employee_type = 'PNS'`;
const underUnit = (unitId: number | undefined) =>
  unitId ? sql`and e.unit_id in (select u.id from unit u where ${unitId}::bigint = any(u.path))` : sql``;

/**
 * Active PNS (of the government, or under `unitId`, or some of them), by name: as a list shows them.
 * `among` narrows them to some ids or to all but some, and `page` to a page of them in that order.
 */
export async function candidates(
  tx: Tx,
  filter: {
    unitId?: number;
    employeeId?: number;
    ids?: readonly number[];
    except?: readonly number[];
    page?: { offset: number; limit: number };
  } = {},
) {
  if (filter.ids?.length === 0) return [];
  const { rows } = await sql<CandidateRow>`select ${CANDIDATE} ${CANDIDATE_FROM}
    where ${ACTIVE_PNS} ${underUnit(filter.unitId)}
      ${filter.employeeId ? sql`and e.id = ${filter.employeeId}` : sql``}
      ${filter.ids ? sql`and e.id = any(${filter.ids}::bigint[])` : sql``}
      ${filter.except?.length ? sql`and not e.id = any(${filter.except}::bigint[])` : sql``}
    order by e.name, e.id
    ${filter.page ? sql`limit ${filter.page.limit} offset ${filter.page.offset}` : sql``}`.execute(tx);
  return rows;
}

/** What the rules weigh of an active PNS (a PNS: the list weighs no PPPK). */
export interface WeighedRow {
  employeeId: number;
  /**
   * Their golongan, TMT golongan, education, jenjang and the annual predikat of each of the `years`
   * asked (in their order, between commas; '' for a year without), as one text of SQL literals
   * between commas (quote_nullable's: NULL, 'III/a', E'with \\ a backslash'; read with inputsOf).
   * Most people's
   * text is someone else's too, so it is read once a group.
   */
  inputs: string;
  /** Only when a search asks (`withNames`). */
  name?: string;
  nip?: string;
}

/** The values of a WeighedRow's `inputs`, in their order. */
export function inputsOf(text: string): (string | null)[] {
  const values: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('NULL', i)) {
      values.push(null);
      i += 5;
      continue;
    }
    // E'…' when the value holds a backslash, which is then doubled; a quote is always doubled.
    const escaped = text[i] === 'E';
    i += escaped ? 2 : 1;
    let value = '';
    for (;;) {
      const c = text[i];
      if (c === undefined) throw new Error(`inputs: an unterminated literal in ${text}`);
      if (c === "'" && text[i + 1] === "'") {
        value += "'";
        i += 2;
      } else if (c === "'") {
        i += 1;
        break;
      } else if (escaped && c === '\\') {
        value += text[i + 1];
        i += 2;
      } else {
        value += c;
        i += 1;
      }
    }
    values.push(value);
    i += 1; // the comma after it
  }
  return values;
}

/**
 * What the rules weigh of every active PNS (of the government, or under `unitId`, or one), with
 * their annual predikat of `years` (one at most a year: migration 0060's key), handed over in
 * batches of `size` through a cursor so that a government's 210,400 rows are never all in memory at
 * once; in no order. No more than that, in two columns, for a list weighs a whole government at
 * once (docs/performance.md, "Promotion eligibility"): each year is a join of its own, and both sides
 * come in employee id order from indexes (migration 0064), so PostgreSQL merges them without
 * reading the tables.
 */
export async function eachWeighedBatch(
  tx: Tx,
  years: readonly number[],
  filter: { unitId?: number; employeeId?: number; withNames?: boolean },
  size: number,
  visit: (rows: WeighedRow[]) => void,
): Promise<void> {
  // Aliases made of a year's position in `years`, never of what a caller sent.
  const alias = (i: number) => sql.raw(`a${i}`);
  const predikats =
    years.length === 0
      ? sql`''`
      : sql`concat_ws(',', ${sql.join(years.map((_, i) => sql`coalesce(${alias(i)}.predikat, '')`))})`;
  const query = sql<WeighedRow>`
    select e.id::int as "employeeId",
      concat_ws(',', quote_nullable(e.golongan), quote_nullable(e.tmt_golongan::text),
        quote_nullable(coalesce(e.education_level, e.education)), quote_nullable(e.position_level),
        quote_nullable(${predikats})) as inputs
      ${filter.withNames ? sql`, e.name, e.nip` : sql``}
    from employee e
    ${sql.join(
      years.map(
        (year, i) => sql`left join performance_appraisal ${alias(i)} on ${alias(i)}.tenant_id = e.tenant_id
          and ${alias(i)}.employee_id = e.id and ${alias(i)}.year = ${year} and ${alias(i)}.period = 'annual'`,
      ),
      sql` `,
    )}
    where ${ACTIVE_PNS} ${underUnit(filter.unitId)}
      ${filter.employeeId ? sql`and e.id = ${filter.employeeId}` : sql``}`;
  await eachBatch(tx, 'promotion_weighed', query, size, visit);
}

/** Sanctions in force at some time on or after `from`, for the given employees (all when null). */
export async function sanctionsSince(tx: Tx, from: string, employeeIds: readonly number[] | null) {
  const { rows } = await sql<{ employeeId: number; from: string; to: string | null }>`
    select s.employee_id::int as "employeeId", s.starts_on::text as "from", s.ends_on::text as "to"
    from disciplinary_sanction s
    where (s.ends_on is null or s.ends_on >= ${from}::date)
      ${employeeIds ? sql`and s.employee_id = any(${employeeIds}::bigint[])` : sql``}`.execute(tx);
  return rows;
}

export interface PromotionRow {
  id: number;
  employeeId: number;
  period: string;
  kind: 'reguler';
  fromGolongan: string;
  toGolongan: string;
  eligible: boolean;
  rulesVersionNumber: number | null;
  state: 'proposed' | 'approved' | 'rejected';
  decreeNumber: string | null;
  decreeDate: string | null;
  tmt: string | null;
  reason: string | null;
  proposedAt: Date;
  decidedAt: Date | null;
}

const PROMOTION = sql`pr.id::int as id, pr.employee_id::int as "employeeId", pr.period::text as period, pr.kind,
  pr.from_golongan as "fromGolongan", pr.to_golongan as "toGolongan", pr.eligible,
  rv.number::int as "rulesVersionNumber", pr.state, pr.decree_number as "decreeNumber",
  pr.decree_date::text as "decreeDate", pr.tmt::text as tmt, pr.reason, pr.proposed_at as "proposedAt",
  pr.decided_at as "decidedAt"`;
const PROMOTION_FROM = sql`from promotion pr
  left join policy_version rv on rv.tenant_id = pr.tenant_id and rv.id = pr.rules_version_id`;

export async function promotionsOfPeriod(tx: Tx, period: string): Promise<PromotionRow[]> {
  const { rows } = await sql<PromotionRow>`select ${PROMOTION} ${PROMOTION_FROM}
    where pr.period = ${period}::date`.execute(tx);
  return rows;
}

export async function promotionsOf(tx: Tx, employeeId: number): Promise<PromotionRow[]> {
  const { rows } = await sql<PromotionRow>`select ${PROMOTION} ${PROMOTION_FROM}
    where pr.employee_id = ${employeeId} order by pr.period desc`.execute(tx);
  return rows;
}

export async function findPromotion(tx: Tx, id: number, options: { lock?: boolean } = {}) {
  const { rows } = await sql<PromotionRow>`select ${PROMOTION} ${PROMOTION_FROM}
    where pr.id = ${id} ${options.lock ? sql`for update of pr` : sql``}`.execute(tx);
  return rows[0];
}

/** Locks the employee's row, so two proposals or two decrees for one person take turns. */
export async function lockEmployee(tx: Tx, employeeId: number) {
  const { rows } = await sql<
    CandidateRow & { status: string }
  >`select ${CANDIDATE}, e.status ${CANDIDATE_FROM}
    where e.id = ${employeeId} for update of e`.execute(tx);
  return rows[0];
}

export async function insertPromotion(
  tx: Tx,
  tenantId: number,
  v: {
    employeeId: number;
    period: string;
    fromGolongan: string;
    toGolongan: string;
    rulesVersionId: number | null;
    eligible: boolean;
    by: number;
    at: Date;
  },
): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`
    insert into promotion (tenant_id, employee_id, period, from_golongan, to_golongan, rules_version_id, eligible,
      proposed_by, proposed_at)
    values (${tenantId}, ${v.employeeId}, ${v.period}, ${v.fromGolongan}, ${v.toGolongan}, ${v.rulesVersionId},
      ${v.eligible}, ${v.by}, ${v.at})
    on conflict (tenant_id, employee_id, period) do nothing returning id::int as id`.execute(tx);
  return rows[0]?.id ?? null;
}

export async function decidePromotion(
  tx: Tx,
  id: number,
  v:
    | { state: 'approved'; decreeNumber: string; decreeDate: string; tmt: string; by: number; at: Date }
    | { state: 'rejected'; reason: string; by: number; at: Date },
) {
  const approved = v.state === 'approved';
  await sql`update promotion set state = ${v.state},
      decree_number = ${approved ? v.decreeNumber : null}, decree_date = ${approved ? v.decreeDate : null},
      tmt = ${approved ? v.tmt : null}, reason = ${approved ? null : v.reason},
      decided_by = ${v.by}, decided_at = ${v.at}
    where id = ${id}`.execute(tx);
}

/** The decree's golongan and TMT become the employee's, as the next SIASN data utama would show them. */
export async function setGolongan(tx: Tx, employeeId: number, golongan: string, rank: number, tmt: string) {
  await sql`update employee set golongan = ${golongan}, golongan_rank = ${rank}, tmt_golongan = ${tmt},
      updated_at = now()
    where id = ${employeeId}`.execute(tx);
}

export interface SanctionRow {
  id: number;
  employeeId: number;
  name: string;
  nip: string;
  level: 'ringan' | 'sedang' | 'berat';
  startsOn: string;
  endsOn: string | null;
  decree: string;
  note: string | null;
}

const SANCTION = sql`s.id::int as id, s.employee_id::int as "employeeId", e.name, e.nip, s.level,
  s.starts_on::text as "startsOn", s.ends_on::text as "endsOn", s.decree, s.note`;

export async function sanctions(tx: Tx, filter: { employeeId?: number; id?: number; lock?: boolean }) {
  const { rows } = await sql<SanctionRow>`select ${SANCTION} from disciplinary_sanction s
    join employee e on e.tenant_id = s.tenant_id and e.id = s.employee_id
    where true ${filter.employeeId ? sql`and s.employee_id = ${filter.employeeId}` : sql``}
      ${filter.id ? sql`and s.id = ${filter.id}` : sql``}
    order by s.starts_on desc, s.id desc ${filter.lock ? sql`for update of s` : sql``}`.execute(tx);
  return rows;
}

export async function insertSanction(
  tx: Tx,
  tenantId: number,
  v: {
    employeeId: number;
    level: string;
    startsOn: string;
    endsOn: string | null;
    decree: string;
    note: string | null;
    by: number;
  },
): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    insert into disciplinary_sanction (tenant_id, employee_id, level, starts_on, ends_on, decree, note, recorded_by)
    values (${tenantId}, ${v.employeeId}, ${v.level}, ${v.startsOn}, ${v.endsOn}, ${v.decree}, ${v.note}, ${v.by})
    returning id::int as id`.execute(tx);
  return rows[0]!.id;
}

export async function endSanction(tx: Tx, id: number, endsOn: string) {
  await sql`update disciplinary_sanction set ends_on = ${endsOn} where id = ${id}`.execute(tx);
}

/** Names and NIPs of some employees, whatever their status. */
export async function employeesNamed(tx: Tx, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const { rows } = await sql<{ employeeId: number; name: string; nip: string }>`
    select e.id::int as "employeeId", e.name, e.nip from employee e where e.id = any(${ids}::bigint[])`.execute(
    tx,
  );
  return rows;
}
