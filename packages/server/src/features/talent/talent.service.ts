import { setTimeout as sleep } from 'node:timers/promises';
import { type Actor, listScope } from '@jenjang/domain/shared/access';
import { TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import {
  PERFORMANCE_BANDS,
  POTENTIAL_BANDS,
  type TalentReasonCode,
} from '@jenjang/domain/talent/nine-box.rules';
import type {
  TalentPlacementQuery,
  TalentPlacementRow,
  TalentPlacementView,
  TalentScoresBody,
  TalentYearView,
} from '@jenjang/domain/talent/talent-api.contract';
import { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import type { AppDeps } from '../../http/types';
import type { JobContext } from '../jobs/job-outcome';
import type { JobRunner } from '../jobs/job-runner';
import { manages, requireManager } from '../performance/performance-access';
import type { RulesSource } from '../policies/policy-rules';
import { jpmThresholds } from '../settings/settings.service';
import { placer, whyOf, yearDates } from './placement';
import * as repo from './talent.repository';
import { settingsInForce } from './talent-settings';

// A government's talent mapping (PermenPANRB 3/2020): a year placed on the nine-box by a job under
// the settings in force, read by the agency and whom those settings name (a supervisor: their own
// unit's people only), and each employee's own boxes with the lines that placed them.

export const PLACE_JOB = 'talent.place';
/** What the placement job is given: the year (checked when queued and when run). */
const PlaceInput = z.object({ year: z.number().int().min(2019).max(2100) });
const BATCH = 2_000;
/** How long a change of points waits for a placement of its year that is running. */
const YEAR_WAIT_MS = 10_000;

/**
 * Whom this reader sees placements of, by the settings in force today: the agency everyone; a role
 * the settings name everyone within its scope (a supervisor's unit); anyone else nobody but themself.
 */
export async function reachOf(tx: Tx, actor: Actor, today: string): Promise<repo.Reach | null> {
  if (manages(actor)) return { unitId: null };
  const { rules } = await settingsInForce(tx, today);
  if (!(rules.visibleTo as readonly string[]).includes(actor.role)) return null;
  // As far as the role reads appraisals: a supervisor without a unit reaches nobody (fails closed).
  const scope = listScope(actor, 'performance.read');
  if (scope.kind === 'tenant') return { unitId: null };
  return scope.kind === 'unit' ? { unitId: scope.unitId } : null;
}

function sourceOfMapping(m: repo.MappingRow): RulesSource | null {
  if (m.settingsVersionId === null || m.policyId === null) return null;
  return {
    policyId: m.policyId,
    policyTitle: m.policyTitle ?? '',
    versionId: m.settingsVersionId,
    versionNumber: m.versionNumber ?? 0,
    effectiveFrom: m.effectiveFrom,
  };
}

export async function overview(db: Db, actor: Actor, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const today = await tenantToday(tx, now);
    const reach = await reachOf(tx, actor, today);
    const inForce = await settingsInForce(tx, today);
    const all = await repo.mappings(tx);
    const years = all.map((m) => ({
      year: m.year,
      placedAt: m.placedAt.toISOString(),
      considered: m.considered,
      placed: m.placed,
      source: sourceOfMapping(m),
    }));
    const current = Number(today.slice(0, 4));
    return {
      years,
      canPlace: manages(actor),
      seesOthers: reach !== null,
      current: inForce.source,
      settings: inForce.rules,
      placeable: manages(actor) ? (await repo.appraisedYears(tx)).filter((y) => y <= current) : [],
    };
  });
}

async function placedYear(tx: Tx, year: number) {
  const m = await repo.mapping(tx, year);
  if (!m) throw new ProblemError(404, 'talent.yearNotPlaced', { year });
  return m;
}

export async function yearView(
  db: Db,
  actor: Actor,
  year: number,
  unitId: number | undefined,
  now: Date,
): Promise<z.output<typeof TalentYearView>> {
  return withTenant(db, actor.tenantId, async (tx) => {
    const reach = await reachOf(tx, actor, await tenantToday(tx, now));
    if (!reach) throw new ProblemError(403, 'talent.notVisible');
    const m = await placedYear(tx, year);
    const settings = TalentSettings.parse(m.settings);
    const counts = await repo.boxCounts(tx, year, reach, unitId);
    const count = (box: number) => counts.find((c) => c.box === box)?.count ?? 0;
    const cells = POTENTIAL_BANDS.flatMap((potentialBand, row) =>
      PERFORMANCE_BANDS.map((performanceBand, column) => {
        const box = settings.boxNumbers[row]![column]!;
        const key = String(box) as keyof typeof settings.recommendations;
        return {
          box,
          performanceBand,
          potentialBand,
          label: settings.boxLabels[key] ?? null,
          recommendation: settings.recommendations[key],
          count: count(box),
        };
      }),
    );
    const unplaced = counts.find((c) => c.box === null);
    return {
      year,
      placedAt: m.placedAt.toISOString(),
      source: sourceOfMapping(m),
      settings,
      considered: counts.reduce((sum, c) => sum + c.count, 0),
      cells,
      unplaced: {
        total: unplaced?.count ?? 0,
        noPredikat: unplaced?.noPredikat ?? 0,
        noJpm: unplaced?.noJpm ?? 0,
      },
    };
  });
}

const num = (value: string) => Number(value);

/** Why a person has no box: no predikat for the year, no complete JPM (placeInNineBox's reasons). */
function reasonsOf(r: repo.PlacementListRow): TalentReasonCode[] {
  const reasons: TalentReasonCode[] = [];
  if (r.performanceBand === null) reasons.push('talent.noPredikat');
  if (r.potentialBand === null) reasons.push('talent.noJpm');
  return reasons;
}

function rowView(r: repo.PlacementListRow, settings: TalentSettings): z.output<typeof TalentPlacementRow> {
  const key = String(r.box) as keyof TalentSettings['boxLabels'];
  return {
    employeeId: r.employeeId,
    name: r.name,
    nip: r.nip,
    golongan: r.golongan,
    unit: r.unit,
    position: r.position,
    box: r.box,
    label: r.box === null ? null : (settings.boxLabels[key] ?? null),
    recommendation: r.recommendation,
    performanceScore: num(r.performanceScore),
    potentialScore: num(r.potentialScore),
    performanceBand: r.performanceBand,
    potentialBand: r.potentialBand,
    reasons: reasonsOf(r),
  };
}

export async function placements(
  db: Db,
  actor: Actor,
  year: number,
  query: z.output<typeof TalentPlacementQuery>,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const reach = await reachOf(tx, actor, await tenantToday(tx, now));
    if (!reach) throw new ProblemError(403, 'talent.notVisible');
    const settings = TalentSettings.parse((await placedYear(tx, year)).settings);
    const { rows, total } = await repo.placementsPage(tx, year, reach, query, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return {
      items: rows.map((r) => rowView(r, settings)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

function placementView(r: Awaited<ReturnType<typeof repo.placementsOf>>[number]) {
  const settings = TalentSettings.parse(r.settings);
  return {
    year: r.year,
    person: {
      employeeId: r.employeeId,
      name: r.name,
      nip: r.nip,
      golongan: r.golongan,
      unit: r.unit,
      position: r.position,
    },
    box: r.box,
    recommendation: r.recommendation,
    ...whyOf(r.inputs, r.jpm, settings),
    settings,
    placedAt: r.placedAt.toISOString(),
  } as z.output<typeof TalentPlacementView>;
}

/** Whether this reader may see this person's placements: themself, or within their reach. */
export async function mayRead(tx: Tx, actor: Actor, employeeId: number, today: string) {
  if (actor.employeeId === employeeId) return true;
  const reach = await reachOf(tx, actor, today);
  if (!reach) return false;
  if (reach.unitId === null) return true;
  return (await repo.unitPathOf(tx, employeeId))?.includes(reach.unitId) ?? false;
}

export async function placementOfPerson(db: Db, actor: Actor, year: number, employeeId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    // Someone out of reach reads exactly like someone unplaced: nobody probes who is mapped.
    if (!(await mayRead(tx, actor, employeeId, await tenantToday(tx, now)))) throw notFound();
    const [row] = await repo.placementsOf(tx, employeeId, year);
    if (!row) throw notFound();
    return placementView(row);
  });
}

/** The reader's own placements, newest year first. */
export async function myTalent(db: Db, actor: Actor) {
  if (actor.employeeId === null) return { items: [] };
  const employeeId = actor.employeeId;
  return withTenant(db, actor.tenantId, async (tx) => ({
    items: (await repo.placementsOf(tx, employeeId)).map(placementView),
  }));
}

// --- Placing a year -------------------------------------------------------------------------------

/** Places one year under the settings in force today, replacing its earlier placements (a job). */
async function placeYear(deps: Pick<AppDeps, 'db'>, ctx: JobContext) {
  const { year } = PlaceInput.parse(ctx.input);
  return withTenant(deps.db, ctx.tenantId, async (tx) => {
    await repo.lockYear(tx, ctx.tenantId, year);
    const today = await tenantToday(tx, ctx.clock.now());
    const { rules: settings, source } = await settingsInForce(tx, today);
    const thresholds = await jpmThresholds(tx);
    const dates = yearDates(year, today, settings);
    const considered = await repo.activePnsCount(tx);
    await ctx.progress(0, considered);
    await repo.replaceMapping(tx, {
      tenantId: ctx.tenantId,
      year,
      settings,
      settingsVersionId: source?.versionId ?? null,
      considered,
      placed: 0,
      placedBy: ctx.accountId,
      jobId: ctx.jobId,
    });
    let done = 0;
    const place = placer(settings, thresholds, dates.reference);
    await repo.eachTalentInputBatch(tx, year, dates.trainingWindow, BATCH, async (rows) => {
      const batch = rows.map(place);
      await repo.insertPlacements(tx, ctx.tenantId, year, batch);
      done += rows.length;
      await ctx.progress(Math.min(done, considered), considered);
    });
    const placed = await repo.recountPlaced(tx, year);
    await publish(tx, ctx.tenantId, {
      type: 'talent.placed',
      actorAccountId: ctx.accountId,
      payload: { jobId: ctx.jobId, year, considered: done, placed },
    });
    return { year, considered: done, placed };
  });
}

export function registerTalentJobs(jobs: JobRunner, deps: Pick<AppDeps, 'db'>) {
  jobs.register(PLACE_JOB, (ctx) => placeYear(deps, ctx), PlaceInput);
}

/** Queues the placement of a year: the agency only, a year that has begun. */
export async function startPlacing(
  deps: Pick<AppDeps, 'db' | 'jobs'>,
  actor: Actor,
  year: number,
  now: Date,
) {
  requireManager(actor);
  const today = await withTenant(deps.db, actor.tenantId, (tx) => tenantToday(tx, now));
  if (year > Number(today.slice(0, 4))) throw new ProblemError(400, 'talent.futureYear', { year });
  const jobId = await deps.jobs.enqueue(actor.tenantId, actor.accountId, PLACE_JOB, { year });
  return { jobId };
}

// --- Component points -----------------------------------------------------------------------------

/**
 * Takes the year's lock, tried every 100 ms up to YEAR_WAIT_MS (a lock_timeout's expiry would abort
 * the transaction instead of answering): past it, 409 with the year being placed.
 */
async function waitForYear(tx: Tx, tenantId: number, year: number) {
  for (let waited = 0; !(await repo.tryLockYear(tx, tenantId, year)); waited += 100) {
    if (waited >= YEAR_WAIT_MS) throw new ProblemError(409, 'talent.yearBusy', { year });
    await sleep(100);
  }
}

/** The components a year's points are given on: of the settings that placed it, or those in force. */
async function settingsOfYear(tx: Tx, year: number, today: string): Promise<TalentSettings> {
  const m = await repo.mapping(tx, year);
  return m ? TalentSettings.parse(m.settings) : (await settingsInForce(tx, today)).rules;
}

async function scoresView(tx: Tx, year: number, employeeId: number, today: string) {
  const person = await repo.person(tx, employeeId);
  if (!person) throw notFound();
  const rows = await repo.scoresOf(tx, year, employeeId);
  const given = (axis: 'performance' | 'potential') =>
    Object.fromEntries(rows.filter((r) => r.axis === axis).map((r) => [r.component, Number(r.points)]));
  const [placed] = await repo.placementsOf(tx, employeeId, year);
  return {
    year,
    person: {
      employeeId,
      name: person.name,
      nip: person.nip,
      golongan: person.golongan,
      unit: person.unit,
      position: person.position,
    },
    performance: given('performance'),
    potential: given('potential'),
    note: rows[0]?.note ?? null,
    settings: await settingsOfYear(tx, year, today),
    placement: placed ? placementView(placed) : null,
  };
}

export async function scores(db: Db, actor: Actor, year: number, employeeId: number, now: Date) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) =>
    scoresView(tx, year, employeeId, await tenantToday(tx, now)),
  );
}

/**
 * Sets a person's component points for a year: only on components the settings in force name, each
 * within its maximum. A placed year places the person anew in the same transaction.
 */
export async function setScores(
  db: Db,
  actor: Actor,
  year: number,
  employeeId: number,
  body: z.output<typeof TalentScoresBody>,
  now: Date,
) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const today = await tenantToday(tx, now);
    if (year > Number(today.slice(0, 4))) throw new ProblemError(400, 'talent.futureYear', { year });
    // The year first, then the person: a placement job holds the year and locks people's rows as it
    // inserts their placements, so the other order would deadlock with it. Waiting for a running
    // placement is bounded: past it, the agency is told to try again.
    await waitForYear(tx, actor.tenantId, year);
    const person = await repo.person(tx, employeeId, { lock: true });
    if (!person) throw notFound();
    if (person.status !== 'aktif' || person.employeeType !== 'PNS') {
      throw new ProblemError(409, 'talent.notMapped');
    }
    const m = await repo.mapping(tx, year);
    const settings = await settingsOfYear(tx, year, today);
    const rows = (['performance', 'potential'] as const).flatMap((axis) =>
      Object.entries(body[axis]).map(([component, points]) => {
        const declared = settings[axis].components.find((c) => c.key === component);
        if (!declared) throw new ProblemError(400, 'talent.unknownComponent', { component });
        if (points > declared.maxPoints) {
          throw new ProblemError(400, 'talent.pointsAboveMax', {
            component: declared.label,
            max: declared.maxPoints,
          });
        }
        return { axis, component, points };
      }),
    );
    await repo.replaceScores(tx, actor.tenantId, year, employeeId, rows, body.note ?? null, actor.accountId);
    if (m) {
      const thresholds = await jpmThresholds(tx);
      const dates = yearDates(year, today, settings);
      const input = await repo.talentInputsOf(tx, year, dates.trainingWindow, employeeId);
      if (input) {
        await repo.replacePlacement(
          tx,
          actor.tenantId,
          year,
          placer(settings, thresholds, dates.reference)(input),
        );
      }
    }
    await publish(tx, actor.tenantId, {
      type: 'talent.scoresChanged',
      actorAccountId: actor.accountId,
      payload: { year, employeeId },
    });
    return scoresView(tx, year, employeeId, today);
  });
}
