import type { Actor } from '@jenjang/domain/shared/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../../test/api-as';
import { buildEmployee } from '../../../../test/factories/employee.factory';
import { createUnit, type UnitRef } from '../../../../test/factories/organisation.factory';
import {
  everyoneSource,
  SMALL_INSTRUMENT,
  unitMembersSource,
} from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../../test/harness';
import { withTenant } from '../../../db/database';
import { ProblemError } from '../../../http/problem';
import { openWave } from '../surveys/survey.service';
import { AudienceSources } from './audience-sources';

// Audiences another feature offers, through the registry the surveys own: a test feature's two
// sources stand in for a program's participants.

let ctx: TestContext;
let tenantId: number;
let admin: TestApi;
let opdA: UnitRef;
let opdB: UnitRef;
/** Active employees of OPD A and of the unit below it. */
let membersOfA: number[];
let activeInTenant: number[];
let otherTenant: { id: number; opd: UnitRef; employeeIds: number[] };
let instrumentId: number;

const sourceOf = (source: string, id: number) => ({ kind: 'source', source, id });

const surveyBody = (audience: object) => ({
  instrumentId,
  title: 'Evaluasi peserta program',
  mode: 'identified',
  audience,
  minGroupSize: 3,
});

/** What a refused request must not have left behind: surveys, waves, invitations, audit entries. */
const written = () =>
  withTenant(ctx.db, tenantId, async (tx) => {
    const count = async (table: 'survey' | 'survey_wave' | 'survey_invitation' | 'audit_log') =>
      Number(
        (
          await tx
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      surveys: await count('survey'),
      waves: await count('survey_wave'),
      invitations: await count('survey_invitation'),
      audit: await count('audit_log'),
    };
  });

const invitees = (waveId: number) =>
  withTenant(ctx.db, tenantId, async (tx) =>
    (
      await tx
        .selectFrom('survey_invitation')
        .select('employee_id')
        .where('wave_id', '=', waveId)
        .orderBy('employee_id')
        .execute()
    ).map((row) => row.employee_id),
  );

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

async function draftWave(session: TestApi, audience: object) {
  const created = await session.post('/api/v1/surveys', surveyBody(audience));
  expect(created.statusCode, created.body).toBe(201);
  const surveyId = created.json().id as number;
  const wave = await session.post(`/api/v1/surveys/${surveyId}/waves`, {
    label: 'Gelombang 1',
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  expect(wave.statusCode, wave.body).toBe(201);
  return { surveyId, waveId: wave.json().waves[0].id as number, detail: created.json() };
}

beforeAll(async () => {
  ctx = await createTestContext(
    {},
    { audienceSources: new AudienceSources([unitMembersSource, everyoneSource]) },
  );
  tenantId = (await createTenant(ctx)).id;
  admin = await apiAs(ctx, 'admin', tenantId);
  opdA = await createUnit(ctx, tenantId, 'Dinas A');
  opdB = await createUnit(ctx, tenantId, 'Dinas B');
  const bidang = await createUnit(ctx, tenantId, 'Bidang A1', opdA);
  const hire = async (unit: UnitRef, count: number) => {
    const ids: number[] = [];
    for (let i = 0; i < count; i++) ids.push((await buildEmployee(ctx, tenantId, { unit })).id);
    return ids;
  };
  membersOfA = [...(await hire(opdA, 3)), ...(await hire(bidang, 2))];
  const inB = await hire(opdB, 2);
  // No longer active: named by the source, never asked.
  const retired = (await hire(opdA, 1))[0]!;
  await withTenant(ctx.db, tenantId, (tx) =>
    tx.updateTable('employee').set({ status: 'nonaktif' }).where('id', '=', retired).execute(),
  );
  activeInTenant = [...membersOfA, ...inB];

  const other = (await createTenant(ctx)).id;
  const otherOpd = await createUnit(ctx, other, 'Dinas Lain');
  const otherIds: number[] = [];
  for (let i = 0; i < 4; i++) otherIds.push((await buildEmployee(ctx, other, { unit: otherOpd })).id);
  otherTenant = { id: other, opd: otherOpd, employeeIds: otherIds };

  instrumentId = (await admin.post('/api/v1/instruments', { definition: SMALL_INSTRUMENT })).json().id;
});
afterAll(() => ctx.close());

describe('a survey of a source’s people', () => {
  it('counts exactly the active employees the source names', async () => {
    const preview = await admin.post(
      '/api/v1/surveys/audience-preview',
      sourceOf('test.unit-members', opdA.id),
    );
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toEqual({ count: membersOfA.length });
  });

  it('invites exactly them when a wave opens, and shows the audience as it was given', async () => {
    const { surveyId, waveId, detail } = await draftWave(admin, sourceOf('test.unit-members', opdA.id));
    expect(detail.audience).toEqual({ kind: 'source', source: 'test.unit-members', id: opdA.id });
    const opened = await admin.post(`/api/v1/survey-waves/${waveId}/open`);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().waves[0].invited).toBe(membersOfA.length);
    expect(await invitees(waveId)).toEqual(sorted(membersOfA));
    const read = await admin.get(`/api/v1/surveys/${surveyId}`);
    expect(read.json().audience).toEqual({ kind: 'source', source: 'test.unit-members', id: opdA.id });
  });

  it('lets a scoped admin inside the source’s unit ask its people', async () => {
    const adminA = await apiAs(ctx, 'admin', tenantId, { scopeUnitId: opdA.id });
    const { waveId } = await draftWave(adminA, sourceOf('test.unit-members', opdA.id));
    expect((await adminA.post(`/api/v1/survey-waves/${waveId}/open`)).statusCode).toBe(200);
    expect(await invitees(waveId)).toEqual(sorted(membersOfA));
  });
});

describe('a source the server does not know', () => {
  it('is refused with a 400 naming the field, and nothing is written', async () => {
    const before = await written();
    const refused = await admin.post('/api/v1/surveys', surveyBody(sourceOf('program.participants', 12)), {
      locale: 'en',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toBe(
      'The respondents\' source "program.participants" is not known to this server.',
    );
    expect(refused.json().errors).toEqual([
      {
        path: 'body/audience/source',
        message: 'The respondents\' source "program.participants" is not known to this server.',
      },
    ]);
    const preview = await admin.post(
      '/api/v1/surveys/audience-preview',
      sourceOf('program.participants', 12),
    );
    expect(preview.statusCode).toBe(400);
    expect(preview.json().errors).toEqual([
      {
        path: 'body/source',
        message: 'Sumber responden "program.participants" tidak dikenal oleh server ini.',
      },
    ]);
    expect(await written()).toEqual(before);
  });

  it('is refused when its name is not a dotted lowercase name, with the rule in words', async () => {
    const refused = await admin.post('/api/v1/surveys', surveyBody(sourceOf('Program', 12)), {
      locale: 'en',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      {
        path: 'body/audience/source',
        message: "The respondents' source must be a dotted lowercase name, for example program.participants.",
      },
    ]);
  });

  it('stops a wave from opening once its survey’s source is gone, inviting nobody', async () => {
    const { surveyId, waveId } = await draftWave(admin, sourceOf('test.unit-members', opdA.id));
    const actor: Actor = {
      accountId: admin.account.id,
      tenantId,
      role: 'admin',
      scopeUnitId: null,
      employeeId: null,
    };
    const before = await written();
    const refused = await openWave(ctx.db, new AudienceSources(), actor, waveId, ctx.clock.now()).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ProblemError);
    expect(refused).toMatchObject({ status: 409, key: 'survey.audienceSourceUnknown' });
    expect(await written()).toEqual(before);
    expect(await invitees(waveId)).toEqual([]);
    expect((await admin.get(`/api/v1/surveys/${surveyId}`)).json().waves[0].status).toBe('draft');
  });
});

describe('who may use a source', () => {
  it('refuses a scoped admin the source does not let in (403), writing nothing', async () => {
    const adminB = await apiAs(ctx, 'admin', tenantId, { scopeUnitId: opdB.id });
    const before = await written();
    const refused = await adminB.post('/api/v1/surveys', surveyBody(sourceOf('test.unit-members', opdA.id)));
    expect(refused.statusCode).toBe(403);
    const preview = await adminB.post(
      '/api/v1/surveys/audience-preview',
      sourceOf('test.unit-members', opdA.id),
    );
    expect(preview.statusCode).toBe(403);
    expect(await written()).toEqual(before);
  });

  it('answers 404 for a thing of the source that does not exist, writing nothing', async () => {
    const before = await written();
    const refused = await admin.post('/api/v1/surveys', surveyBody(sourceOf('test.unit-members', 987_654)));
    expect(refused.statusCode).toBe(404);
    expect(await written()).toEqual(before);
  });

  it('keeps a scoped admin to its unit even when the source lets it in', async () => {
    const adminA = await apiAs(ctx, 'admin', tenantId, { scopeUnitId: opdA.id });
    const before = await written();
    const refused = await adminA.post('/api/v1/surveys', surveyBody(sourceOf('test.everyone', 1)), {
      locale: 'en',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toMatch(/in your unit or below it/);
    expect(await written()).toEqual(before);
  });
});

describe('another government’s employees', () => {
  it('never appear, even through a source that filters nothing', async () => {
    const preview = await admin.post('/api/v1/surveys/audience-preview', sourceOf('test.everyone', 1));
    expect(preview.json()).toEqual({ count: activeInTenant.length });
    const { waveId } = await draftWave(admin, sourceOf('test.everyone', 1));
    expect((await admin.post(`/api/v1/survey-waves/${waveId}/open`)).statusCode).toBe(200);
    const invited = await invitees(waveId);
    expect(invited).toEqual(sorted(activeInTenant));
    expect(invited.some((id) => otherTenant.employeeIds.includes(id))).toBe(false);
  });

  it('cannot be reached by naming the other government’s unit: it is not found', async () => {
    const before = await written();
    const refused = await admin.post(
      '/api/v1/surveys/audience-preview',
      sourceOf('test.unit-members', otherTenant.opd.id),
    );
    expect(refused.statusCode).toBe(404);
    expect(await written()).toEqual(before);
  });
});

describe('registering sources', () => {
  const source = (name: string) => ({ ...everyoneSource, name });

  it('knows the sources it was built with, by name', () => {
    expect(new AudienceSources([unitMembersSource, everyoneSource]).names()).toEqual([
      'test.everyone',
      'test.unit-members',
    ]);
    expect(new AudienceSources().names()).toEqual([]);
  });

  it('stops the start on a malformed or repeated name', () => {
    for (const name of ['program', 'Program.participants', `program.${'x'.repeat(53)}`]) {
      expect(() => new AudienceSources([source(name)]), name).toThrow(/dotted lowercase/);
    }
    expect(
      () => new AudienceSources([source('program.participants'), source('program.participants')]),
    ).toThrow(/registered twice/);
  });
});
