import type { AppealDecisionBody } from '@jenjang/domain/programs/appeal.contract';
import { appealable, appealWindowEndsOn } from '@jenjang/domain/programs/appeal.rules';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import * as appeals from './appeal.repository';
import * as repo from './program.repository';

// Appeals against a published selection (sanggah): an applicant not selected files one within the
// program's window; the agency decides each with reasons, and an upheld appeal may give a seat of a
// batch with room. Every decision is on record and the applicant hears it on the bell.

const GOVERNMENT = (actor: Actor) => ({ tenantId: actor.tenantId, unitPath: null });

async function selectedProgram(tx: Tx, actor: Actor, programId: number, lock = false) {
  if (!can(actor, 'program.read', GOVERNMENT(actor))) throw notFound();
  const program = await repo.findProgram(tx, programId, { lock });
  if (!program || program.state === 'draft') throw notFound();
  return program;
}

async function windowEndsOn(tx: Tx, program: repo.ProgramRow) {
  if (program.selectedAt === null) return null;
  return appealWindowEndsOn(await tenantToday(tx, program.selectedAt), program.appealDays);
}

const view = (row: appeals.AppealRow) => ({
  ...row,
  filedAt: row.filedAt.toISOString(),
  decidedAt: row.decidedAt?.toISOString() ?? null,
});

/** The program's appeals for the agency; the reader's own for an applicant. */
export async function listAppeals(db: Db, actor: Actor, programId: number) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await selectedProgram(tx, actor, programId);
    const all = can(actor, 'program.manage', GOVERNMENT(actor));
    if (!all && actor.employeeId === null)
      return { windowEndsOn: await windowEndsOn(tx, program), items: [] };
    const rows = await appeals.appealsOf(tx, programId, all ? null : actor.employeeId);
    return { windowEndsOn: await windowEndsOn(tx, program), items: rows.map(view) };
  });
}

/** Files the reader's appeal against the selection of their own application. */
export async function fileAppeal(db: Db, actor: Actor, programId: number, reason: string, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await selectedProgram(tx, actor, programId);
    const application =
      actor.employeeId === null
        ? undefined
        : await repo.findApplication(tx, programId, { employeeId: actor.employeeId });
    if (
      !application ||
      !can(actor, 'program.apply', { tenantId: actor.tenantId, employeeId: application.employee.id })
    ) {
      throw new ProblemError(409, 'program.appealNoApplication');
    }
    const endsOn = program.state === 'selected' ? await windowEndsOn(tx, program) : null;
    if (endsOn === null) throw new ProblemError(409, 'program.appealNotOffered');
    const today = await tenantToday(tx, now);
    if (today > endsOn) throw new ProblemError(409, 'program.appealWindowClosed', { day: endsOn });
    if (!appealable(application.state)) throw new ProblemError(409, 'program.appealNotAppealable');
    const id = await appeals.insertAppeal(
      tx,
      actor.tenantId,
      { applicationId: application.id, reason, filedBy: actor.accountId },
      now,
    );
    if (id === null) throw new ProblemError(409, 'program.appealTwice');
    await publish(tx, actor.tenantId, {
      type: 'program.appealFiled',
      actorAccountId: actor.accountId,
      payload: {
        programId,
        appealId: id,
        applicationId: application.id,
        employeeId: application.employee.id,
        unitPath: application.unitPath ?? [],
      },
    });
    return view((await appeals.appealsOf(tx, programId, null, id))[0]!);
  });
}

/** The agency's decision on a pending appeal; upheld with a batch, the applicant takes a seat there. */
export async function decideAppeal(
  db: Db,
  actor: Actor,
  programId: number,
  appealId: number,
  body: z.output<typeof AppealDecisionBody>,
  now: Date,
) {
  if (!can(actor, 'program.manage', GOVERNMENT(actor))) throw new ProblemError(403, 'program.notManager');
  return withTenant(db, actor.tenantId, async (tx) => {
    // The program's lock orders every change of seats (program.service.ts).
    const program = await selectedProgram(tx, actor, programId, true);
    const appeal = await appeals.lockPendingAppeal(tx, programId, appealId);
    if (!appeal) throw notFound();
    if (appeal.state !== 'pending') throw new ProblemError(409, 'program.appealDecided');
    const application = (await repo.findApplication(tx, programId, { id: appeal.applicationId }))!;
    if (body.batchId !== null) {
      if (program.state !== 'selected') throw new ProblemError(409, 'program.assignAfterSelection');
      const batch = await repo.findBatch(tx, programId, body.batchId);
      if (!batch) {
        throw new ProblemError(400, 'program.unknownBatch', {}, [
          { path: 'body/batchId', key: 'program.unknownBatch' },
        ]);
      }
      if (batch.closedAt !== null) throw new ProblemError(409, 'program.batchClosed');
      if (!appealable(application.state)) throw new ProblemError(409, 'program.alreadySeated');
      if (
        program.quotaUnitMax !== null &&
        (await repo.seatedOfUnit(tx, programId, application.unitPath?.[0] ?? null)) >= program.quotaUnitMax
      ) {
        throw new ProblemError(409, 'program.appealUnitFull', { cap: program.quotaUnitMax });
      }
      if (!(await repo.takeSeat(tx, body.batchId))) throw new ProblemError(409, 'program.batchFull');
      await repo.promote(tx, application.id, body.batchId, now);
    }
    await appeals.decideAppeal(
      tx,
      appealId,
      { state: body.decision, decision: body.reason, decidedBy: actor.accountId },
      now,
    );
    await publish(tx, actor.tenantId, {
      type: 'program.appealDecided',
      actorAccountId: actor.accountId,
      payload: {
        programId,
        appealId,
        applicationId: application.id,
        employeeId: application.employee.id,
        decision: body.decision,
        ...(body.batchId === null ? {} : { batchId: body.batchId }),
        unitPath: application.unitPath ?? [],
      },
    });
    return view((await appeals.appealsOf(tx, programId, null, appealId))[0]!);
  });
}
