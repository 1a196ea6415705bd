import { wallClockIn } from '@jenjang/domain/shared/time-zone';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../../../test/api-as';
import { createAccount, type LoggedIn, login } from '../../../../test/factories/account.factory';
import { buildEmployee } from '../../../../test/factories/employee.factory';
import { createUnit } from '../../../../test/factories/organisation.factory';
import { openSurvey, type SurveyWorld, surveyWorld } from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, deliverEvents, type TestContext } from '../../../../test/harness';
import { inboxOf } from '../../../../test/survey-fixtures';
import { withTenant } from '../../../db/database';
import { withOwner } from '../../../db/owner';

let ctx: TestContext;
let tenantId: number;
let world: SurveyWorld;
let waveId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  world = await surveyWorld(ctx, tenantId, 4);
  ({ waveId } = await openSurvey(ctx, world, { mode: 'identified', minGroupSize: 3 }));
});
afterAll(() => ctx.close());

const submit = (session: SurveyWorld['staff'][number]['session'], answers: unknown, language = 'id') =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/survey-waves/${waveId}/responses`,
    headers: { ...session.headers, 'accept-language': language },
    payload: { answers },
  });

/** Every accepted answer: released into the results, or waiting in the inbox for its batch of k. */
const storedResponses = async () => [
  ...(await withTenant(ctx.db, tenantId, (tx) =>
    tx.selectFrom('survey_response').selectAll().where('wave_id', '=', waveId).execute(),
  )),
  ...(await inboxOf(ctx, waveId)),
];

describe('an identified survey', () => {
  it('invites the audience when the wave opens and lists the wave for each invitee', async () => {
    const mine = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/my/surveys',
      headers: world.staff[0]!.session.headers,
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toEqual([
      expect.objectContaining({ waveId, mode: 'identified', responded: false }),
    ]);
    await deliverEvents(ctx);
    const notifications = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/notifications',
      headers: world.staff[0]!.session.headers,
    });
    expect(notifications.json()).toMatchObject({
      unread: 1,
      items: [{ kind: 'survey.invitation', data: { waveId } }],
    });
  });

  it('serves the questions to an invitee and hides the wave from everyone else', async () => {
    const form = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/survey-waves/${waveId}/form`,
      headers: world.staff[1]!.session.headers,
    });
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({ open: true, responded: false, mode: 'identified' });
    expect(form.json().definition.sections[0].questions).toHaveLength(4);
    const stranger = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/survey-waves/${waveId}/form`,
      headers: world.admin.headers,
    });
    expect(stranger.statusCode).toBe(404);
  });

  it('rejects a response that breaks the instrument, names every problem, and stores nothing', async () => {
    const response = await submit(
      world.staff[0]!.session,
      { satisfaction: 9, formats: ['class', 'online', 'mentoring'], why_low: 'x', bogus: 1 },
      'en',
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json();
    expect(body.detail).toBe('4 answers need correcting. Nothing was saved.');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { path: 'answers.bogus', message: 'Question "bogus" is not part of this questionnaire.' },
        {
          path: 'answers.satisfaction',
          message: 'The answer to "How satisfied are you?" must be between 1 and 5.',
        },
        { path: 'answers.formats', message: '"Preferred formats": choose at most 2 (3 chosen).' },
      ]),
    );
    expect(await storedResponses()).toHaveLength(0);
  });

  it('rejects an answer to a question the earlier answers hide', async () => {
    const response = await submit(world.staff[0]!.session, {
      satisfaction: 5,
      formats: ['class'],
      why_low: 'tidak',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        path: 'answers.why_low',
        message:
          '"Mengapa kurang puas?" tidak ditampilkan untuk jawaban Anda sebelumnya, jadi tidak boleh dijawab.',
      },
    ]);
  });

  it('stores a valid response with its employee, once, and refuses the second', async () => {
    const answers = { satisfaction: 2, formats: ['online', 'class'], why_low: '  Materi terlalu padat  ' };
    expect((await submit(world.staff[0]!.session, answers)).statusCode).toBe(201);
    const again = await submit(world.staff[0]!.session, answers);
    expect(again.statusCode).toBe(409);
    const rows = await storedResponses();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      employee_id: world.staff[0]!.employeeId,
      unit_id: world.opd.id,
      // Choices in option order, texts trimmed.
      answers: { satisfaction: 2, formats: ['class', 'online'], why_low: 'Materi terlalu padat' },
    });
  });

  it('stores exactly one response when the same person sends it many times at once', async () => {
    const session = world.staff[1]!.session;
    const results = await Promise.all(
      Array.from({ length: 12 }, () => submit(session, { satisfaction: 4, formats: ['mentoring'] })),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(11);
    const rows = await storedResponses();
    expect(rows.filter((r) => r.employee_id === world.staff[1]!.employeeId)).toHaveLength(1);
  });

  it('refuses answers once the wave is closed', async () => {
    const closed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-waves/${waveId}/close`,
      headers: world.admin.headers,
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().waves[0].status).toBe('closed');
    const late = await submit(world.staff[2]!.session, { satisfaction: 3, formats: ['class'] });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('tidak sedang menerima jawaban');
  });
});

describe('who has not answered an identified wave', () => {
  // A government in WIT: Dinas Arsip (with Bidang Arsip Statis) and Dinas Lain, five invitees, one
  // of whom answered; a tenant-wide admin, an admin scoped to Dinas Arsip, and a survey of its own.
  let gov: number;
  let admin: LoggedIn;
  let scopedAdmin: LoggedIn;
  let arsip: { id: number; path: number[] };
  let bidang: { id: number; path: number[] };
  let lain: { id: number; path: number[] };
  const people: Record<string, { employeeId: number; session: LoggedIn; nip: string }> = {};
  let wave: number;
  let scopedWave: number;

  const get = (session: LoggedIn, url: string) =>
    ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: session.headers });
  const remind = (session: LoggedIn, id: number, payload?: object) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-waves/${id}/remind`,
      headers: session.headers,
      ...(payload ? { payload } : {}),
    });
  const names = (body: { items: { name: string }[] }) => body.items.map((i) => i.name);
  const reminderNotices = async (name: string) => {
    await deliverEvents(ctx);
    return withTenant(ctx.db, gov, (tx) =>
      tx
        .selectFrom('notification as n')
        .innerJoin('account as a', 'a.id', 'n.account_id')
        .select('n.data')
        .where('a.employee_id', '=', people[name]!.employeeId)
        .where('n.kind', '=', 'survey.reminder')
        .execute(),
    );
  };

  beforeAll(async () => {
    gov = (await createTenant(ctx)).id;
    await withOwner(ctx.urls, (owner) =>
      owner.updateTable('tenant').set({ time_zone: 'Asia/Jayapura' }).where('id', '=', gov).execute(),
    );
    arsip = await createUnit(ctx, gov, 'Dinas Arsip');
    bidang = await createUnit(ctx, gov, 'Bidang Arsip Statis', arsip);
    lain = await createUnit(ctx, gov, 'Dinas Lain');
    const staff: [string, { id: number }, string?][] = [
      ['Ani Arsip', arsip],
      ['Budi Statis', bidang],
      ['Citra Arsip', arsip],
      ['Dodi Lain', lain],
      // Names come from imports: an export must never turn one into a formula.
      ['=HYPERLINK("http://x.example","Eka")', lain],
    ];
    let sequence = 700;
    // Invited, but without an account: no reminder can reach him, and the list says so.
    await buildEmployee(ctx, gov, { name: 'Fajar Tanpa Akun', unitId: lain.id, sequence: sequence++ });
    for (const [name, unit] of staff) {
      const employee = await buildEmployee(ctx, gov, { name, unitId: unit.id, sequence: sequence++ });
      const account = await createAccount(ctx, gov, 'pegawai', { employeeId: employee.id });
      people[name] = {
        employeeId: employee.id,
        session: await login(ctx, account.username),
        nip: employee.nip,
      };
    }
    admin = await apiAs(ctx, 'admin', gov);
    scopedAdmin = await apiAs(ctx, 'admin', gov, { scopeUnitId: arsip.id });
    const world = { admin, opd: arsip, staff: [] };
    ({ waveId: wave } = await openSurvey(ctx, world, {
      mode: 'identified',
      minGroupSize: 3,
      unitIds: [arsip.id, lain.id],
    }));
    ({ waveId: scopedWave } = await openSurvey(ctx, world, {
      mode: 'identified',
      minGroupSize: 3,
      admin: scopedAdmin,
    }));
    const answered = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-waves/${wave}/responses`,
      headers: people['Citra Arsip']!.session.headers,
      payload: { answers: { satisfaction: 4, formats: ['class'] } },
    });
    expect(answered.statusCode).toBe(201);
  });

  it('lists the invitees who have not answered, by name, with NIP, unit and no reminder yet', async () => {
    const response = await get(admin, `/survey-waves/${wave}/non-respondents`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ total: 5, invited: 6, page: 1, pageSize: 25, timeZone: 'Asia/Jayapura' });
    expect(body.items).toEqual([
      {
        employeeId: people['=HYPERLINK("http://x.example","Eka")']!.employeeId,
        name: '=HYPERLINK("http://x.example","Eka")',
        nip: people['=HYPERLINK("http://x.example","Eka")']!.nip,
        unit: { id: lain.id, name: 'Dinas Lain' },
        remindedAt: null,
        hasAccount: true,
      },
      expect.objectContaining({ name: 'Ani Arsip', unit: { id: arsip.id, name: 'Dinas Arsip' } }),
      expect.objectContaining({ name: 'Budi Statis', unit: { id: bidang.id, name: 'Bidang Arsip Statis' } }),
      expect.objectContaining({ name: 'Dodi Lain', nip: people['Dodi Lain']!.nip }),
      expect.objectContaining({ name: 'Fajar Tanpa Akun', hasAccount: false, remindedAt: null }),
    ]);
  });

  it('filters by unit subtree, by name or NIP, and pages', async () => {
    const inArsip = (await get(admin, `/survey-waves/${wave}/non-respondents?unitId=${arsip.id}`)).json();
    expect(names(inArsip)).toEqual(['Ani Arsip', 'Budi Statis']);
    expect(inArsip.total).toBe(2);
    const byName = (await get(admin, `/survey-waves/${wave}/non-respondents?q=statis`)).json();
    expect(names(byName)).toEqual(['Budi Statis']);
    const nip = people['Dodi Lain']!.nip;
    const byNip = (await get(admin, `/survey-waves/${wave}/non-respondents?q=${nip}`)).json();
    expect(names(byNip)).toEqual(['Dodi Lain']);
    const second = (await get(admin, `/survey-waves/${wave}/non-respondents?page=2&pageSize=3`)).json();
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 3 });
    expect(names(second)).toEqual(['Dodi Lain', 'Fajar Tanpa Akun']);
  });

  it('reminds only the chosen non-respondents, stamps them and audits how many', async () => {
    const chosen = [people['Ani Arsip']!.employeeId, people['Dodi Lain']!.employeeId];
    const response = await remind(admin, wave, { employeeIds: chosen });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ notified: 2, emailed: 0 });
    expect(await reminderNotices('Ani Arsip')).toHaveLength(1);
    expect(await reminderNotices('Dodi Lain')).toHaveLength(1);
    expect(await reminderNotices('Budi Statis')).toHaveLength(0);
    const list = (await get(admin, `/survey-waves/${wave}/non-respondents`)).json();
    const reminded = list.items.filter((i: { remindedAt: string | null }) => i.remindedAt !== null);
    expect(reminded.map((i: { name: string }) => i.name)).toEqual(['Ani Arsip', 'Dodi Lain']);
    const audit = await withTenant(ctx.db, gov, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['data'])
        .where('action', '=', 'survey.wave.reminded')
        .where('entity_id', '=', String(wave))
        .execute(),
    );
    expect(audit.map((a) => a.data)).toEqual([{ notified: 2, chosen: 2 }]);
  });

  it('refuses a reminder naming anyone who answered, was not invited or is unknown, and sends none', async () => {
    const stranger = (await buildEmployee(ctx, gov, { unit: arsip, sequence: 720 })).id;
    for (const employeeIds of [
      [people['Budi Statis']!.employeeId, people['Citra Arsip']!.employeeId],
      [people['Budi Statis']!.employeeId, stranger],
      [people['Budi Statis']!.employeeId, 999_999_999],
    ]) {
      const response = await remind(admin, wave, { employeeIds });
      expect(response.statusCode).toBe(400);
      expect(response.json().detail).toBe(
        '1 pegawai yang dipilih bukan undangan gelombang ini yang belum menjawab dan berada dalam cakupan Anda. Tidak ada pengingat yang dikirim.',
      );
    }
    expect(await reminderNotices('Budi Statis')).toHaveLength(0);
    expect(await reminderNotices('Citra Arsip')).toHaveLength(0);
  });

  it('shows and reminds a scoped admin only the invitees working in its subtree now', async () => {
    // Its own survey asked Dinas Arsip; Budi has since moved to Dinas Lain.
    await withTenant(ctx.db, gov, (tx) =>
      tx
        .updateTable('employee')
        .set({ unit_id: lain.id })
        .where('id', '=', people['Budi Statis']!.employeeId)
        .execute(),
    );
    const own = (await get(scopedAdmin, `/survey-waves/${scopedWave}/non-respondents`)).json();
    expect(names(own)).toEqual(['Ani Arsip', 'Citra Arsip']);
    expect(own.invited).toBe(2);
    const moved = await remind(scopedAdmin, scopedWave, { employeeIds: [people['Budi Statis']!.employeeId] });
    expect(moved.statusCode).toBe(400);
    const all = await remind(scopedAdmin, scopedWave);
    expect(all.json()).toEqual({ notified: 2, emailed: 0 });
    expect(await reminderNotices('Budi Statis')).toHaveLength(0);
    // The whole government's survey is not its to manage.
    expect((await get(scopedAdmin, `/survey-waves/${wave}/non-respondents`)).statusCode).toBe(403);
    expect(
      (await remind(scopedAdmin, wave, { employeeIds: [people['Ani Arsip']!.employeeId] })).statusCode,
    ).toBe(403);
  });

  it('exports the list as XLSX, formulas neutralised, reminder times on the government’s clock', async () => {
    const response = await get(admin, `/survey-waves/${wave}/non-respondents.xlsx?lang=en`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="not-answered-survey-${await surveyOf(wave)}-wave-1.xlsx"`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Not answered')!;
    const rows = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(['Name', 'NIP', 'Unit', 'Last reminded']);
    expect(rows).toHaveLength(6);
    const eka = rows.find((r) => String(r[0]).includes('HYPERLINK'))!;
    expect(eka[0]).toBe(`'=HYPERLINK("http://x.example","Eka")`);
    expect(eka[3]).toBe('Never');
    const reminded = await withTenant(ctx.db, gov, (tx) =>
      tx
        .selectFrom('survey_invitation')
        .select('reminded_at')
        .where('wave_id', '=', wave)
        .where('employee_id', '=', people['Ani Arsip']!.employeeId)
        .executeTakeFirstOrThrow(),
    );
    const ani = rows.find((r) => r[0] === 'Ani Arsip')!;
    expect(ani[3]).toBe(`${wallClockIn(reminded.reminded_at!, 'Asia/Jayapura').replace('T', ' ')} WIT`);
  });

  it('keeps the list from anonymous waves, from other roles and from other governments', async () => {
    const world = { admin, opd: arsip, staff: [] };
    const { waveId: anonymous } = await openSurvey(ctx, world, { mode: 'anonymous', minGroupSize: 3 });
    const list = await get(admin, `/survey-waves/${anonymous}/non-respondents`);
    expect(list.statusCode).toBe(409);
    expect((await get(admin, `/survey-waves/${anonymous}/non-respondents.xlsx`)).statusCode).toBe(409);
    const chosen = await remind(admin, anonymous, { employeeIds: [people['Ani Arsip']!.employeeId] });
    expect(chosen.statusCode).toBe(409);
    // Everyone pending may still be reminded, without a name reaching the admin.
    expect((await remind(admin, anonymous)).json()).toMatchObject({ notified: 2 });
    const pegawai = await get(people['Ani Arsip']!.session, `/survey-waves/${wave}/non-respondents`);
    expect(pegawai.statusCode).toBe(403);
    const otherGov = (await createTenant(ctx)).id;
    const foreign = await apiAs(ctx, 'admin', otherGov);
    expect((await get(foreign, `/survey-waves/${wave}/non-respondents`)).statusCode).toBe(404);
  });

  async function surveyOf(waveId: number) {
    const row = await withTenant(ctx.db, gov, (tx) =>
      tx.selectFrom('survey_wave').select('survey_id').where('id', '=', waveId).executeTakeFirstOrThrow(),
    );
    return row.survey_id;
  }
});
