import type { Actor } from '@jenjang/domain/shared/access';
import { spreadsheetCell, spreadsheetText } from '@jenjang/domain/shared/spreadsheet-text';
import { isTimeZone, type TimeZone, wallClockIn, zoneAbbreviation } from '@jenjang/domain/shared/time-zone';
import { waveState } from '@jenjang/domain/surveys/survey-wave.rules';
import ExcelJS from 'exceljs';
import { type Db, type Tx, withTenant } from '../../../db/database';
import { publish } from '../../../events';
import { notFound, ProblemError } from '../../../http/problem';
import { type Locale, translate } from '../../../i18n/translate';
import { deadlineText } from '../../notifications/deadline-text';
import type { Mailer } from '../../notifications/mailer';
import * as repo from '../surveys/survey.repository';
import { authoriseSurvey } from '../surveys/survey.service';
import * as invitations from './invitation.repository';

// Who has not answered a wave, and reminding them. Identified surveys promise their admins that
// they see who has and has not answered: the list, its export and reminders to chosen people are
// for identified waves only. An anonymous wave's invitations only say who took a ballot; the
// admins see counts and may remind everyone still pending, never a name (docs/privacy.md).
// Everything is within the admin's reach: a scoped admin sees and reminds only invitees working
// in its subtree now.

type Wave = NonNullable<Awaited<ReturnType<typeof repo.findWave>>>;

const zoneOf = (value: string): TimeZone => (isTimeZone(value) ? value : 'Asia/Jakarta');

/** The wave, for an admin who manages its survey (404 beyond reading, 403 beyond managing). */
async function managedWave(tx: Tx, actor: Actor, waveId: number): Promise<Wave> {
  const wave = await repo.findWave(tx, waveId);
  if (!wave) throw notFound();
  await authoriseSurvey(tx, actor, wave);
  return wave;
}

function identifiedOnly(wave: Wave) {
  if (wave.mode !== 'identified') throw new ProblemError(409, 'survey.nonRespondentsIdentifiedOnly');
}

export interface NonRespondentQuery {
  page: number;
  pageSize: number;
  q?: string | undefined;
  unitId?: number | undefined;
}

/** One page of an identified wave's invitees who have not answered, within the admin's reach. */
export async function listNonRespondents(db: Db, actor: Actor, waveId: number, query: NonRespondentQuery) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const wave = await managedWave(tx, actor, waveId);
    identifiedOnly(wave);
    const filter = { scopeUnitId: actor.scopeUnitId, q: query.q, unitId: query.unitId };
    const [rows, total, invited, tenant] = await Promise.all([
      invitations.listNonRespondents(tx, waveId, filter, query),
      invitations.countNonRespondents(tx, waveId, filter),
      invitations.countInvitees(tx, waveId, actor.scopeUnitId),
      repo.tenantSettings(tx),
    ]);
    return {
      items: rows.map((row) => ({
        employeeId: row.employee_id,
        name: row.name,
        nip: row.nip,
        unit:
          row.unit_id !== null && row.unit_name !== null ? { id: row.unit_id, name: row.unit_name } : null,
        remindedAt: row.reminded_at === null ? null : new Date(row.reminded_at).toISOString(),
        hasAccount: row.has_account,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
      invited,
      timeZone: zoneOf(tenant.time_zone),
    };
  });
}

/**
 * Every non-respondent matching the filters as an XLSX sheet, labelled in `locale`, reminder times
 * on the government's clock. Cells are neutralised: names come from imports.
 */
export async function exportNonRespondents(
  db: Db,
  actor: Actor,
  waveId: number,
  query: Omit<NonRespondentQuery, 'page' | 'pageSize'>,
  locale: Locale,
) {
  const { rows, zone, wave } = await withTenant(db, actor.tenantId, async (tx) => {
    const found = await managedWave(tx, actor, waveId);
    identifiedOnly(found);
    const filter = { scopeUnitId: actor.scopeUnitId, q: query.q, unitId: query.unitId };
    return {
      rows: await invitations.listNonRespondents(tx, waveId, filter, null),
      zone: zoneOf((await repo.tenantSettings(tx)).time_zone),
      wave: found,
    };
  });
  const t = (key: string, params: Record<string, unknown> = {}) =>
    translate(locale, `survey.nonRespondents.${key}`, params);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('sheet'));
  sheet.addRow([t('name'), t('nip'), t('unit'), t('remindedAt')].map(spreadsheetText)).font = { bold: true };
  for (const row of rows) {
    const reminded =
      row.reminded_at === null
        ? t('notReminded')
        : `${wallClockIn(row.reminded_at, zone).replace('T', ' ')} ${zoneAbbreviation(zone)}`;
    sheet.addRow([row.name, row.nip, row.unit_name ?? '', reminded].map(spreadsheetCell));
  }
  sheet.columns.forEach((column, i) => {
    column.width = [36, 22, 40, 24][i] ?? 16;
  });
  return {
    fileName: `${t('fileName', { survey: wave.survey_id, wave: wave.number })}.xlsx`,
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

/**
 * Reminds invitees who have not answered: the chosen ones (identified waves; each must be a
 * pending invitee within reach, or nothing is sent), or all pending within reach. An in-app
 * notification each, and an e-mail to those whose account has an address when SMTP is configured,
 * in the recipient's language with the deadline on the government's clock. Mail goes out after
 * the commit.
 */
export async function remindWave(
  db: Db,
  actor: Actor,
  waveId: number,
  mailer: Mailer,
  employeeIds: readonly number[] | undefined,
  now: Date,
) {
  const reminded = await withTenant(db, actor.tenantId, async (tx) => {
    const wave = await managedWave(tx, actor, waveId);
    const state = waveState({ status: wave.status, opensAt: wave.opens_at, closesAt: wave.closes_at }, now);
    if (state !== 'open') throw new ProblemError(409, 'survey.notOpen');
    if (wave.mode === 'public') throw new ProblemError(409, 'survey.publicNoReminders');
    const chosen = employeeIds === undefined ? undefined : [...new Set(employeeIds)];
    if (chosen) {
      if (wave.mode !== 'identified') throw new ProblemError(409, 'survey.selectRemindersIdentifiedOnly');
      const pending = await invitations.pendingAmong(tx, waveId, actor.scopeUnitId, chosen);
      const refused = chosen.filter((id) => !pending.has(id)).length;
      if (refused > 0) throw new ProblemError(400, 'survey.reminderNotPending', { count: refused });
    }
    return remindPending(
      tx,
      actor.tenantId,
      wave,
      { scopeUnitId: actor.scopeUnitId, chosen },
      actor.accountId,
    );
  });
  return { notified: reminded.accounts.length, emailed: await mailReminders(mailer, reminded) };
}

/**
 * The reminder an admin scheduled with the wave (survey-schedules.ts): every pending invitee, as
 * if an admin of the whole government clicked at that minute, by no account (its event and audit
 * entry carry no actor). Nothing is sent when the wave is not open then (closed early, or never
 * published).
 */
export async function remindOnSchedule(db: Db, tenantId: number, waveId: number, mailer: Mailer, now: Date) {
  const reminded = await withTenant(db, tenantId, async (tx) => {
    const wave = await repo.findWave(tx, waveId);
    if (!wave || wave.mode === 'public') return null;
    const state = waveState({ status: wave.status, opensAt: wave.opens_at, closesAt: wave.closes_at }, now);
    if (state !== 'open') return null;
    return remindPending(tx, tenantId, wave, { scopeUnitId: null, chosen: undefined }, null);
  });
  if (!reminded) return { notified: 0, emailed: 0 };
  return { notified: reminded.accounts.length, emailed: await mailReminders(mailer, reminded) };
}

/** Marks the pending invitees (within the scope, or the chosen ones) reminded and tells them. */
async function remindPending(
  tx: Tx,
  tenantId: number,
  wave: Wave,
  reach: { scopeUnitId: number | null; chosen: number[] | undefined },
  actorAccountId: number | null,
) {
  const pending = await invitations.pendingInvitees(tx, wave.id, {
    scopeUnitId: reach.scopeUnitId,
    employeeIds: reach.chosen,
  });
  await invitations.markReminded(
    tx,
    wave.id,
    pending.map((a) => a.employee_id),
  );
  // The bell rings from the outbox (notification.subscriber.ts); e-mail goes out after the commit.
  await publish(tx, tenantId, {
    type: 'survey.wave.reminded',
    actorAccountId,
    payload: {
      waveId: wave.id,
      title: wave.title,
      notified: pending.length,
      ...(reach.chosen ? { chosen: reach.chosen.length } : {}),
      accountIds: pending.map((a) => a.account_id),
    },
  });
  return {
    accounts: pending,
    title: wave.title,
    closesAt: new Date(wave.closes_at),
    zone: zoneOf((await repo.tenantSettings(tx)).time_zone),
  };
}

type Reminded = Awaited<ReturnType<typeof remindPending>>;

/** E-mails a reminder to each reminded account with an address, when SMTP is configured. */
async function mailReminders(mailer: Mailer, { accounts, title, closesAt, zone }: Reminded): Promise<number> {
  let emailed = 0;
  if (mailer.enabled) {
    for (const account of accounts) {
      if (!account.email) continue;
      // The recipient's own language (every account has one), not the sender's.
      const language: Locale = account.locale === 'en' ? 'en' : 'id';
      await mailer.send({
        to: account.email,
        subject: translate(language, 'survey.mail.reminderSubject', { title }),
        text: translate(language, 'survey.mail.reminderBody', {
          name: account.display_name,
          title,
          closesAt: deadlineText(closesAt, zone, language),
        }),
      });
      emailed++;
    }
  }
  return emailed;
}
