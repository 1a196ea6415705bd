import type {
  AppraisalBody,
  FeedbackBody,
  SkpCreateBody,
  SkpExpectationsBody,
  SkpResultsBody,
} from '@jenjang/domain/performance/performance.contract';
import {
  type CheckInFrequency,
  checkInPeriods,
  type Predikat,
  predikatOf,
} from '@jenjang/domain/performance/predikat.rules';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import * as repo from './performance.repository';
import { GOVERNMENT, manages, requireManager } from './performance-access';

// Performance appraisal (PP 30/2019, PermenPANRB 6/2022). The agency opens a government's year and
// moves it on: planning (each employee drafts their SKP's work results, their appraiser — the
// direct supervisor — sets the behaviour expectations and agrees the plan), running (both sides
// give feedback in each check-in period; the appraiser appraises each period), appraisal (the
// annual appraisal) and closed. Ratings of hasil kerja and perilaku kerja give the predikat by the
// regulation's matrix (domain predikat.rules.ts), which the table's check repeats.
//
// Who: an employee their own SKP; its appraiser what the SKP names them for — nobody else appraises
// it, not even the agency; the agency (performance.manage) opens years, SKP and changes appraisers;
// readers of performance.read the SKP in their reach, read-only.

const iso = (value: Date) => value.toISOString();

async function activePerson(tx: Tx, employeeId: number, field: string) {
  const found = await repo.person(tx, employeeId);
  if (found?.status !== 'aktif') {
    throw new ProblemError(400, 'performance.unknownEmployee', { field }, [
      { path: `body/${field}`, key: 'performance.unknownEmployee', params: { field } },
    ]);
  }
  return found;
}

export async function createSkp(
  db: Db,
  actor: Actor,
  cycleId: number,
  body: z.output<typeof SkpCreateBody>,
  now: Date,
) {
  const employeeId = body.employeeId ?? actor.employeeId;
  if (employeeId === null) throw new ProblemError(403, 'performance.noEmployee');
  const own = employeeId === actor.employeeId;
  if (!own || body.appraiserEmployeeId !== null) requireManager(actor);
  if (own && !can(actor, 'performance.plan', { ...GOVERNMENT(actor), employeeId })) throw notFound();
  const skpId = await withTenant(db, actor.tenantId, async (tx) => {
    const cycle = await repo.findCycle(tx, cycleId, { lock: 'share' });
    if (!cycle) throw notFound();
    if (cycle.state !== 'planning' && cycle.state !== 'running') {
      throw new ProblemError(409, 'performance.cyclePastPlanning', { year: cycle.year });
    }
    const employee = await activePerson(tx, employeeId, 'employeeId');
    const appraiserId = body.appraiserEmployeeId ?? (await repo.directSupervisor(tx, employeeId));
    // Each refusal names its field, so a form can mark it (the agency then picks the appraiser).
    if (appraiserId === null) {
      throw new ProblemError(409, 'performance.noAppraiser', { name: employee.name }, [
        { path: 'body/appraiserEmployeeId', key: 'performance.noAppraiser', params: { name: employee.name } },
      ]);
    }
    if (appraiserId === employeeId) {
      throw new ProblemError(400, 'performance.appraiserSelf', {}, [
        { path: 'body/appraiserEmployeeId', key: 'performance.appraiserSelf' },
      ]);
    }
    await activePerson(tx, appraiserId, 'appraiserEmployeeId');
    const id = await repo.insertSkp(tx, actor.tenantId, { cycleId, employeeId, appraiserId });
    if (id === null) {
      throw new ProblemError(409, 'performance.skpExists', { name: employee.name, year: cycle.year }, [
        {
          path: 'body/employeeId',
          key: 'performance.skpExists',
          params: { name: employee.name, year: cycle.year },
        },
      ]);
    }
    await published(tx, actor, id, employeeId, employee.unitPath, 'created');
    return id;
  });
  return skpDetail(db, actor, skpId, now);
}

type SkpChange = 'created' | 'results' | 'expectations' | 'proposed' | 'returned' | 'agreed' | 'appraiser';

function published(
  tx: Tx,
  actor: Actor,
  skpId: number,
  employeeId: number,
  unitPath: number[] | null,
  change: SkpChange,
) {
  return publish(tx, actor.tenantId, {
    type: 'performance.skpChanged',
    actorAccountId: actor.accountId,
    payload: { skpId, employeeId, change, unitPath: unitPath ?? [] },
  });
}

interface SkpAccess {
  skp: repo.SkpRow;
  cycle: repo.CycleRow;
  employee: repo.PersonRow;
  appraiser: repo.PersonRow;
  isEmployee: boolean;
  isAppraiser: boolean;
}

/** The SKP if the reader may see it: its employee, its appraiser, or a reader of its reach. */
async function skpFor(
  tx: Tx,
  actor: Actor,
  skpId: number,
  options: { lock?: boolean } = {},
): Promise<SkpAccess> {
  const skp = await repo.findSkp(tx, skpId, options);
  if (!skp) throw notFound();
  const [cycle, employee, appraiser] = await Promise.all([
    repo.findCycle(tx, skp.cycleId, options.lock ? { lock: 'share' } : {}),
    repo.person(tx, skp.employeeId),
    repo.person(tx, skp.appraiserId),
  ]);
  const isEmployee = actor.employeeId === skp.employeeId;
  const isAppraiser =
    actor.employeeId === skp.appraiserId &&
    can(actor, 'performance.appraise', { ...GOVERNMENT(actor), employeeId: skp.appraiserId });
  const readable =
    isEmployee ||
    isAppraiser ||
    can(actor, 'performance.read', {
      tenantId: actor.tenantId,
      unitPath: employee!.unitPath,
      employeeId: skp.employeeId,
    });
  if (!readable) throw notFound();
  return { skp, cycle: cycle!, employee: employee!, appraiser: appraiser!, isEmployee, isAppraiser };
}

const open = (cycle: repo.CycleRow) => cycle.state !== 'closed';
export const planning = (cycle: repo.CycleRow) => cycle.state === 'planning' || cycle.state === 'running';

/** What the reader may do with the SKP now. */
function allowed(access: SkpAccess, actor: Actor, todayMonth: number) {
  const { skp, cycle, isEmployee, isAppraiser } = access;
  const agreed = skp.state === 'agreed';
  const checking = agreed && (cycle.state === 'running' || cycle.state === 'appraisal');
  return {
    editResults: isEmployee && skp.state === 'draft' && planning(cycle),
    editExpectations: isAppraiser && !agreed && planning(cycle),
    propose: isEmployee && skp.state === 'draft' && planning(cycle),
    agree: isAppraiser && skp.state === 'proposed' && planning(cycle),
    changeAppraiser: manages(actor) && open(cycle),
    feedback: (isEmployee || isAppraiser) && checking && todayMonth > 0,
    appraise: isAppraiser && checking,
  };
}

/** The month of the cycle's year today is in: 0 before it begins, 12 after it ends. */
async function monthOfCycle(tx: Tx, year: number, now: Date): Promise<number> {
  const today = await tenantToday(tx, now);
  const y = Number(today.slice(0, 4));
  if (y < year) return 0;
  if (y > year) return 12;
  return Number(today.slice(5, 7));
}

export function appraisalView(row: repo.AppraisalRow) {
  return { ...row, predikat: row.predikat as Predikat, recordedAt: iso(row.recordedAt) };
}

export const personView = ({ unitPath: _, status: __, ...rest }: repo.PersonRow) => rest;

export function skpDetail(db: Db, actor: Actor, skpId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const access = await skpFor(tx, actor, skpId);
    const { skp, cycle } = access;
    const [items, feedback, appraisals, month] = await Promise.all([
      repo.items(tx, skpId),
      repo.feedback(tx, skpId),
      repo.appraisalsOfSkp(tx, skpId),
      monthOfCycle(tx, cycle.year, now),
    ]);
    const periodic = appraisals.filter((a) => a.period !== 'annual');
    return {
      id: skp.id,
      cycle: { id: cycle.id, year: cycle.year, state: cycle.state, checkIns: cycle.checkIns },
      state: skp.state,
      employee: personView(access.employee),
      appraiser: personView(access.appraiser),
      agreedAt: skp.agreedAt ? iso(skp.agreedAt) : null,
      results: items
        .filter((item) => item.kind === 'result')
        .map((item) => ({
          id: item.id,
          text: item.text,
          indicator: item.indicator ?? '',
          target: item.target ?? '',
        })),
      expectations: items
        .filter((item) => item.kind === 'behaviour')
        .map((item) => ({ id: item.id, text: item.text })),
      periods: checkInPeriods(cycle.year, cycle.checkIns).map((period) => ({
        index: period.index,
        fromMonth: period.fromMonth,
        toMonth: period.toMonth,
        feedback: feedback
          .filter((f) => f.period === period.index)
          .map((f) => ({ id: f.id, side: f.side, author: f.author, body: f.body, at: iso(f.at) })),
        appraisal: (() => {
          const found = periodic.find(
            (a) => a.fromMonth === period.fromMonth && a.toMonth === period.toMonth,
          );
          return found ? appraisalView(found) : null;
        })(),
      })),
      annual: (() => {
        const found = appraisals.find((a) => a.period === 'annual');
        return found ? appraisalView(found) : null;
      })(),
      may: allowed(access, actor, month),
    };
  });
}

/** Changes an SKP under its lock after `check` allows it; returns the SKP as the reader sees it. */
async function change(
  db: Db,
  actor: Actor,
  skpId: number,
  now: Date,
  work: (
    tx: Tx,
    access: SkpAccess,
    may: ReturnType<typeof allowed>,
    month: number,
  ) => Promise<SkpChange | null>,
) {
  await withTenant(db, actor.tenantId, async (tx) => {
    const access = await skpFor(tx, actor, skpId, { lock: true });
    const month = await monthOfCycle(tx, access.cycle.year, now);
    const done = await work(tx, access, allowed(access, actor, month), month);
    if (done) await published(tx, actor, skpId, access.skp.employeeId, access.employee.unitPath, done);
  });
  return skpDetail(db, actor, skpId, now);
}

/** Why a change the reader may not make is refused: the cycle's, the SKP's, or the reader's. */
function refuse(access: SkpAccess, who: 'employee' | 'appraiser'): never {
  if (access.cycle.state === 'closed')
    throw new ProblemError(409, 'performance.cycleClosed', { year: access.cycle.year });
  if (who === 'employee' && !access.isEmployee) throw new ProblemError(403, 'performance.notEmployee');
  if (who === 'appraiser' && !access.isAppraiser) throw new ProblemError(403, 'performance.notAppraiser');
  throw new ProblemError(409, 'performance.skpState', { state: access.skp.state, cycle: access.cycle.state });
}

export function setResults(
  db: Db,
  actor: Actor,
  skpId: number,
  body: z.output<typeof SkpResultsBody>,
  now: Date,
) {
  return change(db, actor, skpId, now, async (tx, access, may) => {
    if (!may.editResults) refuse(access, 'employee');
    await repo.replaceItems(tx, actor.tenantId, skpId, 'result', body.results);
    return 'results';
  });
}

export function setExpectations(
  db: Db,
  actor: Actor,
  skpId: number,
  body: z.output<typeof SkpExpectationsBody>,
  now: Date,
) {
  return change(db, actor, skpId, now, async (tx, access, may) => {
    if (!may.editExpectations) refuse(access, 'appraiser');
    await repo.replaceItems(tx, actor.tenantId, skpId, 'behaviour', body.expectations);
    return 'expectations';
  });
}

export function propose(db: Db, actor: Actor, skpId: number, now: Date) {
  return change(db, actor, skpId, now, async (tx, access, may) => {
    if (!may.propose) refuse(access, 'employee');
    if (!(await repo.items(tx, skpId)).some((item) => item.kind === 'result')) {
      throw new ProblemError(409, 'performance.noResults');
    }
    await repo.setSkpState(tx, skpId, 'proposed', null, now);
    return 'proposed';
  });
}

export function agree(db: Db, actor: Actor, skpId: number, now: Date) {
  return change(db, actor, skpId, now, async (tx, access, may) => {
    if (!may.agree) refuse(access, 'appraiser');
    await repo.setSkpState(tx, skpId, 'agreed', { at: now, by: actor.accountId }, now);
    return 'agreed';
  });
}

/** The appraiser sends a proposed SKP back to its employee, saying why (kept as feedback). */
export function returnSkp(db: Db, actor: Actor, skpId: number, reason: string, now: Date) {
  return change(db, actor, skpId, now, async (tx, access, may, month) => {
    if (!may.agree) refuse(access, 'appraiser');
    await repo.setSkpState(tx, skpId, 'draft', null, now);
    const period = periodIndex(access.cycle.checkIns, Math.max(month, 1));
    await repo.insertFeedback(tx, actor.tenantId, {
      skpId,
      period,
      side: 'appraiser',
      by: actor.accountId,
      body: reason,
      at: now,
    });
    return 'returned';
  });
}

export function changeAppraiser(db: Db, actor: Actor, skpId: number, appraiserId: number, now: Date) {
  requireManager(actor);
  return change(db, actor, skpId, now, async (tx, access, may) => {
    if (!may.changeAppraiser) refuse(access, 'appraiser');
    if (appraiserId === access.skp.employeeId) throw new ProblemError(400, 'performance.appraiserSelf');
    await activePerson(tx, appraiserId, 'appraiserEmployeeId');
    await repo.setAppraiser(tx, skpId, appraiserId, now);
    return 'appraiser';
  });
}

function periodIndex(checkIns: CheckInFrequency, month: number): number {
  return checkInPeriods(2000, checkIns).find((p) => p.fromMonth <= month && month <= p.toMonth)!.index;
}

/** The check-in period `index` of the cycle, refused when the year has none such or it lies ahead. */
function periodOf(cycle: repo.CycleRow, index: number, month: number) {
  const period = checkInPeriods(cycle.year, cycle.checkIns).find((p) => p.index === index);
  if (!period)
    throw new ProblemError(400, 'performance.unknownPeriod', { period: index, checkIns: cycle.checkIns });
  if (period.fromMonth > month) throw new ProblemError(409, 'performance.periodAhead', { period: index });
  return period;
}

export async function giveFeedback(
  db: Db,
  actor: Actor,
  skpId: number,
  body: z.output<typeof FeedbackBody>,
  now: Date,
) {
  await withTenant(db, actor.tenantId, async (tx) => {
    const access = await skpFor(tx, actor, skpId, { lock: true });
    const month = await monthOfCycle(tx, access.cycle.year, now);
    if (!allowed(access, actor, month).feedback)
      refuse(access, access.isAppraiser ? 'appraiser' : 'employee');
    periodOf(access.cycle, body.period, month);
    const side = access.isEmployee ? 'employee' : 'appraiser';
    await repo.insertFeedback(tx, actor.tenantId, {
      skpId,
      period: body.period,
      side,
      by: actor.accountId,
      body: body.body,
      at: now,
    });
    await publish(tx, actor.tenantId, {
      type: 'performance.feedbackGiven',
      actorAccountId: actor.accountId,
      payload: {
        skpId,
        employeeId: access.skp.employeeId,
        period: body.period,
        side,
        unitPath: access.employee.unitPath ?? [],
      },
    });
  });
  return skpDetail(db, actor, skpId, now);
}

/**
 * The appraiser's rating of a period (or, with period 0, of the year, once the cycle is in its
 * appraisal): the predikat follows from the matrix. Again for the same period replaces it until
 * the cycle closes.
 */
export async function appraise(
  db: Db,
  actor: Actor,
  skpId: number,
  body: z.output<typeof AppraisalBody>,
  now: Date,
) {
  await withTenant(db, actor.tenantId, async (tx) => {
    const access = await skpFor(tx, actor, skpId, { lock: true });
    const { cycle, skp } = access;
    const month = await monthOfCycle(tx, cycle.year, now);
    if (!allowed(access, actor, month).appraise) refuse(access, 'appraiser');
    const annual = body.period === 0;
    if (annual && cycle.state !== 'appraisal') {
      throw new ProblemError(409, 'performance.annualNotYet', { year: cycle.year });
    }
    const span = annual ? { fromMonth: 1, toMonth: 12 } : periodOf(cycle, body.period, month);
    const predikat = predikatOf(body.hasilKerja, body.perilakuKerja);
    const id = await repo.upsertAppraisal(tx, actor.tenantId, {
      employeeId: skp.employeeId,
      year: cycle.year,
      period: annual ? 'annual' : cycle.checkIns,
      fromMonth: span.fromMonth,
      toMonth: span.toMonth,
      hasilKerja: body.hasilKerja,
      perilakuKerja: body.perilakuKerja,
      predikat,
      appraiser: access.appraiser,
      skpId,
      followUp: body.followUp,
      by: actor.accountId,
      at: now,
    });
    await publish(tx, actor.tenantId, {
      type: 'performance.appraised',
      actorAccountId: actor.accountId,
      payload: {
        appraisalId: id,
        skpId,
        employeeId: skp.employeeId,
        year: cycle.year,
        period: body.period,
        predikat,
        unitPath: access.employee.unitPath ?? [],
      },
    });
  });
  return skpDetail(db, actor, skpId, now);
}
