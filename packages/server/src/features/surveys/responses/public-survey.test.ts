import { SKM_ELEMENT_KEYS } from '@jenjang/domain/surveys/survey-templates/skm.template';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSurvey, type SurveyWorld, surveyWorld } from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../../test/harness';
import { acceptedCount, inboxOf, releaseScheduled } from '../../../../test/survey-fixtures';
import { withTenant } from '../../../db/database';

// A citizen answering the SKM questionnaire from the QR code at a service counter: no account, no
// session, one answer per device, a honeypot for bots and a per-address rate limit.

const SUBMITS_PER_MINUTE = 3;
/** The default group minimum (SURVEY_MIN_GROUP_SIZE): public answers are released this many at a time. */
const K = 5;

let ctx: TestContext;
let tenantId: number;
let world: SurveyWorld;
let code: string;
let waveId: number;
let surveyId: number;

beforeAll(async () => {
  ctx = await createTestContext({ publicSubmitsPerMinute: SUBMITS_PER_MINUTE });
  tenantId = (await createTenant(ctx, { name: 'Kota Layanan' })).id;
  world = await surveyWorld(ctx, tenantId, 0);
  const opened = await openSurvey(ctx, world, { mode: 'public', templateKey: 'skm' });
  code = opened.publicCode!;
  waveId = opened.waveId;
  surveyId = opened.surveyId;
});
afterAll(() => ctx.close());

/** Every element answered 3 ("suitable"), the profile left out. */
const VALID = Object.fromEntries(SKM_ELEMENT_KEYS.map((key) => [key, 3]));

// Each citizen comes from their own address unless a test says otherwise, so only the rate-limit
// test meets the limit.
let addresses = 0;
const nextAddress = () => `198.51.100.${++addresses}`;

const submit = (
  payload: object,
  options: { device?: string; address?: string; language?: string; to?: string; forwardedFor?: string } = {},
) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/public/surveys/${options.to ?? code}/responses`,
    remoteAddress: options.address ?? nextAddress(),
    headers: {
      'accept-language': options.language ?? 'id',
      ...(options.device ? { cookie: `jenjang_device=${options.device}` } : {}),
      ...(options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {}),
    },
    payload,
  });

/** A device as the browser has it after opening the form: the cookie the form set. */
async function newDevice(): Promise<string> {
  const form = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/surveys/${code}` });
  const cookie = form.cookies.find((c) => c.name === 'jenjang_device');
  if (!cookie) throw new Error('the form set no device cookie');
  return cookie.value;
}

/** Answers accepted: released into the results, or waiting for their batch of k. */
const storedCount = () => acceptedCount(ctx, tenantId, waveId);

describe('a public survey', () => {
  it('serves its form without any session and gives the device a long-lived cookie', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/surveys/${code}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      waveId,
      mode: 'public',
      open: true,
      responded: false,
      tenantName: 'Kota Layanan',
      serviceName: 'Pelayanan Uji',
      definition: { kind: 'skm' },
    });
    const cookie = response.cookies.find((c) => c.name === 'jenjang_device');
    expect(cookie).toMatchObject({ path: '/api/v1/public', httpOnly: true, sameSite: 'Lax' });
    expect(cookie!.value).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(cookie!.maxAge).toBe(365 * 24 * 3600);
  });

  it('keeps the cookie a device already has', async () => {
    const device = await newDevice();
    const again = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/public/surveys/${code}`,
      headers: { cookie: `jenjang_device=${device}` },
    });
    expect(again.statusCode).toBe(200);
    expect(again.cookies.find((c) => c.name === 'jenjang_device')).toBeUndefined();
  });

  it('accepts a valid answer once per device and again from another device', async () => {
    const device = await newDevice();
    const first = await submit({ answers: VALID }, { device });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ accepted: true });
    const again = await submit({ answers: { ...VALID, u1_requirements: 4 } }, { device });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Anda sudah menjawab survei ini. Terima kasih!');
    expect(await storedCount()).toBe(1);
    const other = await submit({ answers: VALID }, { device: await newDevice() });
    expect(other.statusCode).toBe(201);
    expect(await storedCount()).toBe(2);
  });

  it('gives a device without a cookie one when it answers', async () => {
    const response = await submit({ answers: VALID });
    expect(response.statusCode).toBe(201);
    const device = response.cookies.find((c) => c.name === 'jenjang_device')!.value;
    expect((await submit({ answers: VALID }, { device })).statusCode).toBe(409);
    expect(await storedCount()).toBe(3);
  });

  it('rejects a submission whose honeypot field is filled and stores nothing', async () => {
    const before = await storedCount();
    const device = await newDevice();
    const response = await submit({ answers: VALID, website: 'http://spam.example' }, { device });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().detail).toBe('Jawaban tidak dapat diterima.');
    expect(await storedCount()).toBe(before);
  });

  it('rejects invalid answers with messages in the reader’s language and stores nothing', async () => {
    const before = await storedCount();
    const device = await newDevice();
    const { u2_procedures: _left, ...missingOne } = VALID;
    const answers = { ...missingOne, u1_requirements: 5, sex: 'robot' };
    const en = await submit({ answers }, { device, language: 'en' });
    expect(en.statusCode).toBe(400);
    expect(en.headers['content-type']).toContain('application/problem+json');
    expect(en.json().detail).toBe('3 answers need correcting. Nothing was saved.');
    expect(en.json().errors).toEqual(
      expect.arrayContaining([
        { path: 'answers.sex', message: '"robot" is not an option of "Sex".' },
        {
          path: 'answers.u1_requirements',
          message:
            'The answer to "How well do the service requirements suit the type of service?" must be between 1 and 4.',
        },
        {
          path: 'answers.u2_procedures',
          message: '"How easy did you find the service procedure at this unit?" must be answered.',
        },
      ]),
    );
    const id = await submit({ answers }, { device, language: 'id' });
    expect(id.statusCode).toBe(400);
    expect(id.json().detail).toBe('Ada 3 jawaban yang perlu diperbaiki. Tidak ada yang disimpan.');
    expect(id.json().errors).toContainEqual({
      path: 'answers.u2_procedures',
      message:
        '"Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?" wajib dijawab.',
    });
    expect(await storedCount()).toBe(before);
    // A rejected answer does not use up the device: the corrected one is taken.
    expect((await submit({ answers: VALID }, { device })).statusCode).toBe(201);
  });

  it('answers 404 for a code no survey has', async () => {
    const form = await ctx.app.inject({ method: 'GET', url: '/api/v1/public/surveys/zzzzzzzzzzzz' });
    expect(form.statusCode).toBe(404);
    expect(form.headers['content-type']).toContain('application/problem+json');
    expect((await submit({ answers: VALID }, { to: 'zzzzzzzzzzzz' })).statusCode).toBe(404);
  });

  it(`refuses the submission after ${SUBMITS_PER_MINUTE} from one address in a minute, not other addresses`, async () => {
    const before = await storedCount();
    const address = '203.0.113.7';
    for (let i = 0; i < SUBMITS_PER_MINUTE; i++) {
      expect((await submit({ answers: VALID }, { address })).statusCode).toBe(201);
    }
    const limited = await submit({ answers: VALID }, { address });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json().detail).toBe(
      'Terlalu banyak jawaban dari alamat jaringan ini. Coba lagi dalam satu menit.',
    );
    expect(await storedCount()).toBe(before + SUBMITS_PER_MINUTE);
    expect((await submit({ answers: VALID }, { address: '203.0.113.8' })).statusCode).toBe(201);
  });

  it('does not let a forged X-Forwarded-For pick a fresh rate-limit bucket (no proxy is trusted by default)', async () => {
    const address = '203.0.113.9';
    const codes: number[] = [];
    for (let i = 0; i <= SUBMITS_PER_MINUTE; i++) {
      codes.push(
        (await submit({ answers: VALID }, { address, forwardedFor: `192.0.2.${i + 1}` })).statusCode,
      );
    }
    expect(codes.slice(0, SUBMITS_PER_MINUTE).every((c) => c === 201)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });

  it('stores public answers without an employee, under the service unit, released k at a time', async () => {
    // Public answers are released at their scheduled time, from k distinct networks (each citizen
    // here has an address of its own); a read releases nothing (public-release.test.ts).
    await releaseScheduled(ctx, waveId);
    const read = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/survey-waves/${waveId}/results`,
      headers: world.admin.headers,
    });
    expect(read.statusCode).toBe(200);
    const released = await withTenant(ctx.db, tenantId, (tx) =>
      tx.selectFrom('survey_response').selectAll().where('wave_id', '=', waveId).execute(),
    );
    const waiting = await inboxOf(ctx, waveId);
    // Every citizen's answer waits in the inbox until k have come; then all move together.
    expect(released.length).toBeGreaterThanOrEqual(K);
    expect(waiting).toEqual([]);
    expect(read.json().report.responses).toBe(released.length);
    expect(new Set(released.map((r) => r.answered_on)).size).toBe(1);
    for (const row of [...released, ...waiting]) {
      expect(row.employee_id).toBeNull();
      expect(row.unit_id).toBe(world.opd.id);
      expect(row.answers).toEqual(VALID);
    }
  });

  it('refuses answers once the wave is closed, while the form still shows it closed', async () => {
    const closed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-waves/${waveId}/close`,
      headers: world.admin.headers,
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ id: surveyId, waves: [{ id: waveId, status: 'closed' }] });
    const before = await storedCount();
    const late = await submit({ answers: VALID }, { device: await newDevice() });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toBe(
      'Survei ini tidak sedang menerima jawaban (belum dibuka atau sudah ditutup).',
    );
    expect(await storedCount()).toBe(before);
    const form = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/surveys/${code}` });
    expect(form.json()).toMatchObject({ waveId, open: false });
  });
});
