import { STUDY_PATH } from '@jenjang/domain/programs/program-paths';
import type {
  AwardBody,
  ReturnBody,
  ReviewBody,
  ScholarshipCallBody,
  StatusBody,
} from '@jenjang/domain/programs/scholarship.contract';
import {
  AWARD_STATUSES,
  type AwardStatus,
  bondEndsOn,
  bondMonths,
  canMove,
  type DocumentKind,
  monthsBetween,
  reportsOverdue,
  reportTerms,
} from '@jenjang/domain/programs/scholarship.rules';
import { type Actor, can } from '@jenjang/domain/shared/access';
import { addDays } from '@jenjang/domain/shared/calendar-date';
import { z } from 'zod';
import type { Config } from '../../config';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import type { Upload } from '../../http/upload-form';
import { type Locale, translate } from '../../i18n/translate';
import type { Scheduler } from '../../platform/jobs/schedule';
import { partnerExists } from '../partners/partner.service';
import { checkEvidence } from '../policies/measurement.service';
import * as repo from './program.repository';
import * as scholarships from './scholarship.repository';
import { scheduleAwardReminders } from './scholarship-schedules';

// Scholarships for degree study (tugas belajar): a call is a program on the PEND path, so who may
// apply, the published score, the selection, appeals and the waiting list are the programs' own. The
// call adds its degree, fields, institution, length, bond rule and the documents every applicant
// uploads before applying (PDF, PNG or JPEG, by their bytes; kept in the database and only ever
// downloaded). After the selection the agency awards the selected; each award is followed through
// its status (history kept), the reports of each term and, once graduated, the return to work and
// the service bond it starts (domain scholarship.rules.ts).
//
// Who sees what: the agency (program.manage) everything; an applicant their own documents; an
// awardee their own award and reports; nobody else anything of another's file.

/** A term's report may be submitted from this many days before the term ends. */
const REPORT_OPENS_DAYS = 14;
const GOVERNMENT = (actor: Actor) => ({ tenantId: actor.tenantId, unitPath: null });
const manages = (actor: Actor) => can(actor, 'program.manage', GOVERNMENT(actor));

async function programOf(tx: Tx, actor: Actor, programId: number) {
  if (!can(actor, 'program.read', GOVERNMENT(actor))) throw notFound();
  const program = await repo.findProgram(tx, programId);
  if (!program || (program.state === 'draft' && !manages(actor))) throw notFound();
  return program;
}

async function callOf(tx: Tx, programId: number) {
  const call = await scholarships.findCall(tx, programId);
  if (!call) throw new ProblemError(409, 'scholarship.noCall');
  return call;
}

const documentView = (d: scholarships.DocumentRow) => ({
  kind: d.kind,
  fileName: d.fileName,
  fileType: d.fileType,
  size: d.size,
  uploadedAt: d.uploadedAt.toISOString(),
});

function awardView(row: scholarships.AwardRow, call: { reportMonths: number } | undefined, today: string) {
  const terms = call ? reportTerms(row.startsOn, row.expectedEndOn, call.reportMonths) : [];
  const owing =
    row.status === 'studying' || row.status === 'onLeave'
      ? reportsOverdue(terms, new Set(row.submittedTerms), today).length
      : 0;
  return {
    id: row.id,
    programId: row.programId,
    programTitle: row.programTitle,
    employee: row.employee,
    fieldOfStudy: row.fieldOfStudy,
    institution: row.institution,
    startsOn: row.startsOn,
    expectedEndOn: row.expectedEndOn,
    status: row.status,
    graduatedOn: row.graduatedOn,
    returnedOn: row.returnedOn,
    bondEndsOn: row.bondEndsOn,
    reportsOverdue: owing,
  };
}

/** The call of a program: its terms, the reader's documents, and for the agency applicants and awards. */
export async function overview(db: Db, actor: Actor, programId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await programOf(tx, actor, programId);
    const call = await scholarships.findCall(tx, programId);
    const manager = manages(actor);
    const today = await tenantToday(tx, now);
    const mine =
      call && actor.employeeId !== null
        ? await scholarships.documentsOf(tx, programId, actor.employeeId)
        : [];
    let applicants: {
      applicationId: number;
      employee: scholarships.ApplicantRow['employee'];
      state: string;
      documents: ReturnType<typeof documentView>[];
      awardId: number | null;
    }[] = [];
    if (call && manager) {
      const documents = await scholarships.documentsOf(tx, programId, null);
      applicants = (await scholarships.applicantsOf(tx, programId)).map(({ unitPath: _path, ...a }) => ({
        ...a,
        documents: documents.filter((d) => d.employeeId === a.employee.id).map(documentView),
      }));
    }
    const awards = call
      ? (await scholarships.awards(tx, { programId })).filter(
          (a) => manager || a.employee.id === actor.employeeId,
        )
      : [];
    return {
      call: call ?? null,
      offered: program.pathCode === STUDY_PATH,
      canManage: manager,
      myDocuments: mine.map(documentView),
      applicants,
      awards: awards.map((a) => awardView(a, call, today)),
    };
  });
}

/** Sets the call's terms, while the program is a draft (they are published when it opens). */
export async function setCall(
  db: Db,
  actor: Actor,
  programId: number,
  body: z.output<typeof ScholarshipCallBody>,
  now: Date,
) {
  if (!manages(actor)) throw new ProblemError(403, 'program.notManager');
  await withTenant(db, actor.tenantId, async (tx) => {
    const program = await repo.findProgram(tx, programId, { lock: true });
    if (!program) throw notFound();
    if (program.pathCode !== STUDY_PATH) throw new ProblemError(409, 'scholarship.notStudyPath');
    if (program.state !== 'draft') throw new ProblemError(409, 'scholarship.callFrozen');
    if (body.partnerId !== null && !(await partnerExists(tx, body.partnerId))) {
      throw new ProblemError(400, 'program.unknownPartner', {}, [
        { path: 'body/partnerId', key: 'program.unknownPartner' },
      ]);
    }
    await scholarships.upsertCall(tx, actor.tenantId, programId, body);
    await changed(tx, actor, programId, { change: 'call' });
  });
  return overview(db, actor, programId, now);
}

async function changed(
  tx: Tx,
  actor: Actor,
  programId: number,
  payload: {
    change: 'call' | 'document' | 'awarded' | 'status' | 'returned' | 'reportSubmitted' | 'reportReviewed';
    awardId?: number;
    employeeId?: number;
    status?: AwardStatus;
  },
) {
  await publish(tx, actor.tenantId, {
    type: 'program.scholarshipChanged',
    actorAccountId: actor.accountId,
    payload: { programId, ...payload },
  });
}

/** A document a call requires must be PDF, PNG or JPEG by its bytes, within the evidence limit. */
function checkDocument(config: Pick<Config, 'evidenceMaxBytes'>, upload: Upload) {
  let file: ReturnType<typeof checkEvidence>;
  try {
    file = checkEvidence(config, upload);
  } catch (error) {
    // The evidence check names XLSX too; a scholarship takes PDF, PNG or JPEG only.
    if (error instanceof ProblemError && error.key === 'policy.evidenceType') {
      throw new ProblemError(400, 'scholarship.documentType', { name: upload.name });
    }
    throw error;
  }
  if (file.type === 'xlsx') throw new ProblemError(400, 'scholarship.documentType', { name: file.name });
  return file;
}

/** The applicant's own document of a kind the call requires, while applications are open and before applying. */
export async function uploadDocument(
  db: Db,
  config: Pick<Config, 'evidenceMaxBytes'>,
  actor: Actor,
  programId: number,
  kind: DocumentKind,
  upload: Upload | null,
  now: Date,
) {
  if (actor.employeeId === null) throw new ProblemError(403, 'program.noEmployeeRecord');
  if (!upload) throw new ProblemError(400, 'policy.evidenceEmpty');
  const file = checkDocument(config, upload);
  const employeeId = actor.employeeId;
  await withTenant(db, actor.tenantId, async (tx) => {
    const program = await programOf(tx, actor, programId);
    const call = await callOf(tx, programId);
    if (!call.documents.includes(kind)) throw new ProblemError(400, 'scholarship.documentNotAsked');
    await requireOpenForDocuments(tx, program, employeeId, now);
    await scholarships.putDocument(
      tx,
      actor.tenantId,
      {
        programId,
        employeeId,
        kind,
        fileName: file.name,
        fileType: file.type,
        content: file.content,
        sha256: file.sha256,
        uploadedBy: actor.accountId,
      },
      now,
    );
    await changed(tx, actor, programId, { change: 'document', employeeId });
  });
  return overview(db, actor, programId, now);
}

/** Documents change while applications are open and the employee has not applied (or withdrew). */
async function requireOpenForDocuments(tx: Tx, program: repo.ProgramRow, employeeId: number, now: Date) {
  const today = await tenantToday(tx, now);
  if (
    program.state !== 'open' ||
    (program.applicationsCloseOn !== null && today > program.applicationsCloseOn)
  ) {
    throw new ProblemError(409, 'program.notOpen');
  }
  const application = await repo.findApplication(tx, program.id, { employeeId });
  if (application && application.state !== 'withdrawn')
    throw new ProblemError(409, 'scholarship.documentsFrozen');
}

export async function deleteDocument(db: Db, actor: Actor, programId: number, kind: DocumentKind, now: Date) {
  if (actor.employeeId === null) throw new ProblemError(403, 'program.noEmployeeRecord');
  const employeeId = actor.employeeId;
  await withTenant(db, actor.tenantId, async (tx) => {
    const program = await programOf(tx, actor, programId);
    await requireOpenForDocuments(tx, program, employeeId, now);
    if (!(await scholarships.deleteDocument(tx, programId, employeeId, kind))) throw notFound();
  });
  return overview(db, actor, programId, now);
}

/** A document's file: the applicant's own, or any applicant's for the agency. */
export async function documentFile(
  db: Db,
  actor: Actor,
  programId: number,
  kind: DocumentKind,
  applicationId: number | null,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    await programOf(tx, actor, programId);
    let employeeId = actor.employeeId;
    if (applicationId !== null) {
      if (!manages(actor)) throw notFound();
      employeeId = (await repo.findApplication(tx, programId, { id: applicationId }))?.employee.id ?? null;
    }
    const file =
      employeeId === null ? undefined : await scholarships.documentFile(tx, programId, employeeId, kind);
    if (!file) throw notFound();
    return file;
  });
}

/**
 * Before an application to a call: every document it requires is uploaded, or a 409 naming those
 * missing (program.service.ts calls it when the program is on the study path).
 */
export async function requireDocuments(tx: Tx, programId: number, employeeId: number, locale: Locale) {
  const call = await callOf(tx, programId);
  const uploaded = new Set((await scholarships.documentsOf(tx, programId, employeeId)).map((d) => d.kind));
  const missing = call.documents.filter((kind) => !uploaded.has(kind));
  if (missing.length > 0) {
    throw new ProblemError(409, 'scholarship.documentsMissing', {
      documents: missing.map((kind) => translate(locale, `scholarship.document.${kind}`)).join(', '),
    });
  }
}

/** Awards the selected applications: each awardee's study starts, with its reminders. */
export async function award(
  db: Db,
  schedules: Scheduler,
  actor: Actor,
  programId: number,
  body: z.output<typeof AwardBody>,
  now: Date,
) {
  if (!manages(actor)) throw new ProblemError(403, 'program.notManager');
  await withTenant(db, actor.tenantId, async (tx) => {
    const program = await repo.findProgram(tx, programId, { lock: true });
    if (!program) throw notFound();
    const call = await callOf(tx, programId);
    if (program.state !== 'selected') throw new ProblemError(409, 'scholarship.awardAfterSelection');
    const ids = [...new Set(body.applicationIds)];
    const awardable = await scholarships.awardable(tx, programId, ids);
    if (awardable.length !== ids.length) throw new ProblemError(409, 'scholarship.notAwardable');
    const today = await tenantToday(tx, now);
    const terms = reportTerms(body.startsOn, body.expectedEndOn, call.reportMonths);
    for (const application of awardable) {
      const id = await scholarships.insertAward(tx, actor.tenantId, {
        programId,
        applicationId: application.id,
        employeeId: application.employeeId,
        fieldOfStudy: body.fieldOfStudy ?? call.fields[0]!,
        institution: call.institution,
        startsOn: body.startsOn,
        expectedEndOn: body.expectedEndOn,
        createdBy: actor.accountId,
      });
      await scholarships.recordStatus(
        tx,
        actor.tenantId,
        id,
        { from: null, to: 'studying', on: body.startsOn, reason: null, by: actor.accountId },
        now,
      );
      await scheduleAwardReminders(
        tx,
        schedules,
        actor.tenantId,
        { id, expectedEndOn: body.expectedEndOn, terms },
        today,
      );
      await changed(tx, actor, programId, {
        change: 'awarded',
        awardId: id,
        employeeId: application.employeeId,
      });
    }
  });
  return overview(db, actor, programId, now);
}

/** An award the reader may see (the agency, or the awardee), with its call. */
async function awardInReach(tx: Tx, actor: Actor, awardId: number) {
  const row = (await scholarships.awards(tx, { awardId }))[0];
  if (!row || !can(actor, 'program.read', GOVERNMENT(actor))) throw notFound();
  const manager = manages(actor);
  if (!manager && row.employee.id !== actor.employeeId) throw notFound();
  return { row, manager, call: (await scholarships.findCall(tx, row.programId))! };
}

export async function awardDetail(db: Db, actor: Actor, awardId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { row, manager, call } = await awardInReach(tx, actor, awardId);
    const today = await tenantToday(tx, now);
    const reports = new Map((await scholarships.reportsOf(tx, awardId)).map((r) => [r.term, r]));
    const running = row.status === 'studying' || row.status === 'onLeave';
    return {
      ...awardView(row, call, today),
      degree: call.degree,
      canManage: manager,
      mine: row.employee.id === actor.employeeId,
      placementUnit: row.placementUnit,
      placementPosition: row.placementPosition,
      bondMonths: row.bondMonths,
      bondRule: { factor: call.bondFactor, extraMonths: call.bondExtraMonths },
      nextStatuses: AWARD_STATUSES.filter((s) => canMove(row.status, s, row.returnedOn !== null)),
      history: await scholarships.historyOf(tx, awardId),
      terms: reportTerms(row.startsOn, row.expectedEndOn, call.reportMonths).map((t) => {
        const report = reports.get(t.term);
        return {
          ...t,
          report: report ? { ...report, submittedAt: report.submittedAt.toISOString() } : null,
          overdue: running && t.endsOn < today && (!report || report.review === 'revise'),
        };
      }),
    };
  });
}

/** The agency records a change of status: on leave and back, graduated, failed, resigned, bond broken. */
export async function changeStatus(
  db: Db,
  schedules: Scheduler,
  actor: Actor,
  awardId: number,
  body: z.output<typeof StatusBody>,
  now: Date,
) {
  if (!manages(actor)) throw new ProblemError(403, 'program.notManager');
  await withTenant(db, actor.tenantId, async (tx) => {
    if (!(await scholarships.lockAward(tx, awardId))) throw notFound();
    const { row } = await awardInReach(tx, actor, awardId);
    if (!canMove(row.status, body.status, row.returnedOn !== null)) {
      throw new ProblemError(409, 'scholarship.statusNotAllowed', {
        from: translate('id', `scholarship.status.${row.status}`),
      });
    }
    const today = await tenantToday(tx, now);
    if (body.on > today || body.on < row.startsOn) {
      throw new ProblemError(400, 'scholarship.statusDay', { from: row.startsOn, to: today }, [
        { path: 'body/on', key: 'scholarship.statusDay' },
      ]);
    }
    if (body.status !== 'studying' && body.status !== 'graduated' && body.reason === null) {
      throw new ProblemError(400, 'scholarship.reasonRequired', {}, [
        { path: 'body/reason', key: 'scholarship.reasonRequired' },
      ]);
    }
    if (body.expectedEndOn !== null) {
      if (body.expectedEndOn <= body.on) {
        throw new ProblemError(400, 'scholarship.endBeforeStart', {}, [
          { path: 'body/expectedEndOn', key: 'scholarship.endBeforeStart' },
        ]);
      }
      await scholarships.setExpectedEnd(tx, awardId, body.expectedEndOn, now);
      const call = (await scholarships.findCall(tx, row.programId))!;
      const terms = reportTerms(row.startsOn, body.expectedEndOn, call.reportMonths);
      await scheduleAwardReminders(
        tx,
        schedules,
        actor.tenantId,
        { id: awardId, expectedEndOn: body.expectedEndOn, terms },
        today,
      );
    }
    await scholarships.recordStatus(
      tx,
      actor.tenantId,
      awardId,
      { from: row.status, to: body.status, on: body.on, reason: body.reason, by: actor.accountId },
      now,
    );
    await changed(tx, actor, row.programId, { change: 'status', awardId, status: body.status });
  });
  return awardDetail(db, actor, awardId, now);
}

/** The graduate's return to work: the unit and position, and the bond it starts by the call's rule. */
export async function recordReturn(
  db: Db,
  actor: Actor,
  awardId: number,
  body: z.output<typeof ReturnBody>,
  now: Date,
) {
  if (!manages(actor)) throw new ProblemError(403, 'program.notManager');
  await withTenant(db, actor.tenantId, async (tx) => {
    if (!(await scholarships.lockAward(tx, awardId))) throw notFound();
    const { row, call } = await awardInReach(tx, actor, awardId);
    if (row.status !== 'graduated' || row.graduatedOn === null)
      throw new ProblemError(409, 'scholarship.returnNotGraduated');
    if (row.returnedOn !== null) throw new ProblemError(409, 'scholarship.returnedAlready');
    if (body.returnedOn < row.graduatedOn || body.returnedOn > (await tenantToday(tx, now))) {
      throw new ProblemError(400, 'scholarship.returnDay', { from: row.graduatedOn }, [
        { path: 'body/returnedOn', key: 'scholarship.returnDay' },
      ]);
    }
    if (!(await scholarships.unitExists(tx, body.placementUnitId))) {
      throw new ProblemError(400, 'program.unknownUnit', {}, [
        { path: 'body/placementUnitId', key: 'program.unknownUnit' },
      ]);
    }
    const months = bondMonths(monthsBetween(row.startsOn, row.graduatedOn), {
      factor: call.bondFactor,
      extraMonths: call.bondExtraMonths,
    });
    await scholarships.setReturn(
      tx,
      awardId,
      {
        returnedOn: body.returnedOn,
        unitId: body.placementUnitId,
        position: body.placementPosition,
        bondMonths: months,
        bondEndsOn: bondEndsOn(body.returnedOn, months),
      },
      now,
    );
    await changed(tx, actor, row.programId, { change: 'returned', awardId });
  });
  return awardDetail(db, actor, awardId, now);
}

const ReportFields = z
  .object({
    gpa: z
      .string()
      .regex(/^\d(\.\d{1,2})?$/)
      .transform(Number)
      .pipe(z.number().min(0).max(4))
      .optional(),
    credits: z
      .string()
      .regex(/^\d{1,3}$/)
      .transform(Number)
      .pipe(z.number().int().max(200))
      .optional(),
    summary: z.string().trim().min(1).max(3000),
  })
  .strict();

/** The awardee's report of a term (from two weeks before it ends), or a revision the agency asked for. */
export async function submitReport(
  db: Db,
  config: Pick<Config, 'evidenceMaxBytes'>,
  actor: Actor,
  awardId: number,
  term: number,
  fields: Record<string, string>,
  upload: Upload | null,
  now: Date,
) {
  const parsed = ReportFields.safeParse(fields);
  if (!parsed.success) {
    throw new ProblemError(
      400,
      'problem.validation',
      {},
      parsed.error.issues.map((issue) => ({
        path: `body/${issue.path.join('/')}`,
        key: 'scholarship.reportField',
      })),
    );
  }
  const file = upload ? checkDocument(config, upload) : null;
  await withTenant(db, actor.tenantId, async (tx) => {
    if (!(await scholarships.lockAward(tx, awardId))) throw notFound();
    const { row, call } = await awardInReach(tx, actor, awardId);
    if (row.employee.id !== actor.employeeId) throw new ProblemError(403, 'scholarship.reportOwn');
    if (row.status !== 'studying' && row.status !== 'onLeave')
      throw new ProblemError(409, 'scholarship.notStudying');
    const due = reportTerms(row.startsOn, row.expectedEndOn, call.reportMonths).find((t) => t.term === term);
    if (!due) throw notFound();
    const today = await tenantToday(tx, now);
    const opens = addDays(due.endsOn, -REPORT_OPENS_DAYS);
    if (today < opens) throw new ProblemError(409, 'scholarship.reportNotYet', { day: opens });
    const stored = await scholarships.putReport(
      tx,
      actor.tenantId,
      awardId,
      {
        term,
        gpa: parsed.data.gpa ?? null,
        credits: parsed.data.credits ?? null,
        summary: parsed.data.summary,
        file: file ? { name: file.name, type: file.type, content: file.content } : null,
        by: actor.accountId,
      },
      now,
    );
    if (!stored) throw new ProblemError(409, 'scholarship.reportTwice');
    await changed(tx, actor, row.programId, { change: 'reportSubmitted', awardId });
  });
  return awardDetail(db, actor, awardId, now);
}

export async function reviewReport(
  db: Db,
  actor: Actor,
  awardId: number,
  term: number,
  body: z.output<typeof ReviewBody>,
  now: Date,
) {
  if (!manages(actor)) throw new ProblemError(403, 'program.notManager');
  await withTenant(db, actor.tenantId, async (tx) => {
    if (!(await scholarships.lockAward(tx, awardId))) throw notFound();
    const { row } = await awardInReach(tx, actor, awardId);
    if (!(await scholarships.reviewReport(tx, awardId, term, { ...body, by: actor.accountId }, now))) {
      throw new ProblemError(409, 'scholarship.reportNotPending');
    }
    await changed(tx, actor, row.programId, { change: 'reportReviewed', awardId });
  });
  return awardDetail(db, actor, awardId, now);
}

export async function reportFile(db: Db, actor: Actor, awardId: number, term: number) {
  return withTenant(db, actor.tenantId, async (tx) => {
    await awardInReach(tx, actor, awardId);
    const file = await scholarships.reportFile(tx, awardId, term);
    if (!file) throw notFound();
    return file;
  });
}

/** The reader's own awards. */
export async function myAwards(db: Db, actor: Actor, now: Date) {
  if (actor.employeeId === null || !can(actor, 'program.read', GOVERNMENT(actor))) return { items: [] };
  const me = actor.employeeId;
  return withTenant(db, actor.tenantId, async (tx) => {
    const today = await tenantToday(tx, now);
    const rows = await scholarships.awards(tx, { employeeId: me });
    const items = [];
    for (const row of rows) items.push(awardView(row, await scholarships.findCall(tx, row.programId), today));
    return { items };
  });
}
