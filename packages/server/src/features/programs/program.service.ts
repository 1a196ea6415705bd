import { PNS_GOLONGAN } from '@jenjang/domain/people/golongan';
import { affirmativeGroupsOf, reservedHolders, seatGroup } from '@jenjang/domain/programs/affirmative.rules';
import type {
  ApplyBody,
  BatchBody,
  NominateBody,
  ProgramBody,
  ProgramListQuery,
  SelectionSummary,
} from '@jenjang/domain/programs/program.contract';
import {
  applicantScore,
  type IneligibilityReason,
  ineligibility,
  levelsShort,
  monthsBetween,
  nextProgramState,
  PROGRAM_TRANSITIONS,
  type ProgramState,
  type ProgramTransition,
  programTermsEditable,
  selectionOutcome,
} from '@jenjang/domain/programs/program.rules';
import { STUDY_PATH } from '@jenjang/domain/programs/program-paths';
import { selectParticipants } from '@jenjang/domain/programs/selection.rules';
import { type Actor, can, listScope } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import { type Locale, translate } from '../../i18n/translate';
import type { Scheduler } from '../../platform/jobs/schedule';
import { partnerExists } from '../partners/partner.service';
import { jpSettings } from '../settings/settings.service';
import { latestBoxes } from '../talent/talent-reading';
import { findScheme, isSide } from './mentoring.repository';
import * as repo from './program.repository';
import { scheduleReminder } from './program-schedules';
import { teachesProgram } from './program-trainer.repository';
import { findCall } from './scholarship.repository';
import { requireDocuments } from './scholarship.service';

// Development programs (domain program.rules.ts): the agency keeps the catalog and each program's
// published terms; employees apply on their own, supervisors nominate their staff; when applicants
// outnumber seats, the selection (domain selection.rules.ts) gives the seats by the published
// score, and every applicant reads their own score, the cut-off and why. A program is the whole
// government's (unitPath null): readable by everyone with program.read, kept by program.manage.

const GOVERNMENT = (actor: Actor) => ({ tenantId: actor.tenantId, unitPath: null });

function requireManage(actor: Actor) {
  if (!can(actor, 'program.manage', GOVERNMENT(actor))) throw new ProblemError(403, 'program.notManager');
}

async function programInReach(tx: Tx, actor: Actor, id: number, options: { lock?: boolean } = {}) {
  if (!can(actor, 'program.read', GOVERNMENT(actor))) throw notFound();
  const program = await repo.findProgram(tx, id, options);
  // A draft is the agency's work in progress: nobody else learns it exists — but for the mentors and
  // mentees of a mentoring run without applications (mentoring.service.ts), who read their program.
  if (
    !program ||
    (program.state === 'draft' &&
      !can(actor, 'program.manage', GOVERNMENT(actor)) &&
      !(await isSide(tx, id, actor.employeeId)))
  ) {
    throw notFound();
  }
  return program;
}

export async function listPrograms(db: Db, actor: Actor, query: z.output<typeof ProgramListQuery>) {
  if (!can(actor, 'program.read', GOVERNMENT(actor))) throw notFound();
  return withTenant(db, actor.tenantId, async (tx) => {
    const manager = can(actor, 'program.manage', GOVERNMENT(actor));
    const visible: ProgramState[] | null = manager
      ? null
      : ['open', 'closed', 'selected', 'completed', 'cancelled'];
    const states = query.state ? (visible && !visible.includes(query.state) ? [] : [query.state]) : visible;
    const { rows, total } = await repo.listPrograms(
      tx,
      { states, employeeId: actor.employeeId },
      { page: query.page, pageSize: query.pageSize },
    );
    return {
      items: rows.map(({ eligibility: _eligibility, ...row }) => row),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

async function view(tx: Tx, actor: Actor, program: repo.ProgramRow, locale: Locale) {
  const manager = can(actor, 'program.manage', GOVERNMENT(actor));
  const batches = await repo.batchesOf(tx, program.id);
  const total = await repo.countApplicants(tx, program.id);
  const { selectionSummary, ...rest } = program;
  return {
    ...rest,
    selectedAt: program.selectedAt?.toISOString() ?? null,
    selection: (selectionSummary as z.output<typeof SelectionSummary> | null) ?? null,
    competencies: await repo.programCompetencies(tx, program.id, locale),
    planItemIds: await repo.planItemIds(tx, program.id),
    batches,
    applicants: total,
    transitions: manager
      ? PROGRAM_TRANSITIONS.filter((t) => nextProgramState(program.state, t) !== null)
      : [],
    editable: manager && programTermsEditable(program.state),
    manageable: manager,
    // The reader teaches one of its batches: they read those batches' evaluation.
    teaches:
      !manager &&
      can(actor, 'program.teach', { tenantId: actor.tenantId, accountId: actor.accountId }) &&
      (await teachesProgram(tx, program.id, actor.accountId)),
  };
}

export async function getProgram(db: Db, actor: Actor, id: number, locale: Locale) {
  return withTenant(db, actor.tenantId, async (tx) =>
    view(tx, actor, await programInReach(tx, actor, id), locale),
  );
}

/** The references a program names exist in this government, or a 400 naming the first that does not. */
async function checkReferences(tx: Tx, body: z.output<typeof ProgramBody>) {
  if (body.policyId !== null && !(await repo.policyExists(tx, body.policyId))) {
    throw new ProblemError(400, 'program.unknownPolicy');
  }
  if (body.partnerId !== null && !(await partnerExists(tx, body.partnerId))) {
    throw new ProblemError(400, 'program.unknownPartner');
  }
  const competencyIds = [...new Set(body.competencies.map((c) => c.competencyId))];
  if (competencyIds.length !== body.competencies.length)
    throw new ProblemError(400, 'program.competencyRepeated');
  if ((await repo.countExisting(tx, 'competency', competencyIds)) !== competencyIds.length) {
    throw new ProblemError(400, 'program.unknownCompetency');
  }
  const planItems = [...new Set(body.planItemIds)];
  if ((await repo.countExisting(tx, 'development_plan_item', planItems)) !== planItems.length) {
    throw new ProblemError(400, 'program.unknownPlanItem');
  }
  const units = [...new Set(body.eligibility.unitIds)];
  const groupUnits = [...new Set(body.affirmativeGroups.flatMap((g) => g.unitIds))];
  if (
    (await repo.countExisting(tx, 'unit', units)) !== units.length ||
    (await repo.countExisting(tx, 'unit', groupUnits)) !== groupUnits.length
  ) {
    throw new ProblemError(400, 'program.unknownUnit');
  }
  return { ...body, planItemIds: planItems, eligibility: { ...body.eligibility, unitIds: units } };
}

export async function createProgram(
  db: Db,
  actor: Actor,
  input: z.output<typeof ProgramBody>,
  locale: Locale,
) {
  requireManage(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const body = await checkReferences(tx, input);
    const id = await repo.insertProgram(tx, actor.tenantId, body, actor.accountId);
    await repo.replaceCompetencies(tx, actor.tenantId, id, body.competencies);
    await repo.replacePlanItems(tx, actor.tenantId, id, body.planItemIds);
    await publish(tx, actor.tenantId, {
      type: 'program.created',
      actorAccountId: actor.accountId,
      payload: { programId: id, title: body.title },
    });
    return view(tx, actor, (await repo.findProgram(tx, id))!, locale);
  });
}

export async function updateProgram(
  db: Db,
  actor: Actor,
  id: number,
  input: z.output<typeof ProgramBody>,
  locale: Locale,
) {
  requireManage(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await programInReach(tx, actor, id, { lock: true });
    // What applicants were told when applications opened stays what they were told.
    if (!programTermsEditable(program.state)) throw new ProblemError(409, 'program.termsFrozen');
    const body = await checkReferences(tx, input);
    await repo.updateProgram(tx, id, body);
    await repo.replaceCompetencies(tx, actor.tenantId, id, body.competencies);
    await repo.replacePlanItems(tx, actor.tenantId, id, body.planItemIds);
    await publish(tx, actor.tenantId, {
      type: 'program.changed',
      actorAccountId: actor.accountId,
      payload: { programId: id, title: body.title, change: 'details' },
    });
    return view(tx, actor, (await repo.findProgram(tx, id))!, locale);
  });
}

export async function transitionProgram(
  db: Db,
  actor: Actor,
  id: number,
  transition: ProgramTransition,
  locale: Locale,
) {
  requireManage(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await programInReach(tx, actor, id, { lock: true });
    const to = nextProgramState(program.state, transition);
    if (to === null) throw new ProblemError(409, 'program.transitionNotAllowed', { state: program.state });
    if (transition === 'open') {
      const batches = await repo.batchesOf(tx, id);
      // A mentoring or coaching scheme runs without seats: its mentees are named by the agency.
      const seatless = (await findScheme(tx, id)) !== undefined;
      // A scholarship call opens with its terms (they are frozen from then on).
      if (program.pathCode === STUDY_PATH && !(await findCall(tx, id))) {
        throw new ProblemError(409, 'scholarship.noCall');
      }
      if (!seatless && !batches.some((b) => b.capacity > 0)) throw new ProblemError(409, 'program.noSeats');
    }
    // Once the program is over, those still waiting were not selected.
    if (to === 'completed' || to === 'cancelled') await repo.closeWaitingList(tx, id);
    await repo.setProgramState(tx, id, to);
    await publish(tx, actor.tenantId, {
      type: 'program.transitioned',
      actorAccountId: actor.accountId,
      payload: { programId: id, title: program.title, transition, from: program.state, to },
    });
    return view(tx, actor, (await repo.findProgram(tx, id))!, locale);
  });
}

const BATCHES_EDITABLE: readonly ProgramState[] = ['draft', 'open', 'closed', 'selected'];

export async function saveBatch(
  db: Db,
  actor: Actor,
  programId: number,
  batchId: number | null,
  values: z.output<typeof BatchBody>,
  locale: Locale,
  reminders?: { schedules: Scheduler; now: Date },
) {
  requireManage(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await programInReach(tx, actor, programId, { lock: true });
    if (!BATCHES_EDITABLE.includes(program.state)) throw new ProblemError(409, 'program.batchesFrozen');
    const groups = new Set(program.affirmativeGroups.map((g) => g.key));
    const unknown = Object.keys(values.reserved).find((key) => !groups.has(key));
    if (unknown !== undefined) {
      throw new ProblemError(400, 'program.reservedUnknownGroup', { group: unknown }, [
        { path: `body/reserved/${unknown}`, key: 'program.reservedUnknownGroup', params: { group: unknown } },
      ]);
    }
    // The seats reserved are published terms: fixed, as the groups are, once applications open.
    if (!programTermsEditable(program.state)) {
      const stored =
        batchId === null ? {} : (await repo.batchesOf(tx, programId)).find((b) => b.id === batchId)?.reserved;
      if (stored !== undefined && !sameSeats(stored, values.reserved)) {
        throw new ProblemError(409, 'program.reservedFrozen');
      }
    }
    let id = batchId;
    if (id === null) {
      id = await repo.insertBatch(tx, actor.tenantId, programId, values);
    } else if (!(await repo.updateBatch(tx, programId, id, values))) {
      const exists = (await repo.batchesOf(tx, programId)).some((b) => b.id === batchId);
      if (!exists) throw notFound();
      throw new ProblemError(409, 'program.capacityBelowTaken');
    }
    await publish(tx, actor.tenantId, {
      type: 'program.changed',
      actorAccountId: actor.accountId,
      payload: {
        programId,
        title: program.title,
        change: batchId === null ? 'batchAdded' : 'batchChanged',
        batchId: id,
      },
    });
    // Its participants already know their seat: the reminder follows the batch's new first day.
    if (reminders && program.state === 'selected') {
      const today = await tenantToday(tx, reminders.now);
      await scheduleReminder(
        tx,
        reminders.schedules,
        actor.tenantId,
        { id, startsOn: values.startsOn },
        today,
      );
    }
    return view(tx, actor, (await repo.findProgram(tx, programId))!, locale);
  });
}

export async function removeBatch(db: Db, actor: Actor, programId: number, batchId: number, locale: Locale) {
  requireManage(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await programInReach(tx, actor, programId, { lock: true });
    if (await repo.batchAskedFor(tx, batchId)) throw new ProblemError(409, 'program.batchAskedFor');
    if (!(await repo.deleteBatch(tx, programId, batchId))) throw notFound();
    await publish(tx, actor.tenantId, {
      type: 'program.changed',
      actorAccountId: actor.accountId,
      payload: { programId, title: program.title, change: 'batchRemoved', batchId },
    });
    return view(tx, actor, (await repo.findProgram(tx, programId))!, locale);
  });
}

/** What eligibility and the score read of a person: the program's facts and their latest talent box. */
type Applicant = repo.ApplicantRow & { talentBox: number | null };

/**
 * The facts of one employee or of every live application (repo.applicantFacts), with each one's
 * latest talent box when the terms name boxes: one query for everyone, however many they are.
 */
async function applicantsOf(
  tx: Tx,
  program: repo.ProgramRow,
  today: string,
  who: { employeeId: number } | 'applications',
): Promise<Applicant[]> {
  const rows = await repo.applicantFacts(tx, program.id, Number(today.slice(0, 4)), who);
  if (program.eligibility.talentBoxes.length === 0) return rows.map((row) => ({ ...row, talentBox: null }));
  const boxes = await latestBoxes(
    tx,
    rows.map((row) => row.employeeId),
  );
  return rows.map((row) => ({ ...row, talentBox: boxes.get(row.employeeId)?.box ?? null }));
}

/** One person's eligibility and score for the program, from what Jenjang knows of them today. */
function assess(
  program: repo.ProgramRow,
  targets: readonly { competencyId: number; targetLevel: number }[],
  row: Applicant,
  today: string,
  jpTarget: number,
) {
  const current = new Map(Object.entries(row.levels).map(([id, level]) => [Number(id), level]));
  const short = levelsShort(
    targets.map((t) => ({ competencyId: t.competencyId, level: t.targetLevel })),
    current,
  );
  const reasons = ineligibility(program.eligibility, { ...row, levelsShort: short }, today);
  const score = applicantScore(program.weights, {
    levelsShort: short,
    jpShortfall: Math.max(0, jpTarget - row.earnedThisYear),
    jpTarget,
    monthsSinceLastDevelopment:
      row.lastDevelopmentOn === null ? null : monthsBetween(row.lastDevelopmentOn, today),
    recommended: row.recommended,
  });
  return { reasons, score };
}

async function context(tx: Tx, program: repo.ProgramRow, now: Date, locale: Locale) {
  const today = await tenantToday(tx, now);
  const settings = await jpSettings(tx);
  const targets = await repo.programCompetencies(tx, program.id, locale);
  const jpTargetOf = (type: 'PNS' | 'PPPK') => (type === 'PPPK' ? settings.pppkTarget : settings.pnsTarget);
  return { today, targets, jpTargetOf };
}

/** A PNS golongan by its rank (1 = I/a … 17 = IV/e), as people write it. */
const golonganOfRank = (rank: number | null) =>
  rank === null ? '' : (PNS_GOLONGAN[rank - 1]?.code ?? String(rank));

/**
 * The person's latest talent box as the reader may be told it: 'withheld' from a supervisor who
 * nominates, whom the talent settings in force may not let see their staff's boxes.
 */
type BoxShown = number | null | 'withheld';

/** The message of a reason: the talent box one says the person's own box, or that they have none. */
function ineligibleKey(reason: IneligibilityReason, box: BoxShown) {
  if (reason !== 'talentBox') return `program.ineligible.${reason}`;
  if (box === 'withheld') return 'program.ineligible.talentBoxWithheld';
  return box === null ? 'program.ineligible.talentBoxNone' : 'program.ineligible.talentBox';
}

function explainIneligibility(
  reasons: readonly IneligibilityReason[],
  program: repo.ProgramRow,
  locale: Locale,
  box: BoxShown,
) {
  return reasons.map((reason) =>
    translate(locale, ineligibleKey(reason, box), {
      min: golonganOfRank(program.eligibility.golonganRankMin),
      max: golonganOfRank(program.eligibility.golonganRankMax),
      years: program.eligibility.repeatAfterYears ?? '',
      kinds: program.eligibility.positionKinds.map((k) => translate(locale, `positionKind.${k}`)).join(', '),
      types: program.eligibility.employeeTypes.join(', '),
      boxes: [...program.eligibility.talentBoxes].sort((a, b) => a - b).join(', '),
      box: box === 'withheld' || box === null ? '' : box,
    }),
  );
}

/** The reader's own standing: may they apply, their application, and why it came out as it did. */
export async function myApplication(db: Db, actor: Actor, programId: number, now: Date, locale: Locale) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await programInReach(tx, actor, programId);
    if (actor.employeeId === null) throw new ProblemError(403, 'program.noEmployeeRecord');
    const { today, targets, jpTargetOf } = await context(tx, program, now, locale);
    const [facts] = await applicantsOf(tx, program, today, { employeeId: actor.employeeId });
    if (!facts) throw notFound();
    const { reasons } = assess(program, targets, facts, today, jpTargetOf(facts.employeeType));
    const application = await repo.findApplication(tx, programId, { employeeId: actor.employeeId });
    const cuts = await repo.cutoffs(tx, programId);
    const cutoffs = (application?.preferences ?? []).map((batchId) => ({
      batchId,
      cutoff: cuts.get(batchId) ?? null,
    }));
    return {
      eligibility: {
        eligible: reasons.length === 0,
        reasons,
        explanations: explainIneligibility(reasons, program, locale, facts.talentBox),
      },
      application: application ? applicationView(application) : null,
      cutoffs,
      explanation: application ? explain(application, cutoffs, program, locale) : null,
    };
  });
}

function applicationView({ unitPath: _unitPath, ...row }: repo.ApplicationRow) {
  return { ...row, appliedAt: new Date(row.appliedAt).toISOString() };
}

function explain(
  application: repo.ApplicationRow,
  cutoffs: readonly { batchId: number; cutoff: number | null }[],
  program: repo.ProgramRow,
  locale: Locale,
) {
  const score = (application.score ?? 0) / 100;
  const known = cutoffs.map((c) => c.cutoff).filter((c): c is number => c !== null);
  const lowest = known.length > 0 ? Math.min(...known) / 100 : null;
  const format = (n: number) => n.toLocaleString(locale === 'en' ? 'en' : 'id', { minimumFractionDigits: 2 });
  const params = {
    score: format(score),
    cutoff: lowest === null ? '–' : format(lowest),
    position: application.waitlistPosition ?? '',
    cap: program.quotaUnitMax ?? '',
  };
  if (application.state === 'applied') return translate(locale, 'program.outcome.pending', params);
  if (application.state === 'withdrawn') return translate(locale, 'program.outcome.withdrawn', params);
  const outcome = application.outcome ?? 'belowCutoff';
  const text = translate(locale, `program.outcome.${outcome}`, params);
  return application.state === 'waitlisted'
    ? `${text} ${translate(locale, 'program.outcome.waitlisted', params)}`
    : text;
}

async function batchIdsOf(tx: Tx, programId: number) {
  return new Set((await repo.batchesOf(tx, programId)).map((b) => b.id));
}

/** An application by the employee themself, or a supervisor's nomination (which recommends them). */
async function submit(
  db: Db,
  actor: Actor,
  programId: number,
  employeeId: number,
  input: { preferences: readonly number[]; motivation: string | null },
  source: 'self' | 'nomination',
  now: Date,
  locale: Locale,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await programInReach(tx, actor, programId);
    const employee = await repo.findEmployee(tx, employeeId);
    const resource = { tenantId: actor.tenantId, unitPath: employee?.unitPath ?? null, employeeId };
    const action = source === 'self' ? 'program.apply' : 'program.nominate';
    if (!employee || !can(actor, action, resource)) throw new ProblemError(403, 'program.applyOutOfReach');
    const { today, targets, jpTargetOf } = await context(tx, program, now, locale);
    if (
      program.state !== 'open' ||
      (program.applicationsCloseOn !== null && today > program.applicationsCloseOn)
    ) {
      throw new ProblemError(409, 'program.notOpen');
    }
    const batches = await batchIdsOf(tx, programId);
    if (input.preferences.some((id) => !batches.has(id))) throw new ProblemError(400, 'program.unknownBatch');
    const [facts] = await applicantsOf(tx, program, today, { employeeId });
    const { reasons } = assess(program, targets, facts!, today, jpTargetOf(facts!.employeeType));
    if (reasons.length > 0) {
      const box = source === 'self' ? facts!.talentBox : 'withheld';
      throw new ProblemError(409, 'program.notEligible', {
        reasons: explainIneligibility(reasons, program, locale, box).join(' '),
      });
    }
    // A scholarship call: the documents it asks for come before the application.
    if (program.pathCode === STUDY_PATH) await requireDocuments(tx, programId, employeeId, locale);
    const values = {
      programId,
      employeeId,
      preferences: input.preferences,
      source,
      recommended: source === 'nomination',
      nominatedBy: source === 'nomination' ? actor.accountId : null,
      motivation: input.motivation,
    };
    let id = await repo.insertApplication(tx, actor.tenantId, values, now);
    if (id === null) {
      const existing = await repo.findApplication(tx, programId, { employeeId });
      if (existing?.state !== 'withdrawn') throw new ProblemError(409, 'program.alreadyApplied');
      id = existing.id;
      await repo.renewApplication(tx, id, values, now);
    }
    await publish(tx, actor.tenantId, {
      type: 'program.applied',
      actorAccountId: actor.accountId,
      payload: { programId, applicationId: id, employeeId, source, unitPath: employee.unitPath ?? [] },
    });
    return applicationView((await repo.findApplication(tx, programId, { id }))!);
  });
}

export function apply(
  db: Db,
  actor: Actor,
  programId: number,
  body: z.output<typeof ApplyBody>,
  now: Date,
  locale: Locale,
) {
  if (actor.employeeId === null) throw new ProblemError(403, 'program.noEmployeeRecord');
  return submit(db, actor, programId, actor.employeeId, body, 'self', now, locale);
}

export function nominate(
  db: Db,
  actor: Actor,
  programId: number,
  body: z.output<typeof NominateBody>,
  now: Date,
  locale: Locale,
) {
  return submit(
    db,
    actor,
    programId,
    body.employeeId,
    { ...body, motivation: null },
    'nomination',
    now,
    locale,
  );
}

/**
 * The agency gives an employee a seat after the selection (an empty seat, someone it sends): the
 * employee must meet the program's terms like anyone, and the batch must have a seat left. Taken
 * under the program's lock, like every change of seats.
 */
export async function assign(
  db: Db,
  actor: Actor,
  programId: number,
  body: { employeeId: number; batchId: number },
  now: Date,
  locale: Locale,
) {
  requireManage(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await programInReach(tx, actor, programId, { lock: true });
    if (program.state !== 'selected') throw new ProblemError(409, 'program.assignAfterSelection');
    const batch = (await repo.batchesOf(tx, programId)).find((b) => b.id === body.batchId);
    if (!batch) throw new ProblemError(400, 'program.unknownBatch');
    const employee = await repo.findEmployee(tx, body.employeeId);
    if (!employee) throw new ProblemError(400, 'program.unknownEmployee');
    const { today, targets, jpTargetOf } = await context(tx, program, now, locale);
    const [facts] = await applicantsOf(tx, program, today, { employeeId: body.employeeId });
    const { reasons } = assess(program, targets, facts!, today, jpTargetOf(facts!.employeeType));
    if (reasons.length > 0) {
      // The agency, who reads everyone's talent mapping.
      throw new ProblemError(409, 'program.notEligible', {
        reasons: explainIneligibility(reasons, program, locale, facts!.talentBox).join(' '),
      });
    }
    const existing = await repo.findApplication(tx, programId, { employeeId: body.employeeId });
    if (existing?.state === 'selected') throw new ProblemError(409, 'program.alreadySeated');
    if (!(await repo.takeSeat(tx, body.batchId))) throw new ProblemError(409, 'program.batchFull');
    const id = await repo.assignSeat(
      tx,
      actor.tenantId,
      { programId, employeeId: body.employeeId, batchId: body.batchId, by: actor.accountId },
      now,
    );
    await publish(tx, actor.tenantId, {
      type: 'program.applied',
      actorAccountId: actor.accountId,
      payload: {
        programId,
        applicationId: id,
        employeeId: body.employeeId,
        source: 'assignment',
        unitPath: employee.unitPath ?? [],
      },
    });
    return applicationView((await repo.findApplication(tx, programId, { id }))!);
  });
}

/**
 * Withdraws an application: the applicant's own, or any by the agency. A seat it held goes at once
 * to the first on the waiting list who asked for that batch and whose OPD is under its cap.
 */
export async function withdraw(db: Db, actor: Actor, programId: number, applicationId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    // The program's lock orders every change of seats: the freed seat is given exactly once.
    const program = await programInReach(tx, actor, programId, { lock: true });
    const application = await repo.findApplication(tx, programId, { id: applicationId });
    if (!application) throw notFound();
    const own = can(actor, 'program.apply', {
      tenantId: actor.tenantId,
      employeeId: application.employee.id,
      unitPath: application.unitPath,
    });
    if (!own && !can(actor, 'program.manage', GOVERNMENT(actor)))
      throw new ProblemError(403, 'program.applyOutOfReach');
    if (application.state === 'withdrawn' || application.state === 'notSelected') {
      throw new ProblemError(409, 'program.notWithdrawable');
    }
    if (program.state === 'completed' || program.state === 'cancelled') {
      throw new ProblemError(409, 'program.notWithdrawable');
    }
    // A batch held and closed is history: its participants completed it or not.
    const held =
      application.batchId === null ? undefined : await repo.findBatch(tx, programId, application.batchId);
    if (held?.closedAt) throw new ProblemError(409, 'program.batchClosed');
    await repo.withdrawApplication(tx, applicationId, now);
    let promoted: number | undefined;
    if (application.state === 'selected' && application.batchId !== null) {
      await repo.releaseSeat(tx, application.batchId);
      // A member leaving a seat their group's reservation needs: the group's first waiting takes it.
      const batch = (await repo.batchesOf(tx, programId)).find((b) => b.id === application.batchId);
      const group = application.affirmativeGroup;
      const reserved = group === null ? 0 : (reservedOf(program, batch ?? { reserved: {} })[group] ?? 0);
      const short =
        group !== null &&
        reserved > 0 &&
        (await repo.membersSeated(tx, application.batchId, group)) < reserved;
      const next = await repo.nextOnWaitingList(
        tx,
        programId,
        application.batchId,
        program.quotaUnitMax,
        short ? group : null,
      );
      if (next && (await repo.takeSeat(tx, application.batchId))) {
        const counts = seatGroup(next.affirmativeGroups, batch ? reservedOf(program, batch) : {});
        await repo.promote(
          tx,
          next.id,
          application.batchId,
          now,
          counts ?? next.affirmativeGroups[0] ?? null,
        );
        promoted = next.id;
      }
    }
    await publish(tx, actor.tenantId, {
      type: 'program.withdrawn',
      actorAccountId: actor.accountId,
      payload: {
        programId,
        applicationId,
        employeeId: application.employee.id,
        ...(promoted === undefined ? {} : { promotedApplicationId: promoted }),
        unitPath: application.unitPath ?? [],
      },
    });
    return applicationView((await repo.findApplication(tx, programId, { id: applicationId }))!);
  });
}

export async function listApplications(
  db: Db,
  actor: Actor,
  programId: number,
  query: { state?: repo.ApplicationRow['state'] | undefined; page: number; pageSize: number },
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    await programInReach(tx, actor, programId);
    const scope = listScope(actor, 'program.applications');
    if (scope.kind !== 'tenant' && scope.kind !== 'unit')
      throw new ProblemError(403, 'program.applicationsOutOfReach');
    const { rows, total } = await repo.listApplications(
      tx,
      programId,
      { state: query.state, unitId: scope.kind === 'unit' ? scope.unitId : null },
      query,
    );
    return {
      items: rows.map((row) => ({ ...row, appliedAt: new Date(row.appliedAt).toISOString() })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

/** Whether two batches' reserved seats are the same (a group with 0 seats is one without). */
function sameSeats(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? 0) === (b[key] ?? 0));
}

/** A batch's reserved seats for the program's groups (seats for a group since removed count for none). */
function reservedOf(program: repo.ProgramRow, batch: { reserved: Record<string, number> }) {
  const groups = new Set(program.affirmativeGroups.map((g) => g.key));
  return Object.fromEntries(Object.entries(batch.reserved).filter(([key]) => groups.has(key)));
}

/**
 * Scores every live application as of today, computes the optimal assignment (domain
 * selection.rules.ts), and publishes it: seats to the selected, everyone else on the waiting list
 * in the selection's order, each with the outcome that explains it.
 */
export async function runSelection(
  db: Db,
  actor: Actor,
  programId: number,
  now: Date,
  locale: Locale,
  /** Sets each batch's reminder for its participants (absent: no reminders, as in the demo's past). */
  schedules?: Scheduler,
) {
  requireManage(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await programInReach(tx, actor, programId, { lock: true });
    if (program.state !== 'closed') throw new ProblemError(409, 'program.selectWhenClosed');
    const started = performance.now();
    const { today, targets, jpTargetOf } = await context(tx, program, now, locale);
    const rows = await applicantsOf(tx, program, today, 'applications');
    const batches = await repo.batchesOf(tx, programId);
    const assessed = rows.map((row) => ({
      row,
      ...assess(program, targets, row, today, jpTargetOf(row.employeeType)),
    }));
    // Whoever is no longer eligible (left the service, moved out of the program's units) is out of
    // the competition: scored for the record, never given a seat nor a place on the waiting list.
    const scored = assessed.filter((a) => a.reasons.length === 0);
    const ineligible = assessed.filter((a) => a.reasons.length > 0);
    const opdOf = (row: repo.ApplicantRow) => (row.unitPath?.[0] ?? 0).toString();
    const quotaGroups = new Set(scored.map(({ row }) => opdOf(row)));
    const hasQuota = program.quotaUnitMax !== null || program.quotaUnitMin !== null;
    // Every group each applicant belongs to; in a batch they count in the first it reserves for.
    const memberOf = new Map(
      assessed.map(({ row }) => [
        row.applicationId!,
        affirmativeGroupsOf(program.affirmativeGroups, row, today),
      ]),
    );
    const groupsOf = (row: repo.ApplicantRow) => memberOf.get(row.applicationId!) ?? [];
    const reservedIn = new Map(batches.map((b) => [b.id, reservedOf(program, b)]));
    /** The group the applicant's seat in the batch counts for, or (no seat there) their first group. */
    const countedIn = (row: repo.ApplicantRow, batchId: number | null) =>
      (batchId === null ? null : seatGroup(groupsOf(row), reservedIn.get(batchId) ?? {})) ??
      groupsOf(row)[0] ??
      null;
    const result = selectParticipants({
      batches: batches.map((b) => ({ id: b.id, capacity: b.capacity, reserved: reservedOf(program, b) })),
      applicants: scored.map(({ row, score }) => ({
        id: row.applicationId!,
        score: score.total,
        preferences: row.preferences,
        group: hasQuota ? opdOf(row) : null,
        order: row.order,
        affirmative: groupsOf(row),
      })),
      quotas: hasQuota
        ? [...quotaGroups].map((group) => ({
            group,
            max: program.quotaUnitMax ?? undefined,
            min: program.quotaUnitMin ?? undefined,
          }))
        : [],
    });
    // The cut-off of each batch's open seats (those not reserved for a group), which OPDs filled
    // their cap and which batches gave reserved seats below whom explain each outcome.
    const cutoff = new Map<number, number>();
    const perGroup = new Map<string, number>();
    const holders = new Set<number>();
    for (const [batchId, filled] of result.reservedMet) {
      const selectedThere = scored
        .filter(({ row }) => result.assigned.get(row.applicationId!) === batchId)
        .map(({ row, score }) => ({
          id: row.applicationId!,
          score: score.total,
          group: countedIn(row, batchId),
        }));
      for (const id of reservedHolders(selectedThere, filled)) holders.add(id);
    }
    const heldBelow = new Map<number, { score: number; group: string | null }[]>();
    for (const { row, score } of scored) {
      const batch = result.assigned.get(row.applicationId!);
      if (batch === undefined) continue;
      perGroup.set(opdOf(row), (perGroup.get(opdOf(row)) ?? 0) + 1);
      if (holders.has(row.applicationId!)) {
        heldBelow.set(batch, [
          ...(heldBelow.get(batch) ?? []),
          { score: score.total, group: countedIn(row, batch) },
        ]);
        continue;
      }
      cutoff.set(batch, Math.min(cutoff.get(batch) ?? Number.POSITIVE_INFINITY, score.total));
    }
    const waiting = scored
      .filter(({ row }) => !result.assigned.has(row.applicationId!))
      .sort((a, b) => b.score.total - a.score.total || a.row.order - b.row.order);
    // Who a reserved seat was given past: in each batch, the best-scoring waiting applicants outside
    // its group, paired with its holders from the lowest score up, as long as they score higher —
    // as many as the seats held below them, never everyone above the lowest holder.
    const passedOver = new Set<number>();
    for (const [batchId, held] of heldBelow) {
      const lowestFirst = [...held].sort((a, b) => a.score - b.score);
      let next = 0;
      for (const { row, score } of waiting) {
        const holder = lowestFirst[next];
        if (!holder || score.total <= holder.score) break;
        if (!row.preferences.includes(batchId) || groupsOf(row).includes(holder.group ?? '')) continue;
        passedOver.add(row.applicationId!);
        next++;
      }
    }
    const place = new Map(waiting.map(({ row }, index) => [row.applicationId!, index + 1]));
    await repo.writeSelection(
      tx,
      [
        ...ineligible.map(({ row, score }) => ({
          applicationId: row.applicationId!,
          state: 'notSelected' as const,
          batchId: null,
          score: score.total,
          scoreLines: score.lines,
          outcome: 'ineligible' as const,
          waitlistPosition: null,
          affirmativeGroup: countedIn(row, null),
          affirmativeGroups: groupsOf(row),
        })),
        ...scored.map(({ row, score }) => {
          const batch = result.assigned.get(row.applicationId!) ?? null;
          const outcome = selectionOutcome({
            selected: batch !== null,
            score: score.total,
            cutoffs: row.preferences.map((b) => cutoff.get(b) ?? null),
            groupFull:
              program.quotaUnitMax !== null && (perGroup.get(opdOf(row)) ?? 0) >= program.quotaUnitMax,
            reservedBelow: passedOver.has(row.applicationId!),
          });
          return {
            applicationId: row.applicationId!,
            state: batch === null ? ('waitlisted' as const) : ('selected' as const),
            batchId: batch,
            score: score.total,
            scoreLines: score.lines,
            outcome,
            waitlistPosition: place.get(row.applicationId!) ?? null,
            affirmativeGroup: countedIn(row, batch),
            affirmativeGroups: groupsOf(row),
          };
        }),
      ],
      now,
    );
    await repo.recountSeats(tx, programId);
    const names = await repo.unitNamesOf(
      tx,
      [...result.minimumsMet.keys()].map(Number).filter((id) => id > 0),
    );
    const summary = {
      // Those in the competition: whoever is no longer eligible is counted out, as they take no part.
      applicants: scored.length,
      selected: result.assigned.size,
      waitlisted: waiting.length,
      totalScore: result.totalScore,
      seats: batches.reduce((sum, b) => sum + b.capacity, 0),
      minimumsMet: [...result.minimumsMet].map(([group, selected]) => ({
        unitId: Number(group),
        unit: names.get(Number(group)) ?? '–',
        selected,
      })),
      reservedMet: [...result.reservedMet].flatMap(([batchId, groups]) =>
        [...groups].map(([group, filled]) => ({
          batchId,
          group,
          reserved: batches.find((b) => b.id === batchId)?.reserved[group] ?? 0,
          filled,
        })),
      ),
      computedAt: now.toISOString(),
      milliseconds: Math.round(performance.now() - started),
    };
    await repo.setProgramState(tx, programId, 'selected', { summary, at: now });
    if (schedules) {
      for (const batch of batches) await scheduleReminder(tx, schedules, actor.tenantId, batch, today);
    }
    await publish(tx, actor.tenantId, {
      type: 'program.selected',
      actorAccountId: actor.accountId,
      payload: {
        programId,
        title: program.title,
        applicants: summary.applicants,
        selected: summary.selected,
        totalScore: summary.totalScore,
      },
    });
    return summary;
  });
}

/** The published ranking: names only where the program publishes them (or to those who read applications). */
export async function ranking(
  db: Db,
  actor: Actor,
  programId: number,
  page: { page: number; pageSize: number },
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await programInReach(tx, actor, programId);
    if (program.state !== 'selected' && program.state !== 'completed') {
      throw new ProblemError(409, 'program.notSelectedYet');
    }
    const names = program.rankingShowsNames || listScope(actor, 'program.applications').kind === 'tenant';
    const { rows, total } = await repo.ranking(tx, programId, page);
    return {
      items: rows.map((row, index) => ({
        position: (page.page - 1) * page.pageSize + index + 1,
        name: names || row.employeeId === actor.employeeId ? row.name : null,
        score: row.score,
        state: row.state,
        batch: row.batch,
        mine: row.employeeId === actor.employeeId,
      })),
      total,
      page: page.page,
      pageSize: page.pageSize,
    };
  });
}
