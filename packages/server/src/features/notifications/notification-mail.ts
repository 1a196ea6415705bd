import { type Db, withTenant } from '../../db/database';
import { translate } from '../../i18n/translate';
import type { Scheduler } from '../../platform/jobs/schedule';
import type { Mailer } from './mailer';
import * as repo from './notification.repository';

// E-mail for the notifications of mailed kinds (domain notification.contract.ts mailedKind), when
// the server has SMTP: the minute's sweep sends what the bell received, in the recipient's language,
// with a link to the page it is about. At least once: a message sent just before its process
// stopped, not yet marked, is claimed and sent again a quarter of an hour later. Without SMTP,
// without an address or an active account, or older than a day (SMTP configured later does not mail
// the past), it is marked skipped.

const BATCH = 200;

/** The page a notification is about, on the server's public address; null when it names none. */
function linkOf(base: string | null, kind: string, data: Record<string, unknown>): string | null {
  if (base === null) return null;
  const id = (value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
  if (kind === 'program.agreementExpiring') return `${base}/partners`;
  if (kind === 'survey.invitation') {
    const waveId = id(data.waveId);
    return waveId === null ? null : `${base}/my-surveys/${waveId}`;
  }
  const awardId = id(data.awardId);
  if (awardId !== null) return `${base}/scholarships/awards/${awardId}`;
  const pairId = id(data.pairId);
  if (pairId !== null) return `${base}/mentoring/${pairId}`;
  const programId = id(data.programId);
  return programId === null ? null : `${base}/programs/${programId}`;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The message of one notification, in the recipient's language. */
function messageOf(mail: repo.PendingMail & { email: string }, publicUrl: string | null) {
  const language = mail.locale === 'en' ? 'en' : 'id';
  const params = {
    name: mail.name,
    title: text(mail.data.title),
    batch: text(mail.data.batch),
    startsOn: text(mail.data.startsOn),
    position: String(mail.data.position ?? ''),
    number: text(mail.data.number),
    validUntil: text(mail.data.validUntil),
    partner: text(mail.data.name),
    endsOn: text(mail.data.endsOn),
    term: String(mail.data.term ?? ''),
  };
  const link = linkOf(publicUrl, mail.kind, mail.data);
  return {
    to: mail.email,
    subject: translate(language, `notification.mail.${mail.kind}.subject`, params),
    text: [
      translate(language, 'notification.mail.greeting', params),
      translate(language, `notification.mail.${mail.kind}.body`, params),
      link ? translate(language, 'notification.mail.link', { link }) : null,
      translate(language, 'notification.mail.footer'),
    ]
      .filter((line) => line !== null)
      .join('\n\n'),
  };
}

/**
 * Mails every government's pending notifications; returns how many were sent. Each government's
 * batch is claimed in a short transaction and each message sent outside any, then marked on its own:
 * no row stays locked while the SMTP server answers.
 */
export async function mailDueNotifications(
  db: Db,
  mailer: Mailer,
  options: { publicUrl: string | null },
  onError: (error: unknown, tenantId: number) => void = () => {},
): Promise<number> {
  let sent = 0;
  for (const tenantId of await repo.tenantsWithMailDue(db)) {
    try {
      const claimed = await withTenant(db, tenantId, async (tx) => {
        await repo.skipUnmailable(tx, mailer.enabled);
        return mailer.enabled ? repo.claimPendingMail(tx, BATCH) : [];
      });
      const mark = (ids: number[], state: 'sent' | 'skipped' | 'pending') =>
        withTenant(db, tenantId, (tx) => repo.setMailState(tx, ids, state));
      await mark(
        claimed.filter((mail) => !mail.email).map((mail) => mail.id),
        'skipped',
      );
      for (const mail of claimed) {
        if (!mail.email) continue;
        try {
          await mailer.send(messageOf({ ...mail, email: mail.email }, options.publicUrl));
        } catch (error) {
          // Pending again: the next sweep tries once more.
          await mark([mail.id], 'pending');
          onError(error, tenantId);
          continue;
        }
        await mark([mail.id], 'sent');
        sent++;
      }
    } catch (error) {
      onError(error, tenantId);
    }
  }
  return sent;
}

/** The mail sweep, on the shared queue every minute with the others (platform/jobs/schedule.ts). */
export function registerNotificationMail(
  schedules: Scheduler,
  log: { error: (details: object, message: string) => void },
  mailer: Mailer,
  publicUrl: string | null,
): void {
  schedules.sweep('notifications.mail', ({ db }) =>
    mailDueNotifications(db, mailer, { publicUrl }, (error, tenantId) =>
      log.error({ err: error, tenantId }, 'mailing notifications failed'),
    ),
  );
}
