import type {
  ExclusionBody,
  MentoringSchemeBody,
  PairsBody,
  ReflectionBody,
  SessionBody,
} from '@jenjang/domain/programs/mentoring.contract';
import {
  coverage,
  type MenteeProfile,
  type MentoringNeed,
  type MentorProfile,
  matchMentors,
  pairBlock,
} from '@jenjang/domain/programs/mentoring.rules';
import { sessionJp } from '@jenjang/domain/programs/mentoring-jp.rules';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import type { Locale } from '../../i18n/translate';
import * as mentoring from './mentoring.repository';
import * as repo from './program.repository';

// Mentoring (NKL02) and coaching (NKL01): the agency sets a program's scheme, names mentors and
// mentees, and pairs them — Jenjang proposes the pairs of greatest complementarity under every
// mentor's capacity and the published rules (domain mentoring.rules.ts), the agency keeps or
// adjusts them, setting a rule aside only with a reason. Each pair keeps its goals and logs its
// sessions on a phone; a session logged by one side counts once the other confirms it, and its JP
// go to the mentee's year (mentoring-jp.rules.ts). At the end both sides reflect.
//
// Who sees what: the agency (program.manage) everything; a supervisor the pairs whose mentee is in
// their reach (program.applications); a mentor or mentee their own pairs; nobody else anything.

const MENTORING_PATHS = new Set(['NKL01', 'NKL02']);
const GOVERNMENT = (actor: Actor) => ({ tenantId: actor.tenantId, unitPath: null });
const manages = (actor: Actor) => can(actor, 'program.manage', GOVERNMENT(actor));

async function programOf(tx: Tx, actor: Actor, programId: number) {
  if (!can(actor, 'program.read', GOVERNMENT(actor))) throw notFound();
  const program = await repo.findProgram(tx, programId);
  // A draft is the agency's; its pairs' mentors and mentees read it too (program.service.ts).
  if (
    !program ||
    (program.state === 'draft' &&
      !manages(actor) &&
      !(await mentoring.isSide(tx, programId, actor.employeeId)))
  ) {
    throw notFound();
  }
  return program;
}

function requireManager(actor: Actor) {
  if (!manages(actor)) throw new ProblemError(403, 'program.notManager');
}

/** The scheme of a program the agency changes, locked; 409 when there is none or it has ended. */
async function openScheme(tx: Tx, programId: number) {
  const scheme = await mentoring.findScheme(tx, programId, { lock: true });
  if (!scheme) throw new ProblemError(409, 'mentoring.noScheme');
  if (scheme.endedAt !== null) throw new ProblemError(409, 'mentoring.ended');
  return scheme;
}

function schemeView(scheme: mentoring.SchemeRow) {
  const { governmentMinutesPerJp, ...rest } = scheme;
  return {
    ...rest,
    effectiveMinutesPerJp: scheme.minutesPerJp ?? governmentMinutesPerJp,
    endedAt: scheme.endedAt?.toISOString() ?? null,
  };
}

type Names = Map<string, { code: string; name: string }>;

function coveredView(covered: readonly mentoring.StoredCoverage[], names: Names) {
  return covered.map((c) => ({
    ...c,
    competency: names.get(c.competency)?.code ?? c.competency,
    name: names.get(c.competency)?.name ?? c.competency,
  }));
}

function pairView(row: mentoring.PairRow, names: Names) {
  const { menteeUnitPath: _path, programId: _program, ...rest } = row;
  return { ...rest, covered: coveredView(row.covered, names) };
}

/** The mentoring of a program: everything for the agency, the pairs in reach for anyone else. */
export async function overview(db: Db, actor: Actor, programId: number, locale: Locale) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await programOf(tx, actor, programId);
    const scheme = await mentoring.findScheme(tx, programId);
    const manager = manages(actor);
    const names = await mentoring.competencyNames(tx, locale);
    const all = scheme ? await mentoring.pairs(tx, { programId }) : [];
    const visible = all.filter(
      (p) =>
        manager ||
        p.mentor.id === actor.employeeId ||
        p.mentee.id === actor.employeeId ||
        can(actor, 'program.applications', { tenantId: actor.tenantId, unitPath: p.menteeUnitPath }),
    );
    const menteeRows = manager && scheme ? await mentoring.menteesOf(tx, programId) : [];
    const needs = await menteeNeedCounts(tx, menteeRows);
    return {
      scheme: scheme ? schemeView(scheme) : null,
      offered: MENTORING_PATHS.has(program.pathCode),
      canManage: manager,
      mentors: manager && scheme ? await mentoring.mentorsOf(tx, programId) : [],
      mentees: menteeRows.map((m) => ({ ...m, needs: needs.get(m.id) ?? 0 })),
      exclusions:
        manager && scheme
          ? (await mentoring.exclusionsOf(tx, programId)).map((e) => ({
              ...e,
              createdAt: e.createdAt.toISOString(),
            }))
          : [],
      pairs: visible.map((p) => pairView(p, names)),
      totals: {
        sessions: visible.reduce((n, p) => n + p.sessions - p.unconfirmed, 0),
        jp: Math.round(visible.reduce((n, p) => n + p.jp, 0) * 100) / 100,
        goals: visible.reduce((n, p) => n + p.goals, 0),
        goalsAchieved: visible.reduce((n, p) => n + p.goalsAchieved, 0),
      },
    };
  });
}

/** Sets (or changes) a program's mentoring scheme: only for a coaching or mentoring program. */
export async function setScheme(
  db: Db,
  actor: Actor,
  programId: number,
  body: z.output<typeof MentoringSchemeBody>,
  locale: Locale,
) {
  requireManager(actor);
  await withTenant(db, actor.tenantId, async (tx) => {
    const program = await programOf(tx, actor, programId);
    if (!MENTORING_PATHS.has(program.pathCode)) throw new ProblemError(409, 'mentoring.notOffered');
    if (program.state === 'cancelled') throw new ProblemError(409, 'mentoring.programCancelled');
    const scheme = await mentoring.findScheme(tx, programId, { lock: true });
    if (scheme?.endedAt) throw new ProblemError(409, 'mentoring.ended');
    if (scheme && (await mentoring.sessionsOutside(tx, programId, body.startsOn, body.endsOn))) {
      throw new ProblemError(409, 'mentoring.sessionsOutsidePeriod');
    }
    await mentoring.upsertScheme(tx, actor.tenantId, programId, body);
    await changed(tx, actor, programId, 'scheme');
  });
  return overview(db, actor, programId, locale);
}

async function changed(
  tx: Tx,
  actor: Actor,
  programId: number,
  change: 'scheme' | 'mentor' | 'mentee' | 'exclusion' | 'ended',
) {
  await publish(tx, actor.tenantId, {
    type: 'program.mentoringChanged',
    actorAccountId: actor.accountId,
    payload: { programId, change },
  });
}

/** The employees exist in this government and are active, or a 400 on the field. */
async function requireActive(tx: Tx, ids: readonly number[], field: string) {
  const active = await mentoring.activeEmployees(tx, ids);
  if (ids.some((id) => !active.has(id))) {
    throw new ProblemError(400, 'mentoring.unknownEmployee', {}, [
      { path: `body/${field}`, key: 'mentoring.unknownEmployee' },
    ]);
  }
}

export async function addMentor(
  db: Db,
  actor: Actor,
  programId: number,
  body: { employeeId: number; capacity: number | null },
  locale: Locale,
) {
  requireManager(actor);
  await withTenant(db, actor.tenantId, async (tx) => {
    await programOf(tx, actor, programId);
    const scheme = await openScheme(tx, programId);
    await requireActive(tx, [body.employeeId], 'employeeId');
    if ((await mentoring.isRole(tx, programId, 'mentee', [body.employeeId])).size > 0) {
      throw new ProblemError(409, 'mentoring.bothRoles');
    }
    const capacity = body.capacity ?? scheme.mentorCapacity;
    const paired = (await mentoring.activePairsOf(tx, programId)).filter(
      (p) => p.mentorId === body.employeeId,
    );
    if (paired.length > capacity)
      throw new ProblemError(409, 'mentoring.capacityBelowPairs', { paired: paired.length });
    await mentoring.upsertMentor(tx, actor.tenantId, programId, body.employeeId, capacity);
    await changed(tx, actor, programId, 'mentor');
  });
  return overview(db, actor, programId, locale);
}

export async function addMentees(
  db: Db,
  actor: Actor,
  programId: number,
  employeeIds: number[],
  locale: Locale,
) {
  requireManager(actor);
  const ids = [...new Set(employeeIds)];
  await withTenant(db, actor.tenantId, async (tx) => {
    await programOf(tx, actor, programId);
    await openScheme(tx, programId);
    await requireActive(tx, ids, 'employeeIds');
    if ((await mentoring.isRole(tx, programId, 'mentor', ids)).size > 0) {
      throw new ProblemError(409, 'mentoring.bothRoles');
    }
    await mentoring.addMentees(tx, actor.tenantId, programId, ids);
    await changed(tx, actor, programId, 'mentee');
  });
  return overview(db, actor, programId, locale);
}

/** Takes a mentor or mentee off the scheme; one who has (had) a pair stays on record: 409. */
export async function removePerson(
  db: Db,
  actor: Actor,
  programId: number,
  role: 'mentor' | 'mentee',
  employeeId: number,
  locale: Locale,
) {
  requireManager(actor);
  await withTenant(db, actor.tenantId, async (tx) => {
    await programOf(tx, actor, programId);
    await openScheme(tx, programId);
    if (!(await mentoring.removeUnpaired(tx, programId, role, employeeId))) {
      if (await mentoring.hasPairs(tx, programId, role, employeeId))
        throw new ProblemError(409, 'mentoring.hasPairs');
      throw notFound();
    }
    await changed(tx, actor, programId, role);
  });
  return overview(db, actor, programId, locale);
}

export async function addExclusion(
  db: Db,
  actor: Actor,
  programId: number,
  body: z.output<typeof ExclusionBody>,
  locale: Locale,
) {
  requireManager(actor);
  await withTenant(db, actor.tenantId, async (tx) => {
    await programOf(tx, actor, programId);
    await openScheme(tx, programId);
    await requireActive(tx, [body.mentorId], 'mentorId');
    await requireActive(tx, [body.menteeId], 'menteeId');
    const active = await mentoring.activePairsOf(tx, programId);
    if (active.some((p) => p.mentorId === body.mentorId && p.menteeId === body.menteeId)) {
      throw new ProblemError(409, 'mentoring.exclusionPaired');
    }
    if (
      !(await mentoring.insertExclusion(tx, actor.tenantId, programId, {
        ...body,
        createdBy: actor.accountId,
      }))
    ) {
      throw new ProblemError(409, 'mentoring.exclusionTwice');
    }
    await changed(tx, actor, programId, 'exclusion');
  });
  return overview(db, actor, programId, locale);
}

export async function removeExclusion(
  db: Db,
  actor: Actor,
  programId: number,
  mentorId: number,
  menteeId: number,
  locale: Locale,
) {
  requireManager(actor);
  await withTenant(db, actor.tenantId, async (tx) => {
    await programOf(tx, actor, programId);
    await openScheme(tx, programId);
    if (!(await mentoring.deleteExclusion(tx, programId, mentorId, menteeId))) throw notFound();
    await changed(tx, actor, programId, 'exclusion');
  });
  return overview(db, actor, programId, locale);
}

/** The people of the scheme as the matching sees them, with the pairs already made. */
async function matchingInput(tx: Tx, programId: number, scheme: mentoring.SchemeRow) {
  const mentorRows = await mentoring.mentorsOf(tx, programId);
  const menteeRows = await mentoring.menteesOf(tx, programId);
  const profileRows = await mentoring.profiles(tx, [
    ...mentorRows.map((m) => m.id),
    ...menteeRows.map((m) => m.id),
  ]);
  const byId = new Map(profileRows.map((p) => [p.id, p]));
  const levelsOf = (id: number) =>
    new Map(Object.entries(byId.get(id)?.levels ?? {}).map(([c, level]) => [c, Number(level)]));
  const mentors: MentorProfile[] = mentorRows.map((m) => ({
    employeeId: m.id,
    unitPath: byId.get(m.id)?.unitPath ?? [],
    positionKind: byId.get(m.id)?.positionKind ?? null,
    levels: levelsOf(m.id),
    capacity: m.capacity,
  }));
  const mentees: MenteeProfile[] = menteeRows.map((m) => ({
    employeeId: m.id,
    unitPath: byId.get(m.id)?.unitPath ?? [],
    needs: needsOf(byId.get(m.id)?.required ?? {}, levelsOf(m.id)),
  }));
  const competencies = (await repo.programCompetencies(tx, programId, 'id')).map((c) =>
    String(c.competencyId),
  );
  const rules = {
    unit: scheme.unitRule,
    allowSupervisor: scheme.allowSupervisor,
    competencies: competencies.length > 0 ? competencies : null,
    exclusions: await mentoring.exclusionPairs(tx, programId),
    fixed: await mentoring.activePairsOf(tx, programId),
  };
  return { mentors, mentees, rules, mentorRows, menteeRows };
}

/** A mentee's development needs: the standard of their position above their current levels. */
function needsOf(required: Record<string, number>, levels: ReadonlyMap<string, number>): MentoringNeed[] {
  return Object.entries(required).flatMap(([competency, level]) => {
    const actual = levels.get(competency);
    return actual !== undefined && actual < Number(level)
      ? [{ competency, required: Number(level), actual }]
      : [];
  });
}

/** How many development needs each mentee has (their position's standard above their levels). */
async function menteeNeedCounts(tx: Tx, menteeRows: readonly mentoring.PersonRow[]) {
  const profileRows = await mentoring.profiles(
    tx,
    menteeRows.map((m) => m.id),
  );
  return new Map(
    profileRows.map((p) => [
      p.id,
      needsOf(p.required ?? {}, new Map(Object.entries(p.levels ?? {}).map(([c, l]) => [c, Number(l)])))
        .length,
    ]),
  );
}

/** The optimal pairs of the mentees not yet paired, with the pairs already made kept (not saved). */
export async function proposal(db: Db, actor: Actor, programId: number, locale: Locale) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    await programOf(tx, actor, programId);
    const scheme = await mentoring.findScheme(tx, programId);
    if (!scheme) throw new ProblemError(409, 'mentoring.noScheme');
    const input = await matchingInput(tx, programId, scheme);
    const result = matchMentors(input.mentors, input.mentees, input.rules);
    const names = await mentoring.competencyNames(tx, locale);
    const people = new Map([...input.mentorRows, ...input.menteeRows].map((p) => [p.id, personOf(p)]));
    return {
      pairs: result.pairs.map((p) => ({
        mentor: people.get(p.mentorId)!,
        mentee: people.get(p.menteeId)!,
        score: p.score,
        covered: coveredView(p.covered, names),
        fixed: p.fixed,
        bestAlone: p.bestAlone,
      })),
      unmatched: result.unmatched.map((u) => ({ mentee: people.get(u.menteeId)!, reason: u.reason })),
      totalScore: result.totalScore,
    };
  });
}

const personOf = ({ id, nip, name, unit }: mentoring.PersonRow) => ({ id, nip, name, unit });

/**
 * Makes pairs, all or none: each mentor and mentee on the scheme, each mentee in one active pair,
 * no mentor beyond their capacity, and a pairing rule set aside only with a reason. A pair the
 * optimal matching proposes as things stand is recorded as matched, any other as set by hand.
 */
export async function createPairs(
  db: Db,
  actor: Actor,
  programId: number,
  body: z.output<typeof PairsBody>,
  locale: Locale,
) {
  requireManager(actor);
  await withTenant(db, actor.tenantId, async (tx) => {
    await programOf(tx, actor, programId);
    // The scheme's lock orders every change of pairs: two agency officers never overfill a mentor.
    const scheme = await openScheme(tx, programId);
    const input = await matchingInput(tx, programId, scheme);
    const proposed = matchMentors(input.mentors, input.mentees, input.rules).pairs.filter((p) => !p.fixed);
    const mentors = new Map(input.mentors.map((m) => [m.employeeId, m]));
    const mentees = new Map(input.mentees.map((m) => [m.employeeId, m]));
    const load = new Map<number, number>();
    for (const p of input.rules.fixed) load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + 1);
    const taken = new Set(input.rules.fixed.map((p) => p.menteeId));
    const ids: number[] = [];
    for (const [index, wanted] of body.pairs.entries()) {
      const field = (name: string) => [{ path: `body/pairs/${index}/${name}`, key: `mentoring.${name}` }];
      const mentor = mentors.get(wanted.mentorId);
      const mentee = mentees.get(wanted.menteeId);
      if (!mentor) throw new ProblemError(400, 'mentoring.notMentor', {}, field('mentorId'));
      if (!mentee) throw new ProblemError(400, 'mentoring.notMentee', {}, field('menteeId'));
      if (taken.has(mentee.employeeId)) throw new ProblemError(409, 'mentoring.menteePaired');
      if ((load.get(mentor.employeeId) ?? 0) >= mentor.capacity) {
        throw new ProblemError(409, 'mentoring.mentorFull', { capacity: mentor.capacity });
      }
      const block = pairBlock(mentor, mentee, input.rules);
      if (block === 'self') throw new ProblemError(400, 'mentoring.self', {}, field('menteeId'));
      if (block !== null && wanted.overrideReason === null) {
        throw new ProblemError(409, `mentoring.blocked.${block}`);
      }
      const { score, covered } = coverage(mentor, mentee, input.rules.competencies);
      const matched =
        block === null &&
        proposed.some((p) => p.mentorId === mentor.employeeId && p.menteeId === mentee.employeeId);
      ids.push(
        await mentoring.insertPair(tx, actor.tenantId, {
          programId,
          mentorId: mentor.employeeId,
          menteeId: mentee.employeeId,
          source: matched ? 'matched' : 'manual',
          score,
          covered,
          overrideReason: block === null ? null : wanted.overrideReason,
          createdBy: actor.accountId,
        }),
      );
      load.set(mentor.employeeId, (load.get(mentor.employeeId) ?? 0) + 1);
      taken.add(mentee.employeeId);
    }
    await publish(tx, actor.tenantId, {
      type: 'program.mentorsPaired',
      actorAccountId: actor.accountId,
      payload: { programId, pairIds: ids },
    });
  });
  return overview(db, actor, programId, locale);
}

/** Ends a pair (kept with its sessions), or removes one that never met. */
export async function endPair(db: Db, actor: Actor, pairId: number, now: Date, locale: Locale) {
  requireManager(actor);
  const programId = await withTenant(db, actor.tenantId, async (tx) => {
    const pair = await mentoring.lockPair(tx, pairId);
    if (!pair) throw notFound();
    await programOf(tx, actor, pair.programId);
    await openScheme(tx, pair.programId);
    const result = await mentoring.endPair(tx, pairId, now);
    if (!result) throw new ProblemError(409, 'mentoring.pairEnded');
    await publish(tx, actor.tenantId, {
      type: 'program.mentoringPairEnded',
      actorAccountId: actor.accountId,
      payload: { programId: pair.programId, pairId, removed: result === 'deleted' },
    });
    return pair.programId;
  });
  return overview(db, actor, programId, locale);
}

/** Ends the program's mentoring: every pair ends, nothing more is logged, reflections open. */
export async function endScheme(db: Db, actor: Actor, programId: number, now: Date, locale: Locale) {
  requireManager(actor);
  await withTenant(db, actor.tenantId, async (tx) => {
    await programOf(tx, actor, programId);
    await openScheme(tx, programId);
    await mentoring.endScheme(tx, programId, actor.accountId, now);
    await changed(tx, actor, programId, 'ended');
  });
  return overview(db, actor, programId, locale);
}

/** The reader's side in a pair, whether they may read it, and whether they manage it. */
async function pairInReach(tx: Tx, actor: Actor, pairId: number) {
  const row = (await mentoring.pairs(tx, { pairId }))[0];
  if (!row) throw notFound();
  const side =
    actor.employeeId === row.mentor.id ? 'mentor' : actor.employeeId === row.mentee.id ? 'mentee' : null;
  const manager = manages(actor);
  const reads =
    side !== null ||
    manager ||
    can(actor, 'program.applications', { tenantId: actor.tenantId, unitPath: row.menteeUnitPath });
  if (!reads || !can(actor, 'program.read', GOVERNMENT(actor))) throw notFound();
  const program = (await repo.findProgram(tx, row.programId))!;
  const scheme = (await mentoring.findScheme(tx, row.programId))!;
  return { row, side: side as 'mentor' | 'mentee' | null, manager, program, scheme };
}

/** One pair: its goals, sessions (what the reader may confirm) and reflections. */
export async function pairDetail(db: Db, actor: Actor, pairId: number, now: Date, locale: Locale) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { row, side, manager, program, scheme } = await pairInReach(tx, actor, pairId);
    const names = await mentoring.competencyNames(tx, locale);
    const today = await tenantToday(tx, now);
    const sessions = await mentoring.sessionsOf(tx, pairId);
    return {
      ...pairView(row, names),
      programId: program.id,
      programTitle: program.title,
      pathCode: program.pathCode,
      scheme: schemeView(scheme),
      side,
      canManage: manager,
      goalList: (await mentoring.goalsOf(tx, pairId)).map((g) => ({
        ...g,
        settledAt: g.settledAt?.toISOString() ?? null,
      })),
      sessionList: sessions.map(({ loggedByAccount: _account, ...s }) => ({
        ...s,
        confirmedAt: s.confirmedAt?.toISOString() ?? null,
        canConfirm: s.confirmedAt === null && confirms(s.loggedAs, side, manager),
      })),
      reflectionList: (await mentoring.reflectionsOf(tx, pairId)).map((r) => ({
        ...r,
        writtenAt: r.writtenAt.toISOString(),
      })),
      reflectionOpen: reflectionOpen(row.state, scheme, today),
    };
  });
}

/** A session logged by one side is confirmed by the other, or by the agency. */
const confirms = (loggedAs: string, side: 'mentor' | 'mentee' | null, manager: boolean) =>
  manager || (side !== null && loggedAs !== side && loggedAs !== 'agency');

const reflectionOpen = (state: string, scheme: mentoring.SchemeRow, today: string) =>
  state === 'ended' || scheme.endedAt !== null || today >= scheme.endsOn;

/** A pair one of its sides (or the agency) changes: locked, in reach, and still running. */
async function activePairFor(tx: Tx, actor: Actor, pairId: number) {
  const locked = await mentoring.lockPair(tx, pairId);
  if (!locked) throw notFound();
  const found = await pairInReach(tx, actor, pairId);
  if (found.side === null && !found.manager) throw new ProblemError(403, 'mentoring.notInPair');
  return { ...found, locked };
}

function requireRunning(state: string, scheme: mentoring.SchemeRow) {
  if (scheme.endedAt !== null) throw new ProblemError(409, 'mentoring.ended');
  if (state !== 'active') throw new ProblemError(409, 'mentoring.pairEnded');
}

export async function addGoal(db: Db, actor: Actor, pairId: number, text: string, now: Date, locale: Locale) {
  await withTenant(db, actor.tenantId, async (tx) => {
    const { row, scheme } = await activePairFor(tx, actor, pairId);
    requireRunning(row.state, scheme);
    if ((await mentoring.goalsOf(tx, pairId)).length >= 20)
      throw new ProblemError(409, 'mentoring.tooManyGoals');
    await mentoring.insertGoal(tx, actor.tenantId, pairId, text, actor.accountId);
  });
  return pairDetail(db, actor, pairId, now, locale);
}

export async function setGoalState(
  db: Db,
  actor: Actor,
  pairId: number,
  goalId: number,
  state: 'open' | 'achieved' | 'dropped',
  now: Date,
  locale: Locale,
) {
  await withTenant(db, actor.tenantId, async (tx) => {
    const { scheme } = await activePairFor(tx, actor, pairId);
    if (scheme.endedAt !== null) throw new ProblemError(409, 'mentoring.ended');
    if (!(await mentoring.setGoalState(tx, pairId, goalId, state, now))) throw notFound();
  });
  return pairDetail(db, actor, pairId, now, locale);
}

/** Logs a session of a running pair, within the scheme's period and not in the future. */
export async function logSession(
  db: Db,
  actor: Actor,
  pairId: number,
  body: z.output<typeof SessionBody>,
  now: Date,
  locale: Locale,
) {
  await withTenant(db, actor.tenantId, async (tx) => {
    const { row, side, scheme, program } = await activePairFor(tx, actor, pairId);
    requireRunning(row.state, scheme);
    const today = await tenantToday(tx, now);
    if (body.heldOn > today) {
      throw new ProblemError(400, 'mentoring.sessionInFuture', {}, [
        { path: 'body/heldOn', key: 'mentoring.sessionInFuture' },
      ]);
    }
    if (body.heldOn < scheme.startsOn || body.heldOn > scheme.endsOn) {
      throw new ProblemError(
        400,
        'mentoring.sessionOutsidePeriod',
        { from: scheme.startsOn, to: scheme.endsOn },
        [{ path: 'body/heldOn', key: 'mentoring.sessionOutsidePeriod' }],
      );
    }
    const jp = sessionJp(body.minutes, {
      minutesPerJp: scheme.minutesPerJp ?? scheme.governmentMinutesPerJp,
      maxPerSession: scheme.maxJpPerSession,
    });
    const loggedAs = side ?? 'agency';
    const id = await mentoring.insertSession(
      tx,
      actor.tenantId,
      pairId,
      { ...body, jp, loggedAs, loggedBy: actor.accountId, confirmed: loggedAs === 'agency' },
      now,
    );
    if (id === null) throw new ProblemError(409, 'mentoring.sessionTwice');
    await publish(tx, actor.tenantId, {
      type: 'program.mentoringSessionLogged',
      actorAccountId: actor.accountId,
      payload: { programId: program.id, pairId, sessionId: id, loggedAs, jp },
    });
    if (loggedAs === 'agency') await credit(tx, actor, row, program, body.heldOn, id);
  });
  return pairDetail(db, actor, pairId, now, locale);
}

/** Credits the session's year to the mentee's development record and says so. */
async function credit(
  tx: Tx,
  actor: Actor,
  row: mentoring.PairRow,
  program: repo.ProgramRow,
  heldOn: string,
  sessionId: number,
) {
  const recordId = await mentoring.creditYear(tx, actor.tenantId, {
    pairId: row.id,
    year: Number(heldOn.slice(0, 4)),
    menteeId: row.mentee.id,
    name: program.title,
    pathCode: program.pathCode,
    recordedBy: actor.accountId,
  });
  await publish(tx, actor.tenantId, {
    type: 'program.mentoringSessionConfirmed',
    actorAccountId: actor.accountId,
    payload: {
      programId: program.id,
      pairId: row.id,
      sessionId,
      employeeId: row.mentee.id,
      ...(recordId === null ? {} : { developmentRecordId: recordId }),
      unitPath: row.menteeUnitPath ?? [],
    },
  });
}

/** The other side (or the agency) confirms a session: its JP go to the mentee's year. */
export async function confirmSession(
  db: Db,
  actor: Actor,
  pairId: number,
  sessionId: number,
  now: Date,
  locale: Locale,
) {
  await withTenant(db, actor.tenantId, async (tx) => {
    const { row, side, manager, program } = await activePairFor(tx, actor, pairId);
    const session = (await mentoring.sessionsOf(tx, pairId, sessionId))[0];
    if (!session) throw notFound();
    if (session.confirmedAt !== null) throw new ProblemError(409, 'mentoring.sessionConfirmed');
    if (!confirms(session.loggedAs, side, manager)) throw new ProblemError(403, 'mentoring.confirmOtherSide');
    await mentoring.confirmSession(tx, pairId, sessionId, actor.accountId, now);
    await credit(tx, actor, row, program, session.heldOn, sessionId);
  });
  return pairDetail(db, actor, pairId, now, locale);
}

/** Withdraws a session not yet confirmed: by whoever logged it, or the agency. */
export async function deleteSession(
  db: Db,
  actor: Actor,
  pairId: number,
  sessionId: number,
  now: Date,
  locale: Locale,
) {
  await withTenant(db, actor.tenantId, async (tx) => {
    const { manager } = await activePairFor(tx, actor, pairId);
    const session = (await mentoring.sessionsOf(tx, pairId, sessionId))[0];
    if (!session) throw notFound();
    if (session.confirmedAt !== null) throw new ProblemError(409, 'mentoring.sessionConfirmed');
    if (!manager && session.loggedByAccount !== actor.accountId) {
      throw new ProblemError(403, 'mentoring.notYourSession');
    }
    await mentoring.deleteUnconfirmedSession(tx, pairId, sessionId);
  });
  return pairDetail(db, actor, pairId, now, locale);
}

/** Each side's reflection, once the pair or the mentoring has ended or its last day has come. */
export async function writeReflection(
  db: Db,
  actor: Actor,
  pairId: number,
  body: z.output<typeof ReflectionBody>,
  now: Date,
  locale: Locale,
) {
  await withTenant(db, actor.tenantId, async (tx) => {
    const { row, side, scheme } = await activePairFor(tx, actor, pairId);
    if (side === null) throw new ProblemError(403, 'mentoring.reflectionOwnSide');
    if (!reflectionOpen(row.state, scheme, await tenantToday(tx, now))) {
      throw new ProblemError(409, 'mentoring.reflectionNotYet', { day: scheme.endsOn });
    }
    await mentoring.upsertReflection(
      tx,
      actor.tenantId,
      pairId,
      { author: side, ...body, by: actor.accountId },
      now,
    );
  });
  return pairDetail(db, actor, pairId, now, locale);
}

/** The reader's own pairs, as mentor or mentee, across programs. */
export async function myMentoring(db: Db, actor: Actor) {
  if (actor.employeeId === null || !can(actor, 'program.read', GOVERNMENT(actor))) return { items: [] };
  const me = actor.employeeId;
  return withTenant(db, actor.tenantId, async (tx) => {
    const rows = await mentoring.pairs(tx, { employeeId: me });
    const items = [];
    for (const row of rows) {
      const program = (await repo.findProgram(tx, row.programId))!;
      const scheme = (await mentoring.findScheme(tx, row.programId))!;
      const side = row.mentor.id === me ? ('mentor' as const) : ('mentee' as const);
      items.push({
        pairId: row.id,
        programId: program.id,
        programTitle: program.title,
        side,
        partner: side === 'mentor' ? row.mentee : row.mentor,
        state: row.state,
        sessions: row.sessions,
        jp: row.jp,
        unconfirmed: row.unconfirmed,
        endsOn: scheme.endsOn,
      });
    }
    return { items };
  });
}
