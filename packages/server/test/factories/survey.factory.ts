import { can } from '@jenjang/domain/shared/access';
import type { InstrumentDefinitionInput } from '@jenjang/domain/surveys/instrument.contract';
import { sql } from 'kysely';
import { withTenant } from '../../src/db/database';
import type { AudienceSource } from '../../src/features/surveys/audiences/audience-sources';
import { insertSyntheticResponses } from '../../src/features/surveys/responses/response.repository';
import { forbidden, notFound } from '../../src/http/problem';
import { apiAs } from '../api-as';
import type { TestContext } from '../harness';
import { createAccount, type LoggedIn, login } from './account.factory';
import { buildEmployee } from './employee.factory';
import { createUnit } from './organisation.factory';

/** A short instrument that exercises the common question types and a condition. */
export const SMALL_INSTRUMENT: InstrumentDefinitionInput = {
  kind: 'custom',
  title: { id: 'Survei uji', en: 'Test survey' },
  sections: [
    {
      key: 'main',
      title: { id: 'Pertanyaan', en: 'Questions' },
      questions: [
        {
          key: 'satisfaction',
          type: 'likert',
          text: { id: 'Seberapa puas Anda?', en: 'How satisfied are you?' },
          scale: { min: 1, max: 5, labels: [] },
        },
        {
          key: 'formats',
          type: 'multiple',
          text: { id: 'Format yang disukai', en: 'Preferred formats' },
          maxChoices: 2,
          options: [
            { value: 'class', label: { id: 'Kelas', en: 'Classroom' } },
            { value: 'online', label: { id: 'Daring', en: 'Online' } },
            { value: 'mentoring', label: { id: 'Mentoring', en: 'Mentoring' } },
          ],
        },
        {
          key: 'why_low',
          type: 'text',
          required: false,
          text: { id: 'Mengapa kurang puas?', en: 'Why not satisfied?' },
          showIf: { question: 'satisfaction', anyOf: [1, 2] },
        },
        {
          key: 'comments',
          type: 'text',
          required: false,
          text: { id: 'Saran', en: 'Suggestions' },
        },
      ],
    },
  ],
};

export interface SurveyWorld {
  admin: LoggedIn;
  opd: { id: number; path: number[] };
  /** Employees of the OPD, each signed in as a pegawai. */
  staff: { employeeId: number; session: LoggedIn }[];
}

/** An OPD with `count` employees who can sign in, and an admin. */
export async function surveyWorld(ctx: TestContext, tenantId: number, count: number): Promise<SurveyWorld> {
  const opd = await createUnit(ctx, tenantId, `Dinas Uji ${Math.random().toString(36).slice(2, 7)}`);
  const admin = await apiAs(ctx, 'admin', tenantId);
  const staff = [];
  for (let i = 0; i < count; i++) {
    const employee = await buildEmployee(ctx, tenantId, { unit: opd, name: `Pegawai Uji ${i}` });
    const account = await createAccount(ctx, tenantId, 'pegawai', { employeeId: employee.id });
    staff.push({ employeeId: employee.id, session: await login(ctx, account.username) });
  }
  return { admin, opd, staff };
}

/** Creates an instrument, a survey over the OPD and an open wave through the API; returns their ids. */
export async function openSurvey(
  ctx: TestContext,
  world: SurveyWorld,
  options: {
    mode: 'identified' | 'anonymous' | 'public';
    definition?: InstrumentDefinitionInput;
    templateKey?: string;
    minGroupSize?: number;
    population?: number;
    /** The wave's window; by default it opened an hour ago and closes in a day. */
    window?: { opensAt: string; closesAt: string };
    /** Who is asked (identified, anonymous); by default the world's OPD. */
    unitIds?: number[];
    /** Who creates and opens it; by default the world's admin. */
    admin?: LoggedIn;
    /** When pending invitees are reminded without a click (employees' surveys). */
    reminderAt?: string;
  },
) {
  const admin = options.admin ?? world.admin;
  const instrument = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/instruments',
    headers: admin.headers,
    payload: options.templateKey
      ? { templateKey: options.templateKey }
      : { definition: options.definition ?? SMALL_INSTRUMENT },
  });
  if (instrument.statusCode !== 201) throw new Error(`instrument: ${instrument.body}`);
  const survey = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/surveys',
    headers: admin.headers,
    payload: {
      instrumentId: instrument.json().id,
      title: `Survei ${options.mode}`,
      mode: options.mode,
      audience:
        options.mode === 'public'
          ? undefined
          : { kind: 'criteria', unitIds: options.unitIds ?? [world.opd.id] },
      serviceUnitId: options.mode === 'public' ? world.opd.id : null,
      serviceName: options.mode === 'public' ? 'Pelayanan Uji' : null,
      minGroupSize: options.minGroupSize,
    },
  });
  if (survey.statusCode !== 201) throw new Error(`survey: ${survey.body}`);
  const surveyId = survey.json().id as number;
  const wave = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/surveys/${surveyId}/waves`,
    headers: admin.headers,
    payload: {
      label: 'Gelombang uji',
      opensAt: options.window?.opensAt ?? new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: options.window?.closesAt ?? new Date(Date.now() + 86_400_000).toISOString(),
      population: options.population ?? null,
      reminderAt: options.reminderAt ?? null,
    },
  });
  if (wave.statusCode !== 201) throw new Error(`wave: ${wave.body}`);
  const waveId = wave.json().waves[0].id as number;
  const opened = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/survey-waves/${waveId}/open`,
    headers: admin.headers,
  });
  if (opened.statusCode !== 200) throw new Error(`open: ${opened.body}`);
  return {
    instrumentId: instrument.json().id as number,
    surveyId,
    waveId,
    publicCode: (survey.json().publicPath as string | null)?.replace('/s/', '') ?? null,
  };
}

/**
 * An audience source as a feature would register one: the employees of a unit and the units below
 * it (`id` the unit). It lets an actor who manages surveys at that unit ask them: a scoped admin
 * elsewhere is refused (403), a unit the actor cannot see is not found (404).
 */
export const unitMembersSource: AudienceSource = {
  name: 'test.unit-members',
  employees: (tx, id) =>
    tx
      .selectFrom('employee as m')
      .innerJoin('unit as mu', 'mu.id', 'm.unit_id')
      .select('m.id as employee_id')
      .where(sql<boolean>`mu.path @> array[${id}]::bigint[]`),
  async authorise(tx, actor, id) {
    const unit = await tx.selectFrom('unit').select('path').where('id', '=', id).executeTakeFirst();
    if (!unit) throw notFound();
    if (!can(actor, 'survey.manage', { tenantId: actor.tenantId, unitPath: unit.path })) throw forbidden();
  },
};

/**
 * A careless source: every employee, no filter of its own, anyone may use it. Row-level security
 * alone keeps it inside the government; the surveys' reach rule alone keeps a scoped admin to its unit.
 */
export const everyoneSource: AudienceSource = {
  name: 'test.everyone',
  employees: (tx) => tx.selectFrom('employee').select('id as employee_id'),
  authorise: async () => {},
};

/**
 * Released anonymous answers to SMALL_INSTRUMENT's `satisfaction`, one respondent per value, as a
 * closed batch leaves them: what indicators, triggers and evaluations are computed from.
 */
export async function answerSatisfaction(
  ctx: TestContext,
  tenantId: number,
  waveId: number,
  values: readonly number[],
) {
  await withTenant(ctx.db, tenantId, (tx) =>
    insertSyntheticResponses(
      tx,
      values.map((satisfaction) => ({
        tenant_id: tenantId,
        wave_id: waveId,
        employee_id: null,
        unit_id: null,
        answered_on: '2026-06-01',
        answers: JSON.stringify({ satisfaction, formats: ['class'] }),
      })),
    ),
  );
}
