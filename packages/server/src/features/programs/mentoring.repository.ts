import { sql } from 'kysely';
import type { Tx } from '../../db/database';
import type { Locale } from '../../i18n/translate';

// Mentoring schemes, their mentors and mentees, pairs, goals, sessions, reflections and JP credit
// (migration 0057).

export interface SchemeRow {
  programId: number;
  startsOn: string;
  endsOn: string;
  unitRule: 'any' | 'sameOpd' | 'otherOpd';
  allowSupervisor: boolean;
  mentorCapacity: number;
  minutesPerJp: number | null;
  governmentMinutesPerJp: number;
  maxJpPerSession: number | null;
  endedAt: Date | null;
}

export async function findScheme(tx: Tx, programId: number, options: { lock?: boolean } = {}) {
  const { rows } = await sql<SchemeRow & { maxJpPerSession: string | null }>`
    select s.program_id::int as "programId", s.starts_on::text as "startsOn", s.ends_on::text as "endsOn",
      s.unit_rule as "unitRule", s.allow_supervisor as "allowSupervisor", s.mentor_capacity as "mentorCapacity",
      s.minutes_per_jp as "minutesPerJp", t.minutes_per_jp as "governmentMinutesPerJp",
      s.max_jp_per_session as "maxJpPerSession", s.ended_at as "endedAt"
    from mentoring_scheme s join tenant t on t.id = s.tenant_id
    where s.program_id = ${programId}
    ${options.lock ? sql`for update of s` : sql``}`.execute(tx);
  const row = rows[0];
  if (!row) return undefined;
  return { ...row, maxJpPerSession: row.maxJpPerSession === null ? null : Number(row.maxJpPerSession) };
}

export interface SchemeValues {
  startsOn: string;
  endsOn: string;
  unitRule: string;
  allowSupervisor: boolean;
  mentorCapacity: number;
  minutesPerJp: number | null;
  maxJpPerSession: number | null;
}

export async function upsertScheme(tx: Tx, tenantId: number, programId: number, v: SchemeValues) {
  await sql`
    insert into mentoring_scheme (tenant_id, program_id, starts_on, ends_on, unit_rule, allow_supervisor,
      mentor_capacity, minutes_per_jp, max_jp_per_session)
    values (${tenantId}, ${programId}, ${v.startsOn}, ${v.endsOn}, ${v.unitRule}, ${v.allowSupervisor},
      ${v.mentorCapacity}, ${v.minutesPerJp}, ${v.maxJpPerSession})
    on conflict (tenant_id, program_id) do update set starts_on = excluded.starts_on,
      ends_on = excluded.ends_on, unit_rule = excluded.unit_rule, allow_supervisor = excluded.allow_supervisor,
      mentor_capacity = excluded.mentor_capacity, minutes_per_jp = excluded.minutes_per_jp,
      max_jp_per_session = excluded.max_jp_per_session, updated_at = now()`.execute(tx);
}

export async function endScheme(tx: Tx, programId: number, by: number, at: Date) {
  await sql`update mentoring_scheme set ended_at = ${at}, ended_by = ${by}, updated_at = now()
    where program_id = ${programId}`.execute(tx);
  await sql`update mentoring_pair set state = 'ended', ended_at = ${at}
    where program_id = ${programId} and state = 'active'`.execute(tx);
}

export interface PersonRow {
  id: number;
  nip: string;
  name: string;
  unit: string | null;
}

const person = (alias: string) =>
  sql.raw(
    `json_build_object('id', ${alias}.id, 'nip', ${alias}.nip, 'name', ${alias}.name, 'unit', ${alias}u.name)`,
  );
const personJoin = (alias: string, column: string) =>
  sql.raw(`join employee ${alias} on ${alias}.tenant_id = x.tenant_id and ${alias}.id = x.${column}
    left join unit ${alias}u on ${alias}u.tenant_id = ${alias}.tenant_id and ${alias}u.id = ${alias}.unit_id`);

export async function mentorsOf(tx: Tx, programId: number) {
  const { rows } = await sql<PersonRow & { capacity: number; paired: number }>`
    select m.id::int as id, m.nip, m.name, mu.name as unit, x.capacity,
      (select count(*)::int from mentoring_pair p where p.tenant_id = x.tenant_id and p.program_id = x.program_id
        and p.mentor_employee_id = x.employee_id and p.state = 'active') as paired
    from mentoring_mentor x ${personJoin('m', 'employee_id')}
    where x.program_id = ${programId}
    order by m.name, m.id`.execute(tx);
  return rows;
}

export async function menteesOf(tx: Tx, programId: number) {
  const { rows } = await sql<PersonRow & { paired: boolean }>`
    select m.id::int as id, m.nip, m.name, mu.name as unit,
      exists (select from mentoring_pair p where p.tenant_id = x.tenant_id and p.program_id = x.program_id
        and p.mentee_employee_id = x.employee_id and p.state = 'active') as paired
    from mentoring_mentee x ${personJoin('m', 'employee_id')}
    where x.program_id = ${programId}
    order by m.name, m.id`.execute(tx);
  return rows;
}

export async function exclusionsOf(tx: Tx, programId: number) {
  const { rows } = await sql<{ mentor: PersonRow; mentee: PersonRow; reason: string; createdAt: Date }>`
    select ${person('a')} as mentor, ${person('b')} as mentee, x.reason, x.created_at as "createdAt"
    from mentoring_exclusion x ${personJoin('a', 'mentor_employee_id')} ${personJoin('b', 'mentee_employee_id')}
    where x.program_id = ${programId}
    order by x.created_at, a.id, b.id`.execute(tx);
  return rows;
}

/** The active employees among `ids` (of this government: row security hides the others). */
export async function activeEmployees(tx: Tx, ids: readonly number[]) {
  if (ids.length === 0) return new Set<number>();
  const { rows } = await sql<{ id: number }>`
    select id::int as id from employee where id = any(${[...ids]}::bigint[]) and status = 'aktif'`.execute(
    tx,
  );
  return new Set(rows.map((r) => r.id));
}

export async function upsertMentor(
  tx: Tx,
  tenantId: number,
  programId: number,
  employeeId: number,
  capacity: number,
) {
  await sql`
    insert into mentoring_mentor (tenant_id, program_id, employee_id, capacity)
    values (${tenantId}, ${programId}, ${employeeId}, ${capacity})
    on conflict (tenant_id, program_id, employee_id) do update set capacity = excluded.capacity`.execute(tx);
}

export async function addMentees(
  tx: Tx,
  tenantId: number,
  programId: number,
  employeeIds: readonly number[],
) {
  await sql`
    insert into mentoring_mentee (tenant_id, program_id, employee_id)
    select ${tenantId}, ${programId}, unnest(${[...employeeIds]}::bigint[])
    on conflict do nothing`.execute(tx);
}

export async function isRole(
  tx: Tx,
  programId: number,
  role: 'mentor' | 'mentee',
  employeeIds: readonly number[],
) {
  const table = sql.raw(role === 'mentor' ? 'mentoring_mentor' : 'mentoring_mentee');
  const { rows } = await sql<{ id: number }>`
    select employee_id::int as id from ${table}
    where program_id = ${programId} and employee_id = any(${[...employeeIds]}::bigint[])`.execute(tx);
  return new Set(rows.map((r) => r.id));
}

/** Removes a mentor or mentee who has no pair (active or ended); false when they have one or were none. */
export async function removeUnpaired(
  tx: Tx,
  programId: number,
  role: 'mentor' | 'mentee',
  employeeId: number,
) {
  const table = sql.raw(role === 'mentor' ? 'mentoring_mentor' : 'mentoring_mentee');
  const column = sql.raw(role === 'mentor' ? 'mentor_employee_id' : 'mentee_employee_id');
  const { numAffectedRows } = await sql`
    delete from ${table} x where x.program_id = ${programId} and x.employee_id = ${employeeId}
      and not exists (select from mentoring_pair p where p.tenant_id = x.tenant_id
        and p.program_id = x.program_id and p.${column} = x.employee_id)`.execute(tx);
  return Number(numAffectedRows ?? 0) > 0;
}

export async function hasPairs(tx: Tx, programId: number, role: 'mentor' | 'mentee', employeeId: number) {
  const column = sql.raw(role === 'mentor' ? 'mentor_employee_id' : 'mentee_employee_id');
  const { rows } = await sql`select 1 from mentoring_pair where program_id = ${programId}
    and ${column} = ${employeeId} limit 1`.execute(tx);
  return rows.length > 0;
}

export async function insertExclusion(
  tx: Tx,
  tenantId: number,
  programId: number,
  values: { mentorId: number; menteeId: number; reason: string; createdBy: number },
) {
  const { rows } = await sql`
    insert into mentoring_exclusion (tenant_id, program_id, mentor_employee_id, mentee_employee_id, reason, created_by)
    values (${tenantId}, ${programId}, ${values.mentorId}, ${values.menteeId}, ${values.reason}, ${values.createdBy})
    on conflict do nothing returning 1`.execute(tx);
  return rows.length > 0;
}

export async function deleteExclusion(tx: Tx, programId: number, mentorId: number, menteeId: number) {
  const { numAffectedRows } = await sql`delete from mentoring_exclusion where program_id = ${programId}
    and mentor_employee_id = ${mentorId} and mentee_employee_id = ${menteeId}`.execute(tx);
  return Number(numAffectedRows ?? 0) > 0;
}

export async function exclusionPairs(tx: Tx, programId: number) {
  const { rows } = await sql<{ mentorId: number; menteeId: number }>`
    select mentor_employee_id::int as "mentorId", mentee_employee_id::int as "menteeId"
    from mentoring_exclusion where program_id = ${programId}`.execute(tx);
  return rows;
}

/** What the matching needs of each person: the unit path, the position kind and current levels. */
export async function profiles(tx: Tx, employeeIds: readonly number[]) {
  if (employeeIds.length === 0) return [];
  const { rows } = await sql<{
    id: number;
    unitPath: number[] | null;
    positionKind: string | null;
    levels: Record<string, number> | null;
    required: Record<string, number> | null;
  }>`
    select e.id::int as id, u.path as "unitPath", e.position_kind as "positionKind",
      (select jsonb_object_agg(cc.competency_id, cc.level) from competency_current cc
        where cc.tenant_id = e.tenant_id and cc.employee_id = e.id) as levels,
      (select jsonb_object_agg(pc.competency_id, pc.required_level) from position_competency pc
        where pc.tenant_id = e.tenant_id and pc.position_id = e.position_id) as required
    from employee e left join unit u on u.tenant_id = e.tenant_id and u.id = e.unit_id
    where e.id = any(${[...employeeIds]}::bigint[])
    order by e.id`.execute(tx);
  return rows;
}

/** Each competency's code and name, in the reader's language. */
export async function competencyNames(tx: Tx, locale: Locale) {
  const name = locale === 'en' ? sql.ref('r.name_en') : sql.ref('r.name_id');
  const { rows } = await sql<{ id: number; code: string; name: string }>`
    select c.id::int as id, c.code, coalesce(${name}, c.name) as name
    from competency c left join competency_reference r on r.code = c.reference_code`.execute(tx);
  return new Map(rows.map((r) => [String(r.id), { code: r.code, name: r.name }]));
}

export interface StoredCoverage {
  competency: string;
  actual: number;
  required: number;
  mentorLevel: number;
}

export interface PairRow {
  id: number;
  programId: number;
  mentor: PersonRow;
  mentee: PersonRow;
  source: 'matched' | 'manual';
  score: number;
  covered: StoredCoverage[];
  overrideReason: string | null;
  state: 'active' | 'ended';
  sessions: number;
  unconfirmed: number;
  jp: number;
  goals: number;
  goalsAchieved: number;
  reflections: ('mentor' | 'mentee')[];
  usefulness: number | null;
  menteeUnitPath: number[] | null;
}

/** Pairs with their counts: of a program, of one employee (either side), or one pair. */
export async function pairs(tx: Tx, where: { programId?: number; employeeId?: number; pairId?: number }) {
  const { rows } = await sql<PairRow & { jp: string; usefulness: string | null }>`
    select x.id::int as id, x.program_id::int as "programId", ${person('a')} as mentor, ${person('b')} as mentee,
      x.source, x.score, x.covered, x.override_reason as "overrideReason", x.state, bu.path as "menteeUnitPath",
      coalesce(s.sessions, 0) as sessions, coalesce(s.unconfirmed, 0) as unconfirmed, coalesce(s.jp, 0) as jp,
      coalesce(g.goals, 0) as goals, coalesce(g.achieved, 0) as "goalsAchieved",
      coalesce(r.authors, '{}') as reflections, r.usefulness
    from mentoring_pair x ${personJoin('a', 'mentor_employee_id')} ${personJoin('b', 'mentee_employee_id')}
    left join lateral (select count(*)::int as sessions, count(*) filter (where confirmed_at is null)::int as unconfirmed,
        sum(jp) filter (where confirmed_at is not null) as jp
      from mentoring_session s where s.tenant_id = x.tenant_id and s.pair_id = x.id) s on true
    left join lateral (select count(*)::int as goals, count(*) filter (where state = 'achieved')::int as achieved
      from mentoring_goal g where g.tenant_id = x.tenant_id and g.pair_id = x.id) g on true
    left join lateral (select array_agg(author order by author desc) as authors, round(avg(usefulness), 2) as usefulness
      from mentoring_reflection r where r.tenant_id = x.tenant_id and r.pair_id = x.id) r on true
    where ${where.programId === undefined ? sql`true` : sql`x.program_id = ${where.programId}`}
      and ${where.pairId === undefined ? sql`true` : sql`x.id = ${where.pairId}`}
      and ${
        where.employeeId === undefined
          ? sql`true`
          : sql`(x.mentor_employee_id = ${where.employeeId} or x.mentee_employee_id = ${where.employeeId})`
      }
    order by x.state, b.name, x.id`.execute(tx);
  return rows.map((row) => ({
    ...row,
    jp: Number(row.jp),
    usefulness: row.usefulness === null ? null : Number(row.usefulness),
  }));
}

/** The pair's row, locked, with its program: what every change of a pair starts from. */
export async function lockPair(tx: Tx, pairId: number) {
  const { rows } = await sql<{
    id: number;
    programId: number;
    mentorId: number;
    menteeId: number;
    state: 'active' | 'ended';
  }>`
    select id::int as id, program_id::int as "programId", mentor_employee_id::int as "mentorId",
      mentee_employee_id::int as "menteeId", state
    from mentoring_pair where id = ${pairId} for update`.execute(tx);
  return rows[0];
}

export async function activePairsOf(tx: Tx, programId: number) {
  const { rows } = await sql<{ mentorId: number; menteeId: number }>`
    select mentor_employee_id::int as "mentorId", mentee_employee_id::int as "menteeId"
    from mentoring_pair where program_id = ${programId} and state = 'active'`.execute(tx);
  return rows;
}

export async function insertPair(
  tx: Tx,
  tenantId: number,
  values: {
    programId: number;
    mentorId: number;
    menteeId: number;
    source: 'matched' | 'manual';
    score: number;
    covered: StoredCoverage[];
    overrideReason: string | null;
    createdBy: number;
  },
) {
  const { rows } = await sql<{ id: number }>`
    insert into mentoring_pair (tenant_id, program_id, mentor_employee_id, mentee_employee_id, source, score,
      covered, override_reason, created_by)
    values (${tenantId}, ${values.programId}, ${values.mentorId}, ${values.menteeId}, ${values.source},
      ${values.score}, ${JSON.stringify(values.covered)}, ${values.overrideReason}, ${values.createdBy})
    returning id::int as id`.execute(tx);
  return rows[0]!.id;
}

/** Ends an active pair with sessions, deletes one without: false when it was not active. */
export async function endPair(tx: Tx, pairId: number, at: Date): Promise<'ended' | 'deleted' | false> {
  const deleted = await sql`delete from mentoring_pair p where p.id = ${pairId} and p.state = 'active'
    and not exists (select from mentoring_session s where s.tenant_id = p.tenant_id and s.pair_id = p.id)
    returning 1`.execute(tx);
  if (deleted.rows.length > 0) return 'deleted';
  const ended = await sql`update mentoring_pair set state = 'ended', ended_at = ${at}
    where id = ${pairId} and state = 'active' returning 1`.execute(tx);
  return ended.rows.length > 0 ? 'ended' : false;
}

export async function goalsOf(tx: Tx, pairId: number) {
  const { rows } = await sql<{
    id: number;
    text: string;
    state: 'open' | 'achieved' | 'dropped';
    settledAt: Date | null;
  }>`
    select id::int as id, text, state, settled_at as "settledAt" from mentoring_goal
    where pair_id = ${pairId} order by id`.execute(tx);
  return rows;
}

export async function insertGoal(tx: Tx, tenantId: number, pairId: number, text: string, by: number) {
  const { rows } = await sql<{ id: number }>`
    insert into mentoring_goal (tenant_id, pair_id, text, created_by) values (${tenantId}, ${pairId}, ${text}, ${by})
    returning id::int as id`.execute(tx);
  return rows[0]!.id;
}

export async function setGoalState(tx: Tx, pairId: number, goalId: number, state: string, at: Date) {
  const { rows } = await sql`
    update mentoring_goal set state = ${state}, settled_at = ${state === 'open' ? null : at}
    where id = ${goalId} and pair_id = ${pairId} returning 1`.execute(tx);
  return rows.length > 0;
}

export interface SessionRow {
  id: number;
  heldOn: string;
  topic: string;
  minutes: number;
  notes: string | null;
  jp: number;
  loggedAs: 'mentor' | 'mentee' | 'agency';
  loggedBy: string | null;
  loggedByAccount: number | null;
  confirmedAt: Date | null;
}

export async function sessionsOf(tx: Tx, pairId: number, sessionId?: number) {
  const { rows } = await sql<SessionRow & { jp: string }>`
    select s.id::int as id, s.held_on::text as "heldOn", s.topic, s.minutes, s.notes, s.jp,
      s.logged_as as "loggedAs", a.display_name as "loggedBy", s.logged_by::int as "loggedByAccount",
      s.confirmed_at as "confirmedAt"
    from mentoring_session s left join account a on a.tenant_id = s.tenant_id and a.id = s.logged_by
    where s.pair_id = ${pairId} and ${sessionId === undefined ? sql`true` : sql`s.id = ${sessionId}`}
    order by s.held_on desc, s.id desc`.execute(tx);
  return rows.map((row) => ({ ...row, jp: Number(row.jp) }));
}

/** Logs a session; null when the pair already has one of that day and topic. */
export async function insertSession(
  tx: Tx,
  tenantId: number,
  pairId: number,
  values: {
    heldOn: string;
    topic: string;
    minutes: number;
    notes: string | null;
    jp: number;
    loggedAs: 'mentor' | 'mentee' | 'agency';
    loggedBy: number;
    confirmed: boolean;
  },
  at: Date,
) {
  const { rows } = await sql<{ id: number }>`
    insert into mentoring_session (tenant_id, pair_id, held_on, topic, minutes, notes, jp, logged_as, logged_by,
      logged_at, confirmed_by, confirmed_at)
    values (${tenantId}, ${pairId}, ${values.heldOn}, ${values.topic}, ${values.minutes}, ${values.notes},
      ${values.jp}, ${values.loggedAs}, ${values.loggedBy}, ${at}, ${values.confirmed ? values.loggedBy : null},
      ${values.confirmed ? at : null})
    on conflict do nothing returning id::int as id`.execute(tx);
  return rows[0]?.id ?? null;
}

export async function confirmSession(tx: Tx, pairId: number, sessionId: number, by: number, at: Date) {
  const { rows } = await sql<{ heldOn: string }>`
    update mentoring_session set confirmed_by = ${by}, confirmed_at = ${at}
    where id = ${sessionId} and pair_id = ${pairId} and confirmed_at is null
    returning held_on::text as "heldOn"`.execute(tx);
  return rows[0]?.heldOn ?? null;
}

export async function deleteUnconfirmedSession(tx: Tx, pairId: number, sessionId: number) {
  const { rows } = await sql`delete from mentoring_session where id = ${sessionId} and pair_id = ${pairId}
    and confirmed_at is null returning 1`.execute(tx);
  return rows.length > 0;
}

/**
 * Keeps the mentee's development record of the pair's year equal to its confirmed sessions: one
 * record per pair and year (started on its first session, ended on its last), in SIASN's shape.
 */
export async function creditYear(
  tx: Tx,
  tenantId: number,
  values: {
    pairId: number;
    year: number;
    menteeId: number;
    name: string;
    pathCode: string;
    recordedBy: number;
  },
) {
  const { rows } = await sql<{ first: string; last: string; jp: string }>`
    select min(held_on)::text as first, max(held_on)::text as last, sum(jp) as jp from mentoring_session
    where pair_id = ${values.pairId} and confirmed_at is not null
      and held_on between make_date(${values.year}, 1, 1) and make_date(${values.year}, 12, 31)`.execute(tx);
  const total = rows[0];
  if (!total || total.jp === null || Number(total.jp) <= 0) return null;
  const held = await sql<{ recordId: number }>`
    select development_record_id::int as "recordId" from mentoring_credit
    where pair_id = ${values.pairId} and year = ${values.year}`.execute(tx);
  const existing = held.rows[0]?.recordId;
  if (existing !== undefined) {
    await sql`update development_record set started_on = ${total.first}, ended_on = ${total.last}, jp = ${total.jp},
      recorded_by = ${values.recordedBy}, updated_at = now() where id = ${existing}`.execute(tx);
    return existing;
  }
  const inserted = await sql<{ id: number }>`
    insert into development_record (tenant_id, employee_id, kind, name, path_code, started_on, ended_on, jp,
      source, program_ref, recorded_by)
    values (${tenantId}, ${values.menteeId}, 'program', ${values.name}, ${values.pathCode}, ${total.first},
      ${total.last}, ${total.jp}, 'program', ${`mentoring:${values.pairId}`}, ${values.recordedBy})
    returning id::int as id`.execute(tx);
  const id = inserted.rows[0]!.id;
  await sql`insert into mentoring_credit (tenant_id, pair_id, year, development_record_id)
    values (${tenantId}, ${values.pairId}, ${values.year}, ${id})`.execute(tx);
  return id;
}

export async function reflectionsOf(tx: Tx, pairId: number) {
  const { rows } = await sql<{
    author: 'mentor' | 'mentee';
    text: string;
    usefulness: number;
    writtenAt: Date;
  }>`
    select author, text, usefulness, written_at as "writtenAt" from mentoring_reflection
    where pair_id = ${pairId} order by author desc`.execute(tx);
  return rows;
}

export async function upsertReflection(
  tx: Tx,
  tenantId: number,
  pairId: number,
  values: { author: 'mentor' | 'mentee'; text: string; usefulness: number; by: number },
  at: Date,
) {
  await sql`
    insert into mentoring_reflection (tenant_id, pair_id, author, text, usefulness, written_by, written_at)
    values (${tenantId}, ${pairId}, ${values.author}, ${values.text}, ${values.usefulness}, ${values.by}, ${at})
    on conflict (tenant_id, pair_id, author) do update set text = excluded.text,
      usefulness = excluded.usefulness, written_by = excluded.written_by, written_at = excluded.written_at`.execute(
    tx,
  );
}

/** Whether the program has a session outside these days (a scheme's period may not leave one out). */
export async function sessionsOutside(tx: Tx, programId: number, from: string, to: string) {
  const { rows } = await sql`
    select 1 from mentoring_session s
    join mentoring_pair p on p.tenant_id = s.tenant_id and p.id = s.pair_id
    where p.program_id = ${programId} and (s.held_on < ${from} or s.held_on > ${to}) limit 1`.execute(tx);
  return rows.length > 0;
}

/** Whether the employee is a mentor or mentee of one of the program's pairs. */
export async function isSide(tx: Tx, programId: number, employeeId: number | null) {
  if (employeeId === null) return false;
  const { rows } = await sql`select 1 from mentoring_pair where program_id = ${programId}
    and (mentor_employee_id = ${employeeId} or mentee_employee_id = ${employeeId}) limit 1`.execute(tx);
  return rows.length > 0;
}
