import type { TalentRecommendation } from '@jenjang/domain/talent/nine-box.contract';
import type { NineBoxInput, PerformanceBand, PotentialBand } from '@jenjang/domain/talent/nine-box.rules';
import { sql } from 'kysely';
import { eachBatch } from '../../db/cursor';
import { containsPattern, type Tx } from '../../db/database';

// Talent mapping (migration 0062): what a year's placement reads of each person, the year's mapping
// and placements, and the component points the agency gives.

/** What the nine-box reads of one active PNS for a year. */
export interface TalentInputRow {
  employeeId: number;
  predikat: string | null;
  education: string | null;
  tmtCpns: string | null;
  /** Of their position's standard: how many competencies, how many assessed, Σ levels, Σ required. */
  required: number;
  assessed: number;
  actualSum: number | null;
  requiredSum: number | null;
  programs: number;
  /** 'performance:innovation' → points. */
  scores: Record<string, number> | null;
}

/** A training window: certificates issued within it count. */
export type TrainingWindow = { from: string; to: string };

/** Each person's certificates issued in the window that stand (employee_id, programs). */
const programsIn = (window: TrainingWindow) => sql`
  select a.employee_id, count(*)::int as programs
  from program_certificate c
  join program_application a on a.tenant_id = c.tenant_id and a.id = c.application_id
  where c.revoked_at is null and c.issued_on between ${window.from}::date and ${window.to}::date
  group by a.employee_id`;

/** The statement of what the nine-box reads of every active PNS (or one), ordered by id. */
function talentInputsQuery(year: number, trainingWindow: TrainingWindow, filter: { employeeId?: number }) {
  return sql<TalentInputRow>`
    with certs as (${programsIn(trainingWindow)}),
    standard as (
      select pc.position_id, count(*)::int as required, sum(pc.required_level)::int as required_sum
      from position_competency pc
      group by pc.position_id),
    held as (
      select cur.employee_id, count(*)::int as assessed, sum(cur.level)::int as actual_sum
      from competency_current cur
      join employee e on e.tenant_id = cur.tenant_id and e.id = cur.employee_id
      join position_competency pc on pc.tenant_id = cur.tenant_id and pc.position_id = e.position_id
        and pc.competency_id = cur.competency_id
      where e.status = 'aktif' and e.employee_type = 'PNS'
        ${filter.employeeId ? sql`and cur.employee_id = ${filter.employeeId}` : sql``}
      group by cur.employee_id),
    scores as (
      select s.employee_id, jsonb_object_agg(s.axis || ':' || s.component, s.points) as scores
      from talent_score s where s.year = ${year}
      group by s.employee_id)
    select e.id::int as "employeeId", a.predikat,
      coalesce(e.education_level, e.education) as education, e.tmt_cpns::text as "tmtCpns",
      coalesce(st.required, 0) as required, coalesce(h.assessed, 0) as assessed,
      h.actual_sum as "actualSum", st.required_sum as "requiredSum",
      coalesce(c.programs, 0) as programs, sc.scores
    from employee e
    left join performance_appraisal a on a.tenant_id = e.tenant_id and a.employee_id = e.id
      and a.year = ${year} and a.period = 'annual'
    left join standard st on st.position_id = e.position_id
    left join held h on h.employee_id = e.id
    left join certs c on c.employee_id = e.id
    left join scores sc on sc.employee_id = e.id
    where e.status = 'aktif' and e.employee_type = 'PNS'
      ${filter.employeeId ? sql`and e.id = ${filter.employeeId}` : sql``}
    order by e.id`;
}

/**
 * One active PNS's inputs for a year: the year's annual predikat, the current competency levels
 * against their position's standard, certificates issued in [from, to] that stand, and the points.
 */
export async function talentInputsOf(
  tx: Tx,
  year: number,
  trainingWindow: TrainingWindow,
  employeeId: number,
): Promise<TalentInputRow | undefined> {
  const { rows } = await talentInputsQuery(year, trainingWindow, { employeeId }).execute(tx);
  return rows[0];
}

/** How many people a year's placement considers: the active PNS. */
export async function activePnsCount(tx: Tx): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from employee e where e.status = 'aktif' and e.employee_type = 'PNS'`.execute(
    tx,
  );
  return rows[0]?.n ?? 0;
}

/**
 * Every active PNS's inputs for a year, handed over in batches of `size` through a cursor, so that
 * a government's 210,400 rows are never all in memory at once (docs/performance.md, "Talent mapping
 * at Jakarta's scale").
 *
 * The standard is summed per position (a few hundred rows) and the levels held per person from
 * competency_current joined to it, not every person × requirement probed for a level: at Jakarta's
 * scale (a million requirements) the query took 9.3 s that way, 2.9 s this way.
 */
export async function eachTalentInputBatch(
  tx: Tx,
  year: number,
  trainingWindow: TrainingWindow,
  size: number,
  visit: (rows: TalentInputRow[]) => Promise<void> | void,
): Promise<void> {
  await sql`set local work_mem = '64MB'`.execute(tx);
  await eachBatch(tx, 'talent_inputs', talentInputsQuery(year, trainingWindow, {}), size, visit);
  await sql`reset work_mem`.execute(tx);
}

/** The years with annual appraisals recorded, newest first: those a mapping can be placed for. */
export async function appraisedYears(tx: Tx): Promise<number[]> {
  const { rows } = await sql<{ year: number }>`
    select distinct year::int as year from performance_appraisal where period = 'annual'
    order by year desc`.execute(tx);
  return rows.map((r) => r.year);
}

export interface MappingRow {
  year: number;
  settings: unknown;
  settingsVersionId: number | null;
  considered: number;
  placed: number;
  placedAt: Date;
  /** The policy version that stated the settings (null: the defaults). */
  policyId: number | null;
  policyTitle: string | null;
  versionNumber: number | null;
  effectiveFrom: string | null;
}

const MAPPING = sql`m.year::int as year, m.settings, m.settings_version_id::int as "settingsVersionId",
  m.considered, m.placed, m.placed_at as "placedAt", v.policy_id::int as "policyId", p.title as "policyTitle",
  v.number::int as "versionNumber", v.effective_from::text as "effectiveFrom"`;
const MAPPING_FROM = sql`from talent_mapping m
  left join policy_version v on v.tenant_id = m.tenant_id and v.id = m.settings_version_id
  left join policy p on p.tenant_id = v.tenant_id and p.id = v.policy_id`;

export async function mappings(tx: Tx): Promise<MappingRow[]> {
  const { rows } = await sql<MappingRow>`select ${MAPPING} ${MAPPING_FROM} order by m.year desc`.execute(tx);
  return rows;
}

export async function mapping(tx: Tx, year: number) {
  const { rows } = await sql<MappingRow>`select ${MAPPING} ${MAPPING_FROM} where m.year = ${year}`.execute(
    tx,
  );
  return rows[0];
}

/** Replaces a year's mapping and all of its placements (the caller holds the year's lock). */
export async function replaceMapping(
  tx: Tx,
  m: {
    tenantId: number;
    year: number;
    settings: object;
    settingsVersionId: number | null;
    considered: number;
    placed: number;
    placedBy: number | null;
    jobId: string | null;
  },
) {
  await sql`delete from talent_placement where year = ${m.year}`.execute(tx);
  await sql`insert into talent_mapping as t (tenant_id, year, settings, settings_version_id, considered, placed,
      placed_by, job_id)
    values (${m.tenantId}, ${m.year}, ${JSON.stringify(m.settings)}::jsonb, ${m.settingsVersionId},
      ${m.considered}, ${m.placed}, ${m.placedBy}, ${m.jobId})
    on conflict (tenant_id, year) do update set settings = excluded.settings,
      settings_version_id = excluded.settings_version_id, considered = excluded.considered,
      placed = excluded.placed, placed_by = excluded.placed_by, placed_at = now(), job_id = excluded.job_id`.execute(
    tx,
  );
}

/** Serialises whoever places a year (a job, a change of points): one at a time per government and year. */
export async function lockYear(tx: Tx, tenantId: number, year: number) {
  await sql`select pg_advisory_xact_lock(hashtext('talent'), ${tenantId} * 10000 + ${year})`.execute(tx);
}

/** The same lock if free now: whether it was taken. */
export async function tryLockYear(tx: Tx, tenantId: number, year: number): Promise<boolean> {
  const { rows } = await sql<{ locked: boolean }>`
    select pg_try_advisory_xact_lock(hashtext('talent'), ${tenantId} * 10000 + ${year}) as locked`.execute(
    tx,
  );
  return rows[0]?.locked === true;
}

export interface PlacementInsert {
  employeeId: number;
  box: number | null;
  performanceBand: string | null;
  potentialBand: string | null;
  performanceScore: number;
  potentialScore: number;
  recommendation: string | null;
  inputs: NineBoxInput;
  jpm: number | null;
}

/**
 * Inserts placements in one statement per call (the caller batches). The batch travels as one JSON
 * document: each row's inputs inside it as JSON, not as an element of a jsonb[] literal (escaped once
 * more, parsed twice), which made inserting a year's 210,400 placements about 2.5 times slower.
 */
export async function insertPlacements(
  tx: Tx,
  tenantId: number,
  year: number,
  rows: readonly PlacementInsert[],
) {
  if (rows.length === 0) return;
  await sql`insert into talent_placement (tenant_id, year, employee_id, box, performance_band,
      potential_band, performance_score, potential_score, recommendation, inputs, jpm)
    select ${tenantId}, ${year}, r."employeeId", r.box, r."performanceBand", r."potentialBand",
      r."performanceScore", r."potentialScore", r.recommendation, r.inputs, r.jpm
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r ("employeeId" bigint, box smallint, "performanceBand" text, "potentialBand" text, "performanceScore" numeric,
      "potentialScore" numeric, recommendation text, inputs jsonb, jpm numeric)`.execute(tx);
}

/**
 * Sets a year's counts from its placements (who is in it, who has a box), and returns those with a
 * box. Both: a change of points may place someone the year did not consider (hired since).
 */
export async function recountPlaced(tx: Tx, year: number): Promise<number> {
  const { rows } = await sql<{ placed: number }>`update talent_mapping m set (considered, placed) = (
      select count(*), count(*) filter (where p.box is not null) from talent_placement p where p.year = m.year)
    where m.year = ${year} returning m.placed`.execute(tx);
  return rows[0]?.placed ?? 0;
}

/** Replaces one person's placement in a placed year (after a change of their points). */
export async function replacePlacement(tx: Tx, tenantId: number, year: number, row: PlacementInsert) {
  await sql`delete from talent_placement where year = ${year} and employee_id = ${row.employeeId}`.execute(
    tx,
  );
  await insertPlacements(tx, tenantId, year, [row]);
  await recountPlaced(tx, year);
}

/**
 * A placed year's people grouped by what placed them: the inputs kept, and for each of two settings
 * whose training window is given the programs counted again over it (null: as kept). `key` names a
 * group for placedInGroups.
 */
function placedGroupsOf(windows: readonly [TrainingWindow | null, TrainingWindow | null]) {
  const counted = (window: TrainingWindow | null, alias: string) =>
    window
      ? sql`left join (${programsIn(window)}) ${sql.id(alias)} on ${sql.ref(`${alias}.employee_id`)} = p.employee_id`
      : sql``;
  const programs = (window: TrainingWindow | null, alias: string) =>
    window ? sql`coalesce(${sql.ref(`${alias}.programs`)}, 0)` : sql`null::int`;
  const [programs0, programs1] = [programs(windows[0], 'c0'), programs(windows[1], 'c1')];
  return {
    from: sql`from talent_placement p ${counted(windows[0], 'c0')} ${counted(windows[1], 'c1')}`,
    programs0,
    programs1,
    key: sql`p.inputs::text || '|' || coalesce(${programs0}::text, '') || '|' || coalesce(${programs1}::text, '')`,
  };
}

export interface PlacedGroup {
  /** The inputs kept (jsonb's text: one spelling). */
  inputs: string;
  /** Programs counted over the first or second window given; null: none given. */
  programs0: number | null;
  programs1: number | null;
  people: number;
}

/** The key placedInGroups matches a group by: as placedGroupsOf spells it. */
export const placedGroupKey = (g: Omit<PlacedGroup, 'people'>) =>
  `${g.inputs}|${g.programs0 ?? ''}|${g.programs1 ?? ''}`;

/** A placed year's people grouped by what placed them under each of two settings (placedGroupsOf). */
export async function placedInputGroups(
  tx: Tx,
  year: number,
  windows: readonly [TrainingWindow | null, TrainingWindow | null],
): Promise<PlacedGroup[]> {
  const q = placedGroupsOf(windows);
  const { rows } = await sql<PlacedGroup>`
    select p.inputs::text as inputs, ${q.programs0} as programs0, ${q.programs1} as programs1,
      count(*)::int as people
    ${q.from} where p.year = ${year} group by p.inputs, 2, 3`.execute(tx);
  return rows;
}

/**
 * The first `limit` people (by id) of a placed year in the groups named by their keys
 * (placedGroupKey): the placements read in id order until enough match.
 */
export async function placedInGroups(
  tx: Tx,
  year: number,
  windows: readonly [TrainingWindow | null, TrainingWindow | null],
  keys: readonly string[],
  limit: number,
): Promise<{ employeeId: number; key: string }[]> {
  if (keys.length === 0) return [];
  const q = placedGroupsOf(windows);
  const { rows } = await sql<{ employeeId: number; key: string }>`
    select p.employee_id::int as "employeeId", ${q.key} as key
    ${q.from} where p.year = ${year} and ${q.key} = any(${keys}::text[])
    order by p.employee_id limit ${limit}`.execute(tx);
  return rows;
}

/** Who a reader reaches: everyone, or the people of one unit's subtree (a supervisor's). */
export type Reach = { unitId: number | null };

const within = (column: string, unitId: number | null | undefined) =>
  unitId
    ? sql`and ${sql.ref(column)} in (select u.id from unit u where ${unitId}::bigint = any(u.path))`
    : sql``;

/** A year's counts per box; the whole government's read from the placements alone (no join). */
export async function boxCounts(tx: Tx, year: number, reach: Reach, unitId: number | undefined) {
  const { rows } = await sql<{
    box: number | null;
    count: number;
    noPredikat: number;
    noJpm: number;
  }>`
    select p.box::int as box, count(*)::int as count,
      count(*) filter (where p.performance_band is null)::int as "noPredikat",
      count(*) filter (where p.potential_band is null)::int as "noJpm"
    from talent_placement p
    ${
      reach.unitId || unitId
        ? sql`join employee e on e.tenant_id = p.tenant_id and e.id = p.employee_id
          where p.year = ${year} ${within('e.unit_id', reach.unitId)} ${within('e.unit_id', unitId)}`
        : sql`where p.year = ${year}`
    }
    group by p.box`.execute(tx);
  return rows;
}

export interface PlacementListRow {
  employeeId: number;
  name: string;
  nip: string;
  golongan: string | null;
  unit: string | null;
  position: string | null;
  box: number | null;
  performanceBand: PerformanceBand | null;
  potentialBand: PotentialBand | null;
  performanceScore: string;
  potentialScore: string;
  recommendation: TalentRecommendation | null;
}

/** A placement with the inputs that placed it (placement.ts whyOf derives the lines). */
export interface PlacementRow extends PlacementListRow {
  inputs: NineBoxInput;
  jpm: number | null;
  placedAt: Date;
}

const LIST_ROW = sql`e.id::int as "employeeId", e.name, e.nip, e.golongan, u.name as unit, pos.name as position,
  p.box::int as box, p.performance_band as "performanceBand", p.potential_band as "potentialBand",
  p.performance_score::text as "performanceScore", p.potential_score::text as "potentialScore",
  p.recommendation`;
const PLACEMENT = sql`${LIST_ROW}, p.inputs, p.jpm::float8 as jpm, m.placed_at as "placedAt"`;
const PLACEMENT_FROM = sql`from talent_placement p
  join talent_mapping m on m.tenant_id = p.tenant_id and m.year = p.year
  join employee e on e.tenant_id = p.tenant_id and e.id = p.employee_id
  left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
  left join position pos on pos.tenant_id = e.tenant_id and pos.id = e.position_id`;

/** A search: a NIP's beginning when all digits, else a part of the name (wildcards taken literally). */
const searched = (q: string) =>
  /^\d+$/.test(q) ? sql`and e.nip like ${`${q}%`}` : sql`and e.name ilike ${containsPattern(q)}`;

export async function placementsPage(
  tx: Tx,
  year: number,
  reach: Reach,
  filter: {
    box?: number | undefined;
    unplaced?: boolean | undefined;
    recommendation?: string | undefined;
    unitId?: number | undefined;
    q?: string | undefined;
  },
  page: { limit: number; offset: number },
) {
  const where = sql`p.year = ${year} ${within('e.unit_id', reach.unitId)} ${within('e.unit_id', filter.unitId)}
    ${filter.box ? sql`and p.box = ${filter.box}` : sql``}
    ${filter.unplaced === true ? sql`and p.box is null` : filter.unplaced === false ? sql`and p.box is not null` : sql``}
    ${filter.recommendation ? sql`and p.recommendation = ${filter.recommendation}` : sql``}
    ${filter.q ? searched(filter.q) : sql``}`;
  // The list's rows need no lines: the page reads reasons from the bands, names from the settings.
  const { rows } = await sql<PlacementListRow & { total: number }>`
    select ${LIST_ROW}, count(*) over ()::int as total ${PLACEMENT_FROM} where ${where}
    order by p.box desc nulls last, p.performance_score + p.potential_score desc, e.name, e.id
    limit ${page.limit} offset ${page.offset}`.execute(tx);
  return { rows, total: rows[0]?.total ?? 0 };
}

/** One person's placements, newest year first (one year only when given). */
export async function placementsOf(tx: Tx, employeeId: number, year?: number) {
  const { rows } = await sql<PlacementRow & { year: number; settings: unknown; unitPath: number[] | null }>`
    select ${PLACEMENT}, p.year::int as year, m.settings, u.path::int[] as "unitPath" ${PLACEMENT_FROM}
    where p.employee_id = ${employeeId} ${year ? sql`and p.year = ${year}` : sql``}
    order by p.year desc`.execute(tx);
  return rows;
}

export interface PersonRow {
  employeeId: number;
  name: string;
  nip: string;
  golongan: string | null;
  unit: string | null;
  position: string | null;
  status: string;
  employeeType: string;
}

export async function person(tx: Tx, employeeId: number, options: { lock?: boolean } = {}) {
  const { rows } = await sql<PersonRow>`
    select e.id::int as "employeeId", e.name, e.nip, e.golongan, u.name as unit, pos.name as position,
      e.status, e.employee_type as "employeeType"
    from employee e
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    left join position pos on pos.tenant_id = e.tenant_id and pos.id = e.position_id
    where e.id = ${employeeId} ${options.lock ? sql`for update of e` : sql``}`.execute(tx);
  return rows[0];
}

export async function people(tx: Tx, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const { rows } = await sql<PersonRow>`
    select e.id::int as "employeeId", e.name, e.nip, e.golongan, u.name as unit, pos.name as position,
      e.status, e.employee_type as "employeeType"
    from employee e
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    left join position pos on pos.tenant_id = e.tenant_id and pos.id = e.position_id
    where e.id = any(${ids}::bigint[])`.execute(tx);
  return rows;
}

export async function scoresOf(tx: Tx, year: number, employeeId: number) {
  const { rows } = await sql<{
    axis: 'performance' | 'potential';
    component: string;
    points: string;
    note: string | null;
  }>`
    select axis, component, points::text as points, note from talent_score
    where year = ${year} and employee_id = ${employeeId} order by axis, component`.execute(tx);
  return rows;
}

/** Replaces a person's points for a year (rows: one per axis and component). */
export async function replaceScores(
  tx: Tx,
  tenantId: number,
  year: number,
  employeeId: number,
  rows: readonly { axis: 'performance' | 'potential'; component: string; points: number }[],
  note: string | null,
  by: number,
) {
  await sql`delete from talent_score where year = ${year} and employee_id = ${employeeId}`.execute(tx);
  if (rows.length === 0) return;
  await sql`insert into talent_score (tenant_id, year, employee_id, axis, component, points, note, given_by)
    select ${tenantId}, ${year}, ${employeeId}, * , ${note}, ${by}
    from unnest(${rows.map((r) => r.axis)}::text[], ${rows.map((r) => r.component)}::text[],
      ${rows.map((r) => r.points)}::numeric[])`.execute(tx);
}

/** The unit ids from the root to this employee's unit (for the reader's reach). */
export async function unitPathOf(tx: Tx, employeeId: number) {
  const { rows } = await sql<{ path: number[] | null }>`
    select u.path::int[] as path from employee e left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    where e.id = ${employeeId}`.execute(tx);
  return rows[0]?.path ?? null;
}

export interface LatestBoxRow {
  employeeId: number;
  year: number;
  box: number | null;
  recommendation: TalentRecommendation | null;
}

/** Each person's placement in the latest year placed that holds them (all people when ids is null; up to a year). */
export async function latestBoxes(
  tx: Tx,
  employeeIds: readonly number[] | null,
  upToYear?: number,
): Promise<LatestBoxRow[]> {
  const { rows } = await sql<LatestBoxRow>`
    select distinct on (p.employee_id) p.employee_id::int as "employeeId", p.year::int as year, p.box::int as box,
      p.recommendation
    from talent_placement p
    where true ${employeeIds ? sql`and p.employee_id = any(${employeeIds}::bigint[])` : sql``}
      ${upToYear === undefined ? sql`` : sql`and p.year <= ${upToYear}`}
    order by p.employee_id, p.year desc`.execute(tx);
  return rows;
}

// --- Key positions and their successors -------------------------------------------------------------

export interface KeyPositionRow {
  positionId: number;
  name: string;
  kind: string | null;
  level: string | null;
  note: string | null;
  markedAt: Date;
  holders: number;
  successors: number;
  readyNow: number;
}

const KEY_POSITION = sql`k.position_id::int as "positionId", pos.name, pos.kind, pos.level, k.note,
  k.marked_at as "markedAt",
  (select count(*) from employee h where h.tenant_id = k.tenant_id and h.position_id = k.position_id
    and h.status = 'aktif')::int as holders,
  (select count(*) from talent_successor s where s.tenant_id = k.tenant_id and s.position_id = k.position_id)::int
    as successors,
  (select count(*) from talent_successor s where s.tenant_id = k.tenant_id and s.position_id = k.position_id
    and s.readiness = 'now')::int as "readyNow"`;
const KEY_POSITION_FROM = sql`from talent_key_position k
  join position pos on pos.tenant_id = k.tenant_id and pos.id = k.position_id`;

export async function keyPositions(tx: Tx): Promise<KeyPositionRow[]> {
  const { rows } = await sql<KeyPositionRow>`select ${KEY_POSITION} ${KEY_POSITION_FROM}
    order by pos.name, k.position_id`.execute(tx);
  return rows;
}

export async function keyPosition(tx: Tx, positionId: number, options: { lock?: boolean } = {}) {
  const { rows } = await sql<KeyPositionRow>`select ${KEY_POSITION} ${KEY_POSITION_FROM}
    where k.position_id = ${positionId} ${options.lock ? sql`for update of k` : sql``}`.execute(tx);
  return rows[0];
}

export async function positionExists(tx: Tx, positionId: number) {
  const { rows } = await sql`select 1 from position where id = ${positionId}`.execute(tx);
  return rows.length > 0;
}

/** Marks a position key (true) or finds it already marked (false). */
export async function markKeyPosition(
  tx: Tx,
  tenantId: number,
  positionId: number,
  note: string | null,
  by: number,
) {
  const { rows } = await sql`insert into talent_key_position (tenant_id, position_id, note, marked_by)
    values (${tenantId}, ${positionId}, ${note}, ${by}) on conflict do nothing returning position_id`.execute(
    tx,
  );
  return rows.length > 0;
}

export async function unmarkKeyPosition(tx: Tx, positionId: number) {
  const { rows } = await sql`delete from talent_key_position where position_id = ${positionId}
    returning position_id`.execute(tx);
  return rows.length > 0;
}

export interface CandidateRow {
  employeeId: number;
  name: string;
  nip: string;
  golongan: string | null;
  unit: string | null;
  position: string | null;
  year: number;
  box: number | null;
  performanceScore: string;
  potentialScore: string;
  /** Of the key position's standard: how many competencies, how many assessed, Σ levels, Σ required. */
  required: number;
  assessed: number;
  actualSum: number | null;
  requiredSum: number | null;
  readiness: 'now' | 'soon' | 'later' | null;
  note: string | null;
}

const standardOf = (positionId: number) => sql`left join lateral (
    select count(*)::int as required, count(cur.level)::int as assessed, sum(cur.level)::int as actual_sum,
      sum(pc.required_level)::int as required_sum
    from position_competency pc
    left join competency_current cur on cur.tenant_id = pc.tenant_id and cur.employee_id = e.id
      and cur.competency_id = pc.competency_id
    where pc.position_id = ${positionId}) st on true`;

const CANDIDATE = sql`e.id::int as "employeeId", e.name, e.nip, e.golongan, u.name as unit, pos.name as position,
  coalesce(st.required, 0) as required, coalesce(st.assessed, 0) as assessed, st.actual_sum as "actualSum",
  st.required_sum as "requiredSum"`;

/**
 * The talent pool — those whose latest box calls for it (a year placed early, with few appraised,
 * does not empty it) — who do not hold the position and are not named yet, best match first (JPM against the key position's standard, a complete one only, at most whole;
 * then potential, then performance). The standard is met set-wise: the pool's current levels of
 * the standard's competencies in one grouped read, not a read per person.
 */
export async function poolCandidates(tx: Tx, positionId: number, limit: number): Promise<CandidateRow[]> {
  const { rows } = await sql<CandidateRow>`
    with standard as (select competency_id, required_level from position_competency where position_id = ${positionId}),
    need as (select count(*)::int as required, sum(required_level)::int as required_sum from standard),
    boxed as (
      select distinct on (p.employee_id) p.* from talent_placement p where p.box is not null
      order by p.employee_id, p.year desc),
    pool as (select * from boxed where recommendation = 'talentPool'),
    met as (
      select cur.employee_id, count(*)::int as assessed, sum(cur.level)::int as actual_sum
      from competency_current cur join standard s on s.competency_id = cur.competency_id
      where cur.employee_id in (select employee_id from pool)
      group by cur.employee_id)
    select e.id::int as "employeeId", e.name, e.nip, e.golongan, u.name as unit, pos.name as position,
      need.required, coalesce(met.assessed, 0) as assessed, met.actual_sum as "actualSum",
      need.required_sum as "requiredSum", p.year::int as year, p.box::int as box,
      p.performance_score::text as "performanceScore", p.potential_score::text as "potentialScore",
      null as readiness, null as note
    from pool p
    cross join need
    left join met on met.employee_id = p.employee_id
    join employee e on e.tenant_id = p.tenant_id and e.id = p.employee_id and e.status = 'aktif'
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    left join position pos on pos.tenant_id = e.tenant_id and pos.id = e.position_id
    where e.position_id is distinct from ${positionId}
      and not exists (select 1 from talent_successor t where t.position_id = ${positionId} and t.employee_id = e.id)
    order by case when need.required > 0 and met.assessed = need.required
        then least(1, met.actual_sum::numeric / need.required_sum) end desc nulls last,
      p.potential_score desc, p.performance_score desc, e.name, e.id
    limit ${limit}`.execute(tx);
  return rows;
}

/** The successors named to a key position, with their latest placement (if any) and the standard. */
export async function successors(tx: Tx, positionId: number): Promise<CandidateRow[]> {
  const { rows } = await sql<CandidateRow>`
    select ${CANDIDATE}, p.year::int as year, p.box::int as box,
      coalesce(p.performance_score, 0)::text as "performanceScore",
      coalesce(p.potential_score, 0)::text as "potentialScore", s.readiness, s.note
    from talent_successor s
    join employee e on e.tenant_id = s.tenant_id and e.id = s.employee_id
    left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    left join position pos on pos.tenant_id = e.tenant_id and pos.id = e.position_id
    left join lateral (select * from talent_placement p where p.tenant_id = e.tenant_id and p.employee_id = e.id
      order by p.year desc limit 1) p on true
    ${standardOf(positionId)}
    where s.position_id = ${positionId}
    order by case s.readiness when 'now' then 0 when 'soon' then 1 else 2 end, e.name, e.id`.execute(tx);
  return rows;
}

export async function nameSuccessor(
  tx: Tx,
  tenantId: number,
  v: { positionId: number; employeeId: number; readiness: string; note: string | null; by: number },
) {
  await sql`insert into talent_successor (tenant_id, position_id, employee_id, readiness, note, named_by)
    values (${tenantId}, ${v.positionId}, ${v.employeeId}, ${v.readiness}, ${v.note}, ${v.by})
    on conflict (tenant_id, position_id, employee_id) do update set readiness = excluded.readiness,
      note = excluded.note, named_by = excluded.named_by, named_at = now()`.execute(tx);
}

export async function removeSuccessor(tx: Tx, positionId: number, employeeId: number) {
  const { rows } = await sql`delete from talent_successor where position_id = ${positionId}
    and employee_id = ${employeeId} returning employee_id`.execute(tx);
  return rows.length > 0;
}

export async function holdsPosition(tx: Tx, employeeId: number, positionId: number) {
  const { rows } =
    await sql`select 1 from employee where id = ${employeeId} and position_id = ${positionId}`.execute(tx);
  return rows.length > 0;
}
