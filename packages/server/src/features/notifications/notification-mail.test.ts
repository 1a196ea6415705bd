import { mailedKind, NOTIFICATION_KINDS } from '@jenjang/domain/shared/notification.contract';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../../test/factories/account.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { startSmtp } from '../../../test/smtp';
import { withTenant } from '../../db/database';
import { translate } from '../../i18n/translate';
import { createMailer } from './mailer';
import { notifyAccounts } from './notification.service';
import { mailDueNotifications } from './notification-mail';

// Program notifications go out by e-mail too when the server has SMTP: through a real SMTP server
// on this machine, once each, in the recipient's language, never to the past nor without an address.

let ctx: TestContext;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let tenantId: number;
let otherTenantId: number;
const accounts: Record<string, number> = {};

beforeAll(async () => {
  smtp = await startSmtp();
  ctx = await createTestContext();
  tenantId = (await createTenant(ctx)).id;
  otherTenantId = (await createTenant(ctx)).id;
  for (const [name, email, locale] of [
    ['withMail', 'peserta@dinas.example', 'id'],
    ['inEnglish', 'participant@dinas.example', 'en'],
    ['withoutMail', null, 'id'],
  ] as const) {
    const account = await createAccount(ctx, tenantId, 'pegawai');
    await withTenant(ctx.db, tenantId, (tx) =>
      tx
        .updateTable('account')
        .set({ email, locale, display_name: name })
        .where('id', '=', account.id)
        .execute(),
    );
    accounts[name] = account.id;
  }
  const other = await createAccount(ctx, otherTenantId, 'pegawai');
  await withTenant(ctx.db, otherTenantId, (tx) =>
    tx.updateTable('account').set({ email: 'lain@pemda.example' }).where('id', '=', other.id).execute(),
  );
  accounts.other = other.id;
});
afterAll(async () => {
  await ctx.close();
  await smtp.stop();
});

async function mailStates(tenant: number) {
  return withTenant(ctx.db, tenant, async (tx) => {
    const { rows } = await sql<{ kind: string; mail_state: string | null }>`
      select kind, mail_state from notification order by id`.execute(tx);
    return rows.map((r) => `${r.kind}:${r.mail_state}`);
  });
}

describe('notifications by e-mail', () => {
  it('has a subject and a body for every mailed kind in both languages', () => {
    for (const kind of NOTIFICATION_KINDS.filter(mailedKind)) {
      for (const language of ['id', 'en'] as const) {
        for (const part of ['subject', 'body']) {
          const key = `notification.mail.${kind}.${part}`;
          expect(translate(language, key), `${language} ${key}`).not.toBe(key);
        }
      }
    }
    expect(mailedKind('survey.invitation')).toBe(true);
    // Reminders are mailed by the surveys themselves (invitation.service.ts), never twice.
    expect(mailedKind('survey.reminder')).toBe(false);
  });

  it('sends each pending program notification once, in the recipient’s language, with a link', async () => {
    await withTenant(ctx.db, tenantId, async (tx) => {
      const { withMail, inEnglish, withoutMail } = accounts;
      await notifyAccounts(tx, tenantId, [withMail!, inEnglish!, withoutMail!], 'program.selected', {
        programId: 7,
        title: 'Pelatihan Analisis Data',
        batch: 'Angkatan I',
      });
      await notifyAccounts(tx, tenantId, [withMail!], 'survey.invitation', { waveId: 3, title: 'Survei' });
    });
    await withTenant(ctx.db, otherTenantId, (tx) =>
      notifyAccounts(tx, otherTenantId, [accounts.other!], 'program.completed', {
        programId: 9,
        title: 'Lain',
      }),
    );
    const mailer = createMailer(smtp.url, 'jenjang@pemda.example');
    const options = { publicUrl: 'https://jenjang.pemda.example' };
    expect(await mailDueNotifications(ctx.db, mailer, options)).toBe(4);
    const mine = smtp.mails.filter((m) => m.to[0] !== 'lain@pemda.example');
    expect(mine.map((m) => m.to[0]).sort()).toEqual([
      'participant@dinas.example',
      'peserta@dinas.example',
      'peserta@dinas.example',
    ]);
    expect(mine.find((m) => m.subject === 'Undangan survei: Survei')!.body).toContain(
      'https://jenjang.pemda.example/my-surveys/3',
    );
    const indonesian = mine.find((m) => m.subject.startsWith('Terpilih'))!;
    expect(indonesian.subject).toBe('Terpilih: Pelatihan Analisis Data');
    expect(indonesian.body).toContain('Yth. withMail,');
    expect(indonesian.body).toContain('https://jenjang.pemda.example/programs/7');
    expect(mine.find((m) => m.to[0] === 'participant@dinas.example')!.subject).toBe(
      'Selected: Pelatihan Analisis Data',
    );
    expect(await mailStates(tenantId)).toEqual([
      'program.selected:sent',
      'program.selected:sent',
      'program.selected:skipped',
      'survey.invitation:sent',
    ]);
    // Nothing is sent twice.
    expect(await mailDueNotifications(ctx.db, mailer, options)).toBe(0);
    expect(smtp.mails).toHaveLength(4);
    mailer.close();
  });

  it('sends again what a stopped process claimed, and never mails a disabled account', async () => {
    const mailer = createMailer(smtp.url, 'jenjang@pemda.example');
    await withTenant(ctx.db, tenantId, async (tx) => {
      await notifyAccounts(tx, tenantId, [accounts.withMail!], 'program.completed', {
        programId: 8,
        title: 'Y',
      });
      // Claimed twenty minutes ago by a process that stopped before sending.
      await sql`update notification set mail_state = 'sending', mail_claimed_at = now() - interval '20 minutes'
        where kind = 'program.completed'`.execute(tx);
      await notifyAccounts(tx, tenantId, [accounts.inEnglish!], 'program.notCompleted', {
        programId: 8,
        title: 'Y',
      });
      await tx
        .updateTable('account')
        .set({ status: 'disabled' })
        .where('id', '=', accounts.inEnglish!)
        .execute();
    });
    const before = smtp.mails.length;
    expect(await mailDueNotifications(ctx.db, mailer, { publicUrl: null })).toBe(1);
    expect(smtp.mails.slice(before).map((m) => m.subject)).toEqual(['Lulus: Y']);
    expect((await mailStates(tenantId)).slice(-2)).toEqual([
      'program.completed:sent',
      'program.notCompleted:skipped',
    ]);
    await withTenant(ctx.db, tenantId, (tx) =>
      tx.updateTable('account').set({ status: 'active' }).where('id', '=', accounts.inEnglish!).execute(),
    );
    mailer.close();
  });

  it('marks the mail skipped without SMTP, and leaves the past unmailed when SMTP comes later', async () => {
    await withTenant(ctx.db, tenantId, (tx) =>
      notifyAccounts(tx, tenantId, [accounts.withMail!], 'program.reminder', { programId: 7, title: 'X' }),
    );
    const none = createMailer(null, 'jenjang@pemda.example');
    expect(await mailDueNotifications(ctx.db, none, { publicUrl: null })).toBe(0);
    expect((await mailStates(tenantId)).at(-1)).toBe('program.reminder:skipped');
    await withTenant(ctx.db, tenantId, async (tx) => {
      await notifyAccounts(tx, tenantId, [accounts.withMail!], 'program.promoted', {
        programId: 7,
        title: 'X',
      });
      // Written a day and an hour ago, while the server had no SMTP.
      await sql`update notification set created_at = now() - interval '25 hours' where kind = 'program.promoted'`.execute(
        tx,
      );
    });
    const mailer = createMailer(smtp.url, 'jenjang@pemda.example');
    expect(await mailDueNotifications(ctx.db, mailer, { publicUrl: null })).toBe(0);
    expect((await mailStates(tenantId)).at(-1)).toBe('program.promoted:skipped');
    mailer.close();
  });
});
