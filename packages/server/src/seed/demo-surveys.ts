import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { templateByKey } from '@jenjang/domain/surveys/survey-templates';
import { sql } from 'kysely';
import { type Db, type Tx, withTenant } from '../db/database';
import { publish } from '../events';
import { notify } from '../features/notifications/notification.repository';
import * as instruments from '../features/surveys/instruments/instrument.repository';
import * as surveys from '../features/surveys/surveys/survey.repository';
import type { Clock } from '../platform/clock';
import { synthesizeAnswers } from './demo-answers';
import { type Random, seededRandom } from './demo-people';
import { storyOf } from './stories/demo-stories';
import type { DemoSurvey, DemoWave } from './stories/story';

const DAY = 86_400_000;
const MIN_RESPONSES = 8;
const CHUNK = 1_000;

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function dayOf(date: Date): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The audience as the survey stores it: everyone active, or a list spread over many OPDs. */
async function audienceOf(tx: Tx, survey: DemoSurvey, random: Random) {
  if (!survey.audience || survey.audience.kind === 'all') {
    return { kind: 'criteria' as const, unitIds: [], positionKinds: [], golongan: [], employeeTypes: [] };
  }
  const { size, units } = survey.audience;
  const rows = await tx
    .selectFrom('employee as e')
    .innerJoin('unit as u', 'u.id', 'e.unit_id')
    .innerJoin('unit as opd', (join) => join.on(sql<boolean>`opd.id = u.path[1]`))
    .select(['e.id', 'opd.name'])
    .where('e.status', '=', 'aktif')
    .orderBy('e.id')
    .execute();
  const eligible = units ? rows.filter((r) => units.test(r.name)) : rows;
  // A training's participants: a few from each OPD rather than one office's staff.
  const byOpd = new Map<string, number[]>();
  for (const row of eligible) byOpd.set(row.name, [...(byOpd.get(row.name) ?? []), row.id]);
  const picked: number[] = [];
  const pools = shuffle(
    random,
    [...byOpd.values()].map((ids) => shuffle(random, ids)),
  );
  for (let round = 0; picked.length < size && round < 1_000; round++) {
    for (const pool of pools) {
      const id = pool[round];
      if (id !== undefined && picked.length < size) picked.push(id);
    }
  }
  return { kind: 'list' as const, employeeIds: picked.sort((a, b) => a - b) };
}

interface Context {
  tenantId: number;
  accountId: number;
  scale: number;
  random: Random;
  /** Employees of the demo accounts: left out of open waves' respondents, so they can answer. */
  demoEmployees: Set<number>;
  /** The stories' today (platform/clock.ts): waves open and close around it. */
  now: number;
}

async function seedWave(
  tx: Tx,
  ctx: Context,
  survey: DemoSurvey & { id: number; versionId: number; unitId: number | null },
  wave: DemoWave,
  number: number,
) {
  const definition = InstrumentDefinition.parse(templateByKey(survey.templateKey)!.definition);
  const now = ctx.now;
  const opensAt = new Date(now + wave.from * DAY);
  const closesAt = new Date(now + wave.to * DAY);
  const row = await surveys.insertWave(tx, {
    tenantId: ctx.tenantId,
    surveyId: survey.id,
    number,
    label: wave.label,
    versionId: survey.versionId,
    opensAt: opensAt.toISOString(),
    closesAt: closesAt.toISOString(),
    population: wave.population ?? null,
  });
  const open = wave.to > 0;
  let invitations: { employee_id: number; unit_id: number | null }[] = [];
  if (survey.mode !== 'public') {
    const audience = await audienceOf(tx, survey, ctx.random);
    const invited = await surveys.inviteAudience(tx, ctx.tenantId, row.id, audience);
    await surveys.setWaveOpen(tx, row.id, survey.versionId, invited);
    invitations = await tx
      .selectFrom('survey_invitation')
      .select(['employee_id', 'unit_id'])
      .where('wave_id', '=', row.id)
      .orderBy('employee_id')
      .execute();
  } else {
    await surveys.setWaveOpen(tx, row.id, survey.versionId, 0);
  }
  const candidates = shuffle(
    ctx.random,
    invitations.filter((i) => !(open && ctx.demoEmployees.has(i.employee_id))),
  );
  const wanted = Math.max(MIN_RESPONSES, Math.round(wave.responses * ctx.scale));
  const count = survey.mode === 'public' ? wanted : Math.min(wanted, candidates.length);
  const respondents = candidates.slice(0, count);
  const lastDay = Math.min(closesAt.getTime(), now);
  const responses = Array.from({ length: count }, (_, i) => {
    // Drawn for every answer, so the demo's answers stay the same whatever the mode.
    const day = dayOf(new Date(opensAt.getTime() + ctx.random() * (lastDay - opensAt.getTime())));
    return {
      tenant_id: ctx.tenantId,
      wave_id: row.id,
      employee_id: survey.mode === 'identified' ? respondents[i]!.employee_id : null,
      unit_id: survey.mode === 'public' ? survey.unitId : (respondents[i]?.unit_id ?? null),
      // Anonymous and public answers keep no day of their own, only their batch's (migration 0011).
      answered_on: survey.mode === 'identified' ? day : dayOf(new Date(lastDay)),
      answers: JSON.stringify(synthesizeAnswers(definition, ctx.random, wave.bias)),
    };
  });
  // Anonymous rows are stored in an order unrelated to the invitations (as the mixing inbox does).
  if (survey.mode === 'anonymous') shuffle(ctx.random, responses);
  for (let i = 0; i < responses.length; i += CHUNK) {
    await tx
      .insertInto('survey_response')
      .values(responses.slice(i, i + CHUNK))
      .execute();
  }
  if (respondents.length > 0) {
    await tx
      .updateTable('survey_invitation')
      .set({ responded: true })
      .where('wave_id', '=', row.id)
      .where(
        'employee_id',
        'in',
        respondents.map((r) => r.employee_id),
      )
      .execute();
  }
  if (!open) {
    await surveys.setWaveClosed(tx, row.id);
  } else if (survey.mode !== 'public') {
    const accounts = await surveys.inviteeAccounts(tx, row.id);
    await notify(
      tx,
      ctx.tenantId,
      accounts.map((a) => a.account_id),
      'survey.invitation',
      { waveId: row.id, title: survey.title },
    );
  }
}

async function seedSurvey(tx: Tx, ctx: Context, survey: DemoSurvey) {
  const template = templateByKey(survey.templateKey);
  if (!template) throw new Error(`demo survey uses an unknown template: ${survey.templateKey}`);
  const definition = InstrumentDefinition.parse(template.definition);
  const instrument = await instruments.insertInstrument(tx, {
    tenantId: ctx.tenantId,
    kind: definition.kind,
    title: definition.title.id,
    templateKey: template.key,
    accountId: ctx.accountId,
  });
  const version = await instruments.insertVersion(tx, {
    tenantId: ctx.tenantId,
    instrumentId: instrument.id,
    version: 1,
    definition,
    accountId: ctx.accountId,
  });
  let unitId: number | null = null;
  if (survey.service) {
    const pattern = survey.service.unit;
    const roots = await tx.selectFrom('unit').select(['id', 'name']).where('parent_id', 'is', null).execute();
    unitId = roots.find((u) => pattern.test(u.name))?.id ?? null;
  }
  const row = await surveys.insertSurvey(tx, {
    tenantId: ctx.tenantId,
    instrumentId: instrument.id,
    title: survey.title,
    mode: survey.mode,
    audience: survey.mode === 'public' ? null : await audienceOf(tx, survey, seededRandom(7)),
    serviceUnitId: unitId,
    serviceName: survey.service?.name ?? null,
    // Demo links are readable on purpose; real ones are random (survey.service.ts).
    publicCode: survey.service?.code ?? null,
    minGroupSize: 5,
    accountId: ctx.accountId,
  });
  for (const [index, wave] of survey.waves.entries()) {
    await seedWave(tx, ctx, { ...survey, id: row.id, versionId: version.id, unitId }, wave, index + 1);
  }
}

/**
 * The surveys of each demo government's story (stories/<seed>-<region>.story.ts), with deterministic answers,
 * for a government that has none yet. Returns the number of surveys created.
 */
export async function ensureDemoSurveys(
  db: Db,
  tenant: { id: number; slug: string },
  options: { scale: number; seed: number; clock: Clock },
): Promise<number> {
  const stories = storyOf(tenant.slug)?.surveys ?? [];
  if (stories.length === 0) return 0;
  return withTenant(db, tenant.id, async (tx) => {
    const existing = await tx.selectFrom('survey').select('id').limit(1).executeTakeFirst();
    if (existing) return 0;
    const admin = await tx
      .selectFrom('account')
      .select('id')
      .where('username', '=', `admin.${tenant.slug}`)
      .executeTakeFirst();
    const demoEmployees = await tx
      .selectFrom('account')
      .select('employee_id')
      .where('employee_id', 'is not', null)
      .execute();
    const ctx: Context = {
      tenantId: tenant.id,
      accountId: admin?.id ?? 0,
      scale: options.scale,
      random: seededRandom(options.seed),
      now: options.clock.now().getTime(),
      demoEmployees: new Set(demoEmployees.map((a) => a.employee_id!)),
    };
    if (!admin) return 0;
    for (const story of stories) await seedSurvey(tx, ctx, story);
    await publish(tx, tenant.id, {
      type: 'demo.surveys.loaded',
      actorAccountId: null,
      payload: { tenantId: tenant.id, surveys: stories.length },
    });
    return stories.length;
  });
}
