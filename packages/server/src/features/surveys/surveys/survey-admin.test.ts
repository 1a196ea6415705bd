import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../../test/api-as';
import type { LoggedIn } from '../../../../test/factories/account.factory';
import {
  openSurvey,
  SMALL_INSTRUMENT,
  type SurveyWorld,
  surveyWorld,
} from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../../test/harness';
import { loadConfig } from '../../../config';
import { withTenant } from '../../../db/database';

// Administering surveys: archiving and restoring, the address the QR poster prints, and the k
// an admin asks for (never raised silently).

let ctx: TestContext;
let tenantId: number;
let world: SurveyWorld;

beforeAll(async () => {
  ctx = await createTestContext({ publicUrl: 'https://survei.kota-uji.go.id' });
  tenantId = (await createTenant(ctx)).id;
  world = await surveyWorld(ctx, tenantId, 3);
});
afterAll(() => ctx.close());

const api = (session: LoggedIn, method: 'GET' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });

const auditOf = (action: string, surveyId: number) =>
  withTenant(ctx.db, tenantId, (tx) =>
    tx
      .selectFrom('audit_log')
      .select(['actor_account_id', 'data'])
      .where('action', '=', action)
      .where('entity_id', '=', String(surveyId))
      .execute(),
  );

const listed = async (query = '') =>
  ((await api(world.admin, 'GET', `/surveys${query}`)).json().items as { id: number }[]).map((s) => s.id);

describe('archiving a survey', () => {
  let surveyId: number;
  let waveId: number;

  beforeAll(async () => {
    ({ surveyId, waveId } = await openSurvey(ctx, world, { mode: 'identified', minGroupSize: 3 }));
    for (const member of world.staff) {
      const answered = await api(member.session, 'POST', `/survey-waves/${waveId}/responses`, {
        answers: { satisfaction: 4, formats: ['class'] },
      });
      expect(answered.statusCode).toBe(201);
    }
  });

  it('refuses while a wave is open, and changes nothing', async () => {
    const response = await api(world.admin, 'POST', `/surveys/${surveyId}/archive`);
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe(
      'Survei ini masih memiliki gelombang yang dibuka atau terjadwal. Tutup gelombang tersebut terlebih dahulu, lalu arsipkan.',
    );
    expect(await listed()).toContain(surveyId);
    expect(await auditOf('survey.archived', surveyId)).toEqual([]);
  });

  it('archives once every wave is closed: out of the default list, results kept, audited', async () => {
    expect((await api(world.admin, 'POST', `/survey-waves/${waveId}/close`)).statusCode).toBe(200);
    const response = await api(world.admin, 'POST', `/surveys/${surveyId}/archive`);
    expect(response.statusCode).toBe(200);
    expect(response.json().archivedAt).toEqual(expect.any(String));
    expect(await listed()).not.toContain(surveyId);
    expect(await listed('?archived=true')).toEqual([surveyId]);
    const results = await api(world.admin, 'GET', `/survey-waves/${waveId}/results`);
    expect(results.statusCode).toBe(200);
    expect(results.json().report.responses).toBe(3);
    expect(await auditOf('survey.archived', surveyId)).toEqual([
      { actor_account_id: expect.any(Number), data: { title: 'Survei identified' } },
    ]);
  });

  it('takes no new wave while archived, and says why', async () => {
    const wave = await api(world.admin, 'POST', `/surveys/${surveyId}/waves`, {
      label: 'Semester II',
      opensAt: new Date(Date.now() + 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(wave.statusCode).toBe(409);
    expect(wave.json().detail).toContain('Survei ini diarsipkan');
    expect((await api(world.admin, 'POST', `/surveys/${surveyId}/archive`)).statusCode).toBe(409);
  });

  it('restores it into the default list, audited, and refuses restoring it twice', async () => {
    const response = await api(world.admin, 'POST', `/surveys/${surveyId}/restore`);
    expect(response.statusCode).toBe(200);
    expect(response.json().archivedAt).toBeNull();
    expect(await listed()).toContain(surveyId);
    expect(await listed('?archived=true')).not.toContain(surveyId);
    expect(await auditOf('survey.restored', surveyId)).toHaveLength(1);
    const again = await api(world.admin, 'POST', `/surveys/${surveyId}/restore`);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Survei ini tidak diarsipkan.');
  });

  it('refuses to open a draft wave of an archived survey', async () => {
    const draft = await api(world.admin, 'POST', `/surveys/${surveyId}/waves`, {
      label: 'Semester II',
      opensAt: new Date(Date.now() + 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(draft.statusCode).toBe(201);
    const draftId = draft.json().waves[0].id as number;
    // A draft reached nobody: it does not hold the archive back.
    expect((await api(world.admin, 'POST', `/surveys/${surveyId}/archive`)).statusCode).toBe(200);
    const open = await api(world.admin, 'POST', `/survey-waves/${draftId}/open`);
    expect(open.statusCode).toBe(409);
    expect(open.json().detail).toContain('Survei ini diarsipkan');
    expect((await api(world.admin, 'POST', `/surveys/${surveyId}/restore`)).statusCode).toBe(200);
  });

  it('refuses a scheduled wave too, and finalises one whose window has passed', async () => {
    const later = {
      opensAt: new Date(Date.now() + 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    };
    const scheduled = await openSurvey(ctx, world, { mode: 'anonymous', window: later });
    expect((await api(world.admin, 'POST', `/surveys/${scheduled.surveyId}/archive`)).statusCode).toBe(409);
    await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .updateTable('survey_wave')
        .set({ opens_at: new Date(Date.now() - 7_200_000), closes_at: new Date(Date.now() - 3_600_000) })
        .where('id', '=', scheduled.waveId)
        .execute(),
    );
    const archived = await api(world.admin, 'POST', `/surveys/${scheduled.surveyId}/archive`);
    expect(archived.statusCode).toBe(200);
    expect(archived.json().waves[0].status).toBe('closed');
    const stored = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('survey_wave')
        .select('status')
        .where('id', '=', scheduled.waveId)
        .executeTakeFirstOrThrow(),
    );
    expect(stored.status).toBe('closed');
  });

  it('leaves archiving to those who manage the survey', async () => {
    const leader = await apiAs(ctx, 'pimpinan', tenantId);
    expect((await api(leader, 'POST', `/surveys/${surveyId}/archive`)).statusCode).toBe(403);
    const other = (await createTenant(ctx)).id;
    const foreign = await apiAs(ctx, 'admin', other);
    expect((await api(foreign, 'POST', `/surveys/${surveyId}/archive`)).statusCode).toBe(404);
    expect(await listed()).toContain(surveyId);
  });
});

describe('the public address on the QR poster', () => {
  it('gives PUBLIC_URL’s address, whatever address the admin browsed from, in the QR code too', async () => {
    const { surveyId, publicCode } = await openSurvey(ctx, world, { mode: 'public', templateKey: 'skm' });
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/surveys/${surveyId}`,
      headers: { ...world.admin.headers, host: '127.0.0.1:3000' },
    });
    const expected = `https://survei.kota-uji.go.id/s/${publicCode}`;
    expect(response.json()).toMatchObject({ publicUrl: expected, publicUrlConfigured: true });
    const qr = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/surveys/${surveyId}/qr.svg`,
      headers: { ...world.admin.headers, host: '127.0.0.1:3000' },
    });
    expect(qr.body).toBe(
      await QRCode.toString(expected, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    );
  });

  it('falls back to the request’s address and says PUBLIC_URL is not set', async () => {
    const plain = await createTestContext({ publicUrl: null });
    try {
      const gov = (await createTenant(plain)).id;
      const plainWorld = await surveyWorld(plain, gov, 0);
      const { surveyId, publicCode } = await openSurvey(plain, plainWorld, {
        mode: 'public',
        templateKey: 'skm',
      });
      const response = await plain.app.inject({
        method: 'GET',
        url: `/api/v1/surveys/${surveyId}`,
        headers: { ...plainWorld.admin.headers, host: '127.0.0.1:3000' },
      });
      expect(response.json()).toMatchObject({
        publicUrl: `http://127.0.0.1:3000/s/${publicCode}`,
        publicUrlConfigured: false,
      });
    } finally {
      await plain.close();
    }
  });

  it('has no address for a survey that is not public', async () => {
    const { surveyId } = await openSurvey(ctx, world, { mode: 'anonymous' });
    expect((await api(world.admin, 'GET', `/surveys/${surveyId}`)).json()).toMatchObject({
      publicPath: null,
      publicUrl: null,
    });
  });
});

describe('the group minimum k', () => {
  it('refuses a k below 3 with a translated reason, and creates nothing', async () => {
    const instrument = await api(world.admin, 'POST', '/instruments', { definition: SMALL_INSTRUMENT });
    const before = await listed();
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/surveys',
      headers: { ...world.admin.headers, 'accept-language': 'id' },
      payload: {
        instrumentId: instrument.json().id,
        title: 'Survei kecil',
        mode: 'anonymous',
        audience: { kind: 'criteria', unitIds: [world.opd.id] },
        minGroupSize: 2,
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'body/minGroupSize', message: 'Nilai minimal 3.' }]);
    expect(await listed()).toEqual(before);
  });

  it('keeps the k asked for when it is 3 or more', async () => {
    const { surveyId } = await openSurvey(ctx, world, { mode: 'anonymous', minGroupSize: 3 });
    expect((await api(world.admin, 'GET', `/surveys/${surveyId}`)).json().minGroupSize).toBe(3);
  });

  it('refuses SURVEY_MIN_GROUP_SIZE below 3 at start instead of raising it', () => {
    expect(() => loadConfig({ SURVEY_MIN_GROUP_SIZE: '2' })).toThrow(
      'SURVEY_MIN_GROUP_SIZE must be at least 3 (the k rule), got "2"',
    );
    expect(loadConfig({ SURVEY_MIN_GROUP_SIZE: '3' }).surveyMinGroupSize).toBe(3);
  });
});
