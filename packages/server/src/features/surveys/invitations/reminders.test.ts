import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoggedIn } from '../../../../test/factories/account.factory';
import { openSurvey, type SurveyWorld, surveyWorld } from '../../../../test/factories/survey.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, deliverEvents, type TestContext } from '../../../../test/harness';
import { startSmtp } from '../../../../test/smtp';
import { withTenant } from '../../../db/database';
import { withOwner } from '../../../db/owner';
import { TestClock } from '../../../platform/clock';

// Reminders to invitees who have not answered: in the app always, by e-mail when SMTP is set up.
// The e-mail goes through a real SMTP server listening on this machine.

const api = (ctx: TestContext, session: LoggedIn, method: 'GET' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });

async function setAccount(
  ctx: TestContext,
  tenantId: number,
  employeeId: number,
  values: { email?: string | null; locale?: 'id' | 'en' },
) {
  await withTenant(ctx.db, tenantId, (tx) =>
    tx.updateTable('account').set(values).where('employee_id', '=', employeeId).execute(),
  );
}

/** The bell as the account sees it once the outbox has been delivered. */
async function notificationsOf(ctx: TestContext, session: LoggedIn) {
  await deliverEvents(ctx);
  return (await api(ctx, session, 'GET', '/notifications')).json() as {
    items: { id: number; kind: string; data: Record<string, unknown>; read: boolean }[];
    unread: number;
  };
}

describe('reminders with SMTP set up', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let ctx: TestContext;
  let tenantId: number;
  let world: SurveyWorld;
  let waveId: number;

  beforeAll(async () => {
    smtp = await startSmtp();
    ctx = await createTestContext({ smtpUrl: smtp.url });
    tenantId = (await createTenant(ctx)).id;
    world = await surveyWorld(ctx, tenantId, 4);
    ({ waveId } = await openSurvey(ctx, world, { mode: 'identified', minGroupSize: 3 }));
    const [answered, withMail, inEnglish, withoutMail] = world.staff;
    await setAccount(ctx, tenantId, answered!.employeeId, { email: 'sudah.jawab@dinas.example' });
    await setAccount(ctx, tenantId, withMail!.employeeId, { email: 'belum.jawab@dinas.example' });
    await setAccount(ctx, tenantId, inEnglish!.employeeId, { email: 'english@dinas.example', locale: 'en' });
    await setAccount(ctx, tenantId, withoutMail!.employeeId, { email: null });
    const response = await api(ctx, answered!.session, 'POST', `/survey-waves/${waveId}/responses`, {
      answers: { satisfaction: 4, formats: ['class'] },
    });
    expect(response.statusCode).toBe(201);
  });
  afterAll(async () => {
    await ctx.close();
    await smtp.stop();
  });

  it('notifies in the app only the invitees who have not answered', async () => {
    const response = await api(ctx, world.admin, 'POST', `/survey-waves/${waveId}/remind`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ notified: 3, emailed: 2 });
    const respondent = await notificationsOf(ctx, world.staff[0]!.session);
    expect(respondent.items.map((n) => n.kind)).toEqual(['survey.invitation']);
    for (const member of world.staff.slice(1)) {
      const mine = await notificationsOf(ctx, member.session);
      expect(mine.unread).toBe(2);
      expect(mine.items[0]).toMatchObject({
        kind: 'survey.reminder',
        read: false,
        data: { waveId, title: 'Survei identified' },
      });
    }
    const invitations = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('survey_invitation')
        .select(['employee_id', 'reminded_at'])
        .where('wave_id', '=', waveId)
        .execute(),
    );
    const reminded = invitations.filter((i) => i.reminded_at !== null).map((i) => i.employee_id);
    expect(reminded.sort()).toEqual(
      world.staff
        .slice(1)
        .map((s) => s.employeeId)
        .sort(),
    );
  });

  it('e-mails exactly the non-respondents who have an address, naming the survey', () => {
    expect(smtp.mails.map((m) => m.to).sort()).toEqual([
      ['belum.jawab@dinas.example'],
      ['english@dinas.example'],
    ]);
    for (const mail of smtp.mails) expect(mail.subject).toContain('Survei identified');
    expect(smtp.mails.flatMap((m) => m.to)).not.toContain('sudah.jawab@dinas.example');
  });

  it('writes each e-mail in its recipient’s language, whatever the sender’s', async () => {
    const byRecipient = new Map(smtp.mails.map((m) => [m.to[0], m]));
    expect(byRecipient.get('belum.jawab@dinas.example')!.subject).toBe('Pengingat: Survei identified');
    expect(byRecipient.get('english@dinas.example')!.subject).toBe('Reminder: Survei identified');
    smtp.mails.length = 0;
    const english = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/survey-waves/${waveId}/remind`,
      headers: { ...world.admin.headers, 'accept-language': 'en' },
    });
    expect(english.json()).toEqual({ notified: 3, emailed: 2 });
    expect(smtp.mails.map((m) => [m.to[0], m.subject]).sort()).toEqual([
      ['belum.jawab@dinas.example', 'Pengingat: Survei identified'],
      ['english@dinas.example', 'Reminder: Survei identified'],
    ]);
  });

  it('reaches only those still pending when reminded again after more answers', async () => {
    const response = await api(ctx, world.staff[1]!.session, 'POST', `/survey-waves/${waveId}/responses`, {
      answers: { satisfaction: 2, formats: ['online'] },
    });
    expect(response.statusCode).toBe(201);
    smtp.mails.length = 0;
    const again = await api(ctx, world.admin, 'POST', `/survey-waves/${waveId}/remind`);
    expect(again.json()).toEqual({ notified: 2, emailed: 1 });
    expect(smtp.mails.map((m) => m.to)).toEqual([['english@dinas.example']]);
  });

  it('marks chosen notifications read, then all of them, for the caller only', async () => {
    const member = world.staff[3]!.session;
    const other = world.staff[2]!.session;
    const before = await notificationsOf(ctx, member);
    const othersBefore = await notificationsOf(ctx, other);
    expect(before.unread).toBeGreaterThan(1);
    const first = before.items[0]!.id;
    const marked = await api(ctx, member, 'POST', '/notifications/read', {
      ids: [first, ...othersBefore.items.map((n) => n.id)],
    });
    expect(marked.statusCode).toBe(204);
    const after = await notificationsOf(ctx, member);
    expect(after.unread).toBe(before.unread - 1);
    expect(after.items.find((n) => n.id === first)!.read).toBe(true);
    // Another account's ids are ignored: its notifications stay unread.
    expect((await notificationsOf(ctx, other)).unread).toBe(othersBefore.unread);
    expect((await api(ctx, member, 'POST', '/notifications/read', {})).statusCode).toBe(204);
    const all = await notificationsOf(ctx, member);
    expect(all.unread).toBe(0);
    expect(all.items.every((n) => n.read)).toBe(true);
  });

  it('refuses reminders for a public survey, which has nobody to remind', async () => {
    smtp.mails.length = 0;
    const { waveId: publicWave } = await openSurvey(ctx, world, { mode: 'public', templateKey: 'skm' });
    const response = await api(ctx, world.admin, 'POST', `/survey-waves/${publicWave}/remind`);
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe('Survei publik tidak memiliki daftar responden untuk diingatkan.');
    expect(smtp.mails).toEqual([]);
  });

  it('refuses reminders from a pegawai and for a closed wave', async () => {
    const pegawai = await api(ctx, world.staff[3]!.session, 'POST', `/survey-waves/${waveId}/remind`);
    expect(pegawai.statusCode).toBe(403);
    await api(ctx, world.admin, 'POST', `/survey-waves/${waveId}/close`);
    const closed = await api(ctx, world.admin, 'POST', `/survey-waves/${waveId}/remind`);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().detail).toBe('Gelombang ini belum dibuka atau sudah ditutup.');
  });
});

describe('reminders without SMTP', () => {
  let ctx: TestContext;
  let tenantId: number;
  let world: SurveyWorld;
  let waveId: number;

  beforeAll(async () => {
    ctx = await createTestContext({ smtpUrl: null });
    tenantId = (await createTenant(ctx)).id;
    world = await surveyWorld(ctx, tenantId, 2);
    ({ waveId } = await openSurvey(ctx, world, { mode: 'identified', minGroupSize: 3 }));
    for (const member of world.staff) {
      await setAccount(ctx, tenantId, member.employeeId, {
        email: `pegawai${member.employeeId}@dinas.example`,
      });
    }
  });
  afterAll(() => ctx.close());

  it('e-mails nobody and still notifies every non-respondent in the app', async () => {
    const response = await api(ctx, world.admin, 'POST', `/survey-waves/${waveId}/remind`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ notified: 2, emailed: 0 });
    for (const member of world.staff) {
      const mine = await notificationsOf(ctx, member.session);
      expect(mine.items.map((n) => n.kind)).toEqual(['survey.reminder', 'survey.invitation']);
    }
  });
});

describe('reminders in a government east of Jakarta', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let ctx: TestContext;

  beforeAll(async () => {
    smtp = await startSmtp();
    ctx = await createTestContext({ smtpUrl: smtp.url });
  });
  afterAll(async () => {
    await ctx.close();
    await smtp.stop();
  });

  // 08:00 on 12 March of next year in the zone: in UTC still the 11th for WIT (23:00) and WITA (00:00 is the 12th).
  const year = new Date().getUTCFullYear() + 1;

  for (const [zone, offset, id, en] of [
    ['Asia/Jayapura', '+09:00', `12 Maret ${year} pukul 08.00 WIT`, `12 March ${year} at 08:00 WIT`],
    ['Asia/Makassar', '+08:00', `12 Maret ${year} pukul 08.00 WITA`, `12 March ${year} at 08:00 WITA`],
  ] as const) {
    it(`gives the deadline on the ${zone} clock, in each recipient’s language`, async () => {
      smtp.mails.length = 0;
      const tenantId = (await createTenant(ctx)).id;
      await withOwner(ctx.urls, (owner) =>
        owner.updateTable('tenant').set({ time_zone: zone }).where('id', '=', tenantId).execute(),
      );
      const world = await surveyWorld(ctx, tenantId, 2);
      const { waveId } = await openSurvey(ctx, world, {
        mode: 'identified',
        window: {
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: `${year}-03-12T08:00:00${offset}`,
        },
      });
      await setAccount(ctx, tenantId, world.staff[0]!.employeeId, {
        email: 'satu@dinas.example',
        locale: 'id',
      });
      await setAccount(ctx, tenantId, world.staff[1]!.employeeId, {
        email: 'dua@dinas.example',
        locale: 'en',
      });
      const response = await api(ctx, world.admin, 'POST', `/survey-waves/${waveId}/remind`);
      expect(response.json()).toEqual({ notified: 2, emailed: 2 });
      const body = (to: string) =>
        smtp.mails
          .find((m) => m.to[0] === to)!
          .body.replace(/=\r\n/g, '')
          .replace(/\r\n/g, ' ');
      expect(body('satu@dinas.example')).toContain(`Survei ditutup pada ${id}.`);
      expect(body('dua@dinas.example')).toContain(`The survey closes on ${en}.`);
      // The UTC date of the deadline (the 11th in WIT) appears nowhere.
      for (const mail of smtp.mails) expect(mail.body).not.toContain(`${year}-03-1`);
    });
  }
});

describe('an automatic reminder set with the wave', () => {
  const clock = new TestClock(new Date());
  let ctx: TestContext;
  let tenantId: number;
  let world: SurveyWorld;

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock });
    tenantId = (await createTenant(ctx)).id;
    world = await surveyWorld(ctx, tenantId, 3);
  });
  afterAll(() => ctx.close());

  const kinds = async (session: LoggedIn) => (await notificationsOf(ctx, session)).items.map((n) => n.kind);

  it('reminds those still pending at the chosen minute, once, on the schedule, by no one', async () => {
    const at = new Date(clock.now().getTime() + 2 * 3_600_000);
    const { surveyId, waveId } = await openSurvey(ctx, world, {
      mode: 'identified',
      minGroupSize: 3,
      reminderAt: at.toISOString(),
    });
    const [answered, pending] = world.staff;
    const response = await api(ctx, answered!.session, 'POST', `/survey-waves/${waveId}/responses`, {
      answers: { satisfaction: 4, formats: ['class'] },
    });
    expect(response.statusCode).toBe(201);
    // The wave shows its reminder to come, to the minute on the government's clock.
    const waveOf = async () =>
      (
        (await api(ctx, world.admin, 'GET', `/surveys/${surveyId}`)).json().waves as {
          reminderAt: string | null;
        }[]
      )[0];
    expect((await waveOf())?.reminderAt).toBe(
      new Date(Math.floor(at.getTime() / 60_000) * 60_000).toISOString(),
    );

    await ctx.schedules.runDue();
    expect(await kinds(pending!.session)).toEqual(['survey.invitation']);

    clock.advance({ hours: 2, minutes: 1 });
    await ctx.schedules.runDue();
    await expect.poll(() => kinds(pending!.session)).toEqual(['survey.reminder', 'survey.invitation']);
    expect(await kinds(answered!.session)).toEqual(['survey.invitation']);
    expect((await waveOf())?.reminderAt).toBeNull();

    // Once: a later sweep sends nothing more.
    clock.advance({ hours: 1 });
    await ctx.schedules.runDue();
    await deliverEvents(ctx);
    expect(await kinds(pending!.session)).toEqual(['survey.reminder', 'survey.invitation']);
    const reminded = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('domain_event')
        .select(['actor_account_id'])
        .where('type', '=', 'survey.wave.reminded')
        .execute(),
    );
    expect(reminded).toEqual([{ actor_account_id: null }]);
    // Its subscribers (the bell, the audit log) took it although no one did it.
    const unsettled = await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .selectFrom('event_delivery')
        .select(['subscriber', 'last_error'])
        .where('status', '<>', 'delivered')
        .execute(),
    );
    expect(unsettled).toEqual([]);
  });

  it('refuses a reminder outside the window, in the past or for a public survey, and makes no wave', async () => {
    const OUTSIDE =
      'Pengingat otomatis harus jatuh di dalam jendela gelombang, setelah dibuka dan sebelum ditutup, dan belum lewat.';
    const { surveyId } = await openSurvey(ctx, world, { mode: 'identified', minGroupSize: 3 });
    const publicSurvey = await openSurvey(ctx, world, { mode: 'public', minGroupSize: 3 });
    const now = clock.now().getTime();
    const hours = (n: number) => new Date(now + n * 3_600_000).toISOString();
    const publicNone = 'Survei publik tidak memiliki daftar responden untuk diingatkan.';
    const cases = [
      // After the close, before the opening, and in the past of a window already open.
      { id: surveyId, opensAt: hours(1), closesAt: hours(24), reminderAt: hours(48), detail: OUTSIDE },
      { id: surveyId, opensAt: hours(1), closesAt: hours(24), reminderAt: hours(0.5), detail: OUTSIDE },
      { id: surveyId, opensAt: hours(-2), closesAt: hours(24), reminderAt: hours(-1), detail: OUTSIDE },
      {
        id: publicSurvey.surveyId,
        opensAt: hours(1),
        closesAt: hours(24),
        reminderAt: hours(2),
        detail: publicNone,
      },
    ];
    for (const { id, detail, ...times } of cases) {
      const before = (await api(ctx, world.admin, 'GET', `/surveys/${id}`)).json().waves.length;
      const refused = await api(ctx, world.admin, 'POST', `/surveys/${id}/waves`, {
        label: 'Gelombang kedua',
        ...times,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().detail).toBe(detail);
      expect((await api(ctx, world.admin, 'GET', `/surveys/${id}`)).json().waves).toHaveLength(before);
    }
  });
});
