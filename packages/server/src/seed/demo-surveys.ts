import type { Actor } from '@jenjang/domain/shared/access';
import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import type { Audience } from '@jenjang/domain/surveys/survey.contract';
import { templateByKey } from '@jenjang/domain/surveys/survey-templates';
import { type Db, withTenant } from '../db/database';
import { publish } from '../events';
import { listAccounts } from '../features/accounts/account.service';
import { listEmployees } from '../features/employees/employee.service';
import { listUnits } from '../features/organisation/unit.service';
import { AudienceSources } from '../features/surveys/audiences/audience-sources';
import { createInstrument } from '../features/surveys/instruments/instrument.service';
import * as responses from '../features/surveys/responses/response.repository';
import * as surveyRecords from '../features/surveys/surveys/survey.repository';
import {
  closeWave,
  createSurvey,
  createWave,
  listSurveys,
  openWave,
} from '../features/surveys/surveys/survey.service';
import { type Clock, TestClock } from '../platform/clock';
import { Scheduler } from '../platform/jobs/schedule';
import { synthesizeAnswers } from './demo-answers';
import { type Random, seededRandom } from './demo-people';
import { storyOf } from './stories/demo-stories';
import type { DemoSurvey, DemoWave } from './stories/story';

// A story's surveys told as its admin lived them: the questionnaire made from a template, the
// survey and its audience, each wave created, published and closed through the survey services on
// a TestClock moved to the wave's dates, so the rules that guard them run. Only the answers are a
// shortcut: synthetic respondents, inserted in bulk (response.repository insertSyntheticResponses).

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MIN_RESPONSES = 8;
/** The demo's k (the smallest group shown), as surveys made in the app default to. */
const MIN_GROUP_SIZE = 5;
/** The demo's audiences are lists and criteria: no external source is asked. */
const NO_SOURCES = new AudienceSources();

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** The calendar day of an instant in the demo governments' zone (WIB). */
export function dayOf(date: Date): string {
  return new Date(date.getTime() + 7 * HOUR).toISOString().slice(0, 10);
}

interface Context {
  db: Db;
  admin: Actor;
  scale: number;
  random: Random;
  /** Employees of the demo accounts: left out of open waves' respondents, so they can answer. */
  demoEmployees: Set<number>;
  /** The story's today: waves open and close around it. */
  today: number;
  clock: TestClock;
  /** The story's schedules (its waves set no automatic reminder). */
  schedules: Scheduler;
}

/** The OPDs (top units) of the government, as the organisation page lists them. */
async function topUnits(ctx: Context) {
  const { items } = await listUnits(ctx.db, ctx.admin, false, ctx.clock.now());
  return items.filter((unit) => unit.parentId === null);
}

/** A training's participants: a few from each OPD (those matching `units`) rather than one office's staff. */
async function sampleAudience(ctx: Context, size: number, units: RegExp | undefined, random: Random) {
  const pools: number[][] = [];
  for (const opd of await topUnits(ctx)) {
    if (units && !units.test(opd.name)) continue;
    const { items } = await listEmployees(ctx.db, ctx.admin, {
      unitId: opd.id,
      page: 1,
      pageSize: 1_000_000,
      sort: 'name',
    });
    if (items.length > 0)
      pools.push(
        shuffle(
          random,
          items.map((e) => e.id).sort((a, b) => a - b),
        ),
      );
  }
  shuffle(random, pools);
  const picked: number[] = [];
  for (let round = 0; picked.length < size && round < 1_000; round++) {
    for (const pool of pools) {
      const id = pool[round];
      if (id !== undefined && picked.length < size) picked.push(id);
    }
  }
  return picked.sort((a, b) => a - b);
}

async function audienceOf(ctx: Context, survey: DemoSurvey): Promise<Audience | undefined> {
  if (survey.mode === 'public') return undefined;
  if (!survey.audience || survey.audience.kind === 'all') {
    return { kind: 'criteria', unitIds: [], positionKinds: [], golongan: [], employeeTypes: [] };
  }
  const { size, units } = survey.audience;
  return { kind: 'list', employeeIds: await sampleAudience(ctx, size, units, seededRandom(7)) };
}

/** The synthetic answers of one wave, inserted once it is published. */
async function answerWave(
  ctx: Context,
  survey: DemoSurvey & { unitId: number | null },
  wave: DemoWave,
  waveId: number,
  window: { opensAt: Date; closesAt: Date },
) {
  const definition = InstrumentDefinition.parse(templateByKey(survey.templateKey)!.definition);
  const open = wave.to > 0;
  await withTenant(ctx.db, ctx.admin.tenantId, async (tx) => {
    const invitations = survey.mode === 'public' ? [] : await responses.invitationsOf(tx, waveId);
    const candidates = shuffle(
      ctx.random,
      invitations.filter((i) => !(open && ctx.demoEmployees.has(i.employee_id))),
    );
    const wanted = Math.max(MIN_RESPONSES, Math.round(wave.responses * ctx.scale));
    const count = survey.mode === 'public' ? wanted : Math.min(wanted, candidates.length);
    const respondents = candidates.slice(0, count);
    const lastDay = Math.min(window.closesAt.getTime(), ctx.today);
    const opensAt = window.opensAt.getTime();
    const rows = Array.from({ length: count }, (_, i) => {
      // Drawn for every answer, so the demo's answers stay the same whatever the mode.
      const day = dayOf(new Date(opensAt + ctx.random() * (lastDay - opensAt)));
      return {
        tenant_id: ctx.admin.tenantId,
        wave_id: waveId,
        employee_id: survey.mode === 'identified' ? respondents[i]!.employee_id : null,
        unit_id: survey.mode === 'public' ? survey.unitId : (respondents[i]?.unit_id ?? null),
        // Anonymous and public answers keep no day of their own, only their batch's (migration 0011).
        answered_on: survey.mode === 'identified' ? day : dayOf(new Date(lastDay)),
        answers: JSON.stringify(synthesizeAnswers(definition, ctx.random, wave.bias)),
      };
    });
    // Anonymous rows are stored in an order unrelated to the invitations (as the mixing inbox does).
    if (survey.mode === 'anonymous') shuffle(ctx.random, rows);
    await responses.insertSyntheticResponses(tx, rows);
    await responses.markResponded(
      tx,
      waveId,
      respondents.map((r) => r.employee_id),
    );
  });
}

async function tellSurvey(ctx: Context, survey: DemoSurvey) {
  const first = Math.min(...survey.waves.map((w) => w.from));
  // The questionnaire and the survey are prepared a week before the first wave.
  ctx.clock.set(new Date(ctx.today + (first - 7) * DAY));
  const instrument = await createInstrument(ctx.db, ctx.admin, { templateKey: survey.templateKey });
  const serviceUnit = survey.service
    ? (await topUnits(ctx)).find((u) => survey.service!.unit.test(u.name))
    : null;
  const created = await createSurvey(
    ctx.db,
    NO_SOURCES,
    ctx.admin,
    {
      instrumentId: instrument.id,
      title: survey.title,
      mode: survey.mode,
      audience: await audienceOf(ctx, survey),
      serviceUnitId: serviceUnit?.id ?? null,
      serviceName: survey.service?.name ?? null,
      minGroupSize: MIN_GROUP_SIZE,
    },
    { surveyMinGroupSize: MIN_GROUP_SIZE },
    ctx.clock.now(),
  );
  if (survey.service) {
    // Demo links are readable on purpose (the README prints them); real ones are random.
    const code = survey.service.code;
    await withTenant(ctx.db, ctx.admin.tenantId, (tx) =>
      surveyRecords.setReadablePublicCode(tx, created.id, code),
    );
  }
  for (const wave of survey.waves) {
    const opensAt = new Date(ctx.today + wave.from * DAY);
    const closesAt = new Date(ctx.today + wave.to * DAY);
    const open = wave.to > 0;
    // A past wave is published an hour ahead of its window (scheduled, so nobody is told of a
    // survey long closed); a wave running today is published today, and its invitees are told.
    ctx.clock.set(open ? new Date(ctx.today) : new Date(opensAt.getTime() - HOUR));
    const detail = await createWave(
      ctx.db,
      ctx.schedules,
      ctx.admin,
      created.id,
      {
        label: wave.label,
        opensAt: opensAt.toISOString(),
        closesAt: closesAt.toISOString(),
        population: wave.population ?? null,
      },
      ctx.clock.now(),
    );
    const waveId = detail.waves.find((w) => w.label === wave.label)!.id;
    await openWave(ctx.db, NO_SOURCES, ctx.admin, waveId, ctx.clock.now());
    await answerWave(ctx, { ...survey, unitId: serviceUnit?.id ?? null }, wave, waveId, {
      opensAt,
      closesAt,
    });
    if (!open) {
      ctx.clock.set(closesAt);
      await closeWave(ctx.db, ctx.admin, waveId, ctx.clock.now());
    }
  }
}

/**
 * The government's demo account of a role (`<role>.<slug>`): its admin runs the surveys and drafts
 * the policies, its pimpinan approves them. Null if it has none.
 */
export async function demoActor(
  db: Db,
  tenant: { id: number; slug: string },
  role: 'admin' | 'pimpinan' | 'atasan' | 'pegawai' = 'admin',
): Promise<Actor | null> {
  // Reading the accounts needs an actor: the government's admin role, before knowing which account.
  const reader: Actor = {
    accountId: 0,
    tenantId: tenant.id,
    role: 'admin',
    scopeUnitId: null,
    employeeId: null,
  };
  const username = `${role}.${tenant.slug}`;
  const { items } = await listAccounts(db, reader, { q: username, page: 1, pageSize: 10 });
  const account = items.find((a) => a.username === username);
  if (!account) return null;
  return {
    ...reader,
    accountId: account.id,
    role,
    employeeId: account.employeeId,
    scopeUnitId: account.scopeUnit?.id ?? null,
  };
}

/** Employees linked to the government's demo accounts. */
async function demoEmployees(db: Db, admin: Actor): Promise<Set<number>> {
  const { items } = await listAccounts(db, admin, { page: 1, pageSize: 1_000 });
  return new Set(items.flatMap((a) => (a.employeeId === null ? [] : [a.employeeId])));
}

/**
 * The surveys of the government's story (stories/<seed>-<region>.story.ts), with deterministic
 * answers, for a government that has none yet. Returns the number of surveys created.
 */
export async function ensureDemoSurveys(
  db: Db,
  tenant: { id: number; slug: string },
  options: { scale: number; seed: number; clock: Clock },
): Promise<number> {
  const stories = storyOf(tenant.slug)?.surveys ?? [];
  if (stories.length === 0) return 0;
  const admin = await demoActor(db, tenant);
  if (!admin) return 0;
  const existing = await listSurveys(db, admin, { archived: false }, options.clock.now());
  if (existing.items.length > 0) return 0;
  const today = options.clock.now().getTime();
  const clock = new TestClock(new Date(today));
  const ctx: Context = {
    db,
    admin,
    scale: options.scale,
    random: seededRandom(options.seed),
    today,
    clock,
    schedules: new Scheduler(db, clock, undefined),
    demoEmployees: await demoEmployees(db, admin),
  };
  for (const story of stories) await tellSurvey(ctx, story);
  await withTenant(db, tenant.id, (tx) =>
    publish(tx, tenant.id, {
      type: 'demo.surveys.loaded',
      actorAccountId: null,
      payload: { tenantId: tenant.id, surveys: stories.length },
    }),
  );
  return stories.length;
}
