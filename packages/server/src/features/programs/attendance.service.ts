import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { completionOf, sessionDays } from '@jenjang/domain/programs/completion.rules';
import { STUDY_PATH } from '@jenjang/domain/programs/program-paths';
import { type Actor, can } from '@jenjang/domain/shared/access';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import { keptBatch } from './batch-access';
import { insertCertificate } from './certificate.repository';
import * as evaluations from './evaluation.repository';
import { scheduleFollowUp } from './follow-up';
import * as repo from './program.repository';
import { type ReactionSurveys, sendReactionSurvey } from './reaction-survey';

// A batch's days (domain completion.rules.ts): participants check in on a phone with the day's QR
// code, or the trainer or the agency marks them present; the trainer records final scores; closing
// the batch decides each participant's completion by the program's published rule, credits the
// JP of those who completed to their year (their development history, which the 20-JP tracking
// reads) and issues their certificates. The agency (program.manage) keeps every batch.

const GOVERNMENT = (actor: Actor) => ({ tenantId: actor.tenantId, unitPath: null });

type Batch = NonNullable<Awaited<ReturnType<typeof repo.findBatch>>>;

export function requireSelected(program: { state: string }) {
  if (program.state !== 'selected') throw new ProblemError(409, 'program.notRunning');
}

export function requireOpenBatch(batch: Batch) {
  if (batch.closedAt !== null) throw new ProblemError(409, 'program.batchClosed');
}

export async function rosterView(tx: Tx, programId: number, batch: Batch, today: string, editable: boolean) {
  return {
    programId,
    batchId: batch.id,
    name: batch.name,
    days: sessionDays(batch.startsOn, batch.endsOn),
    today,
    closedAt: batch.closedAt?.toISOString() ?? null,
    participants: (await repo.rosterOf(tx, batch.id)).map(({ employeeId: _employeeId, ...row }) => row),
    editable: editable && batch.closedAt === null,
  };
}

export async function roster(db: Db, actor: Actor, programId: number, batchId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { batch } = await keptBatch(tx, actor, programId, batchId);
    return rosterView(tx, programId, batch, await tenantToday(tx, now), true);
  });
}

/** A session day of the batch, not after today: attendance is never taken ahead. */
function checkDay(batch: Batch, day: string, today: string) {
  if (!sessionDays(batch.startsOn, batch.endsOn).includes(day)) {
    throw new ProblemError(400, 'program.notSessionDay', { day });
  }
  if (day > today) throw new ProblemError(409, 'program.dayAhead', { day });
}

type Participant = NonNullable<Awaited<ReturnType<typeof repo.participant>>>;

/** The participant holding a seat of the batch by this application, or a 409. */
export async function participantOf(tx: Tx, batchId: number, applicationId: number): Promise<Participant> {
  const person = await repo.participant(tx, batchId, { applicationId });
  if (!person) throw new ProblemError(409, 'program.notParticipant');
  return person;
}

/** The audit of a participant's attendance or score recorded by hand. */
function recorded(
  tx: Tx,
  actor: Actor,
  at: { programId: number; batchId: number; person: Participant },
  change: 'present' | 'absent' | 'score',
  day?: string,
) {
  return publish(tx, actor.tenantId, {
    type: 'program.participantRecorded',
    actorAccountId: actor.accountId,
    payload: {
      programId: at.programId,
      batchId: at.batchId,
      applicationId: at.person.id,
      employeeId: at.person.employeeId,
      change,
      ...(day === undefined ? {} : { day }),
      unitPath: at.person.unitPath ?? [],
    },
  });
}

export async function recordAttendance(
  db: Db,
  actor: Actor,
  programId: number,
  batchId: number,
  body: { applicationId: number; day: string; present: boolean },
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { program, batch } = await keptBatch(tx, actor, programId, batchId, { lock: true });
    requireSelected(program);
    requireOpenBatch(batch);
    const today = await tenantToday(tx, now);
    checkDay(batch, body.day, today);
    const person = await participantOf(tx, batchId, body.applicationId);
    await repo.setAttendance(tx, actor.tenantId, { ...body, method: 'manual', recordedBy: actor.accountId });
    await recorded(tx, actor, { programId, batchId, person }, body.present ? 'present' : 'absent', body.day);
    return rosterView(tx, programId, batch, today, true);
  });
}

export async function recordFinalScore(
  db: Db,
  actor: Actor,
  programId: number,
  batchId: number,
  body: { applicationId: number; finalScore: number | null },
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { program, batch } = await keptBatch(tx, actor, programId, batchId, { lock: true });
    requireSelected(program);
    requireOpenBatch(batch);
    const person = await participantOf(tx, batchId, body.applicationId);
    await repo.setFinalScore(tx, body.applicationId, body.finalScore);
    await recorded(tx, actor, { programId, batchId, person }, 'score');
    return rosterView(tx, programId, batch, await tenantToday(tx, now), true);
  });
}

/**
 * The day's check-in code of a batch: a keyed hash of the government, batch and day, so it cannot be
 * guessed for another day or batch, and needs no table. Shown as a QR code by the trainer.
 */
export function checkInCode(secret: Buffer, tenantId: number, batchId: number, day: string): string {
  return createHmac('sha256', secret)
    .update(`program-check-in:${tenantId}:${batchId}:${day}`)
    .digest('base64url')
    .slice(0, 16);
}

/** The code for today (or a given session day) for whoever keeps the batch. */
export async function checkInFor(
  db: Db,
  actor: Actor,
  programId: number,
  batchId: number,
  day: string | undefined,
  now: Date,
  secret: Buffer,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { program, batch } = await keptBatch(tx, actor, programId, batchId);
    requireSelected(program);
    requireOpenBatch(batch);
    const today = await tenantToday(tx, now);
    const shown = day ?? today;
    checkDay(batch, shown, today);
    return { day: shown, code: checkInCode(secret, actor.tenantId, batchId, shown) };
  });
}

/** A participant checks themself in with the code of the day, on that day. */
export async function checkIn(
  db: Db,
  actor: Actor,
  programId: number,
  body: { batchId: number; day: string; code: string },
  now: Date,
  secret: Buffer,
) {
  if (actor.employeeId === null) throw new ProblemError(403, 'program.noEmployeeRecord');
  const employeeId = actor.employeeId;
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await repo.findProgram(tx, programId, { lock: true });
    if (!program || program.state === 'draft') throw notFound();
    const batch = await repo.findBatch(tx, programId, body.batchId);
    if (!batch) throw notFound();
    const expected = Buffer.from(checkInCode(secret, actor.tenantId, body.batchId, body.day));
    const given = Buffer.from(body.code);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw new ProblemError(400, 'program.checkInCodeWrong');
    }
    requireSelected(program);
    requireOpenBatch(batch);
    const today = await tenantToday(tx, now);
    // The code of a day is good on that day only: a photo of yesterday's screen is not attendance.
    if (body.day !== today) throw new ProblemError(409, 'program.checkInNotToday', { day: body.day });
    checkDay(batch, body.day, today);
    const person = await repo.participant(tx, batch.id, { employeeId });
    if (
      !person ||
      !can(actor, 'program.apply', { tenantId: actor.tenantId, employeeId, unitPath: person.unitPath })
    ) {
      throw new ProblemError(409, 'program.notParticipant');
    }
    await repo.setAttendance(tx, actor.tenantId, {
      applicationId: person.id,
      day: body.day,
      present: true,
      method: 'qr',
      recordedBy: actor.accountId,
    });
    return {
      batch: batch.name,
      day: body.day,
      attended: await repo.attendedDays(tx, person.id),
      of: sessionDays(batch.startsOn, batch.endsOn).length,
    };
  });
}

/**
 * Closes a batch once its last day has come: every participant completes or fails by the program's
 * rule; those who completed have the program's JP in their history (ended on the batch's last day)
 * and a certificate. Once closed, attendance and scores no longer change. Its participants are sent
 * the reaction survey (reaction-survey.ts) in the same transaction.
 */
export async function closeBatch(
  db: Db,
  surveys: ReactionSurveys,
  actor: Actor,
  programId: number,
  batchId: number,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { program, batch } = await keptBatch(tx, actor, programId, batchId, {
      lock: true,
      agencyOnly: true,
    });
    requireSelected(program);
    requireOpenBatch(batch);
    // Degree study earns no JP and no certificate: its awards follow it (scholarship.service.ts).
    if (program.pathCode === STUDY_PATH) throw new ProblemError(409, 'scholarship.noBatchClose');
    const today = await tenantToday(tx, now);
    if (today < batch.endsOn) throw new ProblemError(409, 'program.batchNotOver', { day: batch.endsOn });
    const days = sessionDays(batch.startsOn, batch.endsOn).length;
    const government = await repo.governmentName(tx);
    let completed = 0;
    let failed = 0;
    for (const person of await repo.rosterOf(tx, batchId)) {
      const outcome = completionOf(program, { days: person.attended.length, of: days }, person.finalScore);
      if (!outcome.completed) {
        await repo.recordCompletion(tx, now, person.applicationId, outcome);
        failed++;
        continue;
      }
      const certificateId = await insertCertificate(tx, actor.tenantId, programId, {
        applicationId: person.applicationId,
        verificationCode: randomBytes(12).toString('base64url'),
        issuedOn: today,
        issuedBy: actor.accountId,
      });
      const recordId = await repo.recordProgramDevelopment(tx, actor.tenantId, {
        employeeId: person.employeeId,
        programId,
        name: program.title,
        pathCode: program.pathCode,
        institution: program.providerName ?? government.name,
        certificateNumber: certificateId === null ? null : await repo.certificateNumber(tx, certificateId),
        startedOn: batch.startsOn,
        endedOn: batch.endsOn,
        jp: program.jp,
        recordedBy: actor.accountId,
      });
      await repo.recordCompletion(tx, now, person.applicationId, { completed: true, recordId });
      completed++;
    }
    await repo.markBatchClosed(tx, batchId, now);
    await sendReactionSurvey(tx, surveys, actor, program, batch, now);
    if (surveys.schedules) {
      const plan = await evaluations.evaluationPlan(tx, programId);
      await scheduleFollowUp(
        tx,
        surveys.schedules,
        actor.tenantId,
        batch,
        plan?.followUpMonths ?? null,
        actor.accountId,
      );
    }
    await publish(tx, actor.tenantId, {
      type: 'program.batchClosed',
      actorAccountId: actor.accountId,
      payload: { programId, batchId, title: program.title, completed, failed },
    });
    const closed = (await repo.findBatch(tx, programId, batchId))!;
    return rosterView(tx, programId, closed, today, true);
  });
}

/** A batch for a calendar: its participants' own, or any batch for whoever keeps the program. */
export async function batchForCalendar(db: Db, actor: Actor, programId: number, batchId: number) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await repo.findProgram(tx, programId);
    if (!program || program.state === 'draft' || !can(actor, 'program.read', GOVERNMENT(actor)))
      throw notFound();
    const batch = await repo.findBatch(tx, programId, batchId);
    if (!batch) throw notFound();
    const keeper = can(actor, 'program.manage', GOVERNMENT(actor));
    const own =
      actor.employeeId !== null && (await repo.participant(tx, batchId, { employeeId: actor.employeeId }));
    if (!keeper && !own) throw notFound();
    return { program, batch, government: await repo.governmentName(tx) };
  });
}
