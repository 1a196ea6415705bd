import { AGREEMENT_WARNING_DAYS, addDays, needsExpiryWarning } from '@jenjang/domain/programs/partner.rules';
import { z } from 'zod';
import { type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import type { Scheduler } from '../../platform/jobs/schedule';
import { agencyAdminIds } from '../accounts/account.service';
import { notifyAccounts } from '../notifications/notification.service';
import * as repo from './partner.repository';

// The warning before an agreement runs out: every day at 07:00 on the government's clock, the
// agreements whose last day falls within the warning window (domain partner.rules.ts) and that were
// not warned of yet go on the bell of the agency's tenant-wide admins, once each (expiry_warned_on).
// The daily task is set for a government when it records an agreement.

export const AGREEMENT_EXPIRY = 'partner.agreementExpiry';
const KEY = 'partner-agreement-expiry';

export function registerPartnerSchedules(schedules: Scheduler): void {
  schedules.define(AGREEMENT_EXPIRY, z.object({}), ({ db, tenantId, clock }) =>
    withTenant(db, tenantId, async (tx) => {
      await warnOfExpiringAgreements(tx, tenantId, clock.now());
    }),
  );
}

/** Sets the government's daily warning (from today's 07:00: one recorded later is looked at at once). */
export async function scheduleExpiryWarnings(tx: Tx, schedules: Scheduler, tenantId: number, now: Date) {
  await schedules.every(tx, tenantId, {
    key: KEY,
    kind: AGREEMENT_EXPIRY,
    input: {},
    first: `${await tenantToday(tx, now)}T07:00`,
    repeat: { unit: 'day', count: 1 },
  });
}

/** Warns the agency of each agreement due a warning today; returns how many were warned of. */
export async function warnOfExpiringAgreements(tx: Tx, tenantId: number, now: Date): Promise<number> {
  const today = await tenantToday(tx, now);
  const due = (await repo.agreementsEndingBy(tx, today, addDays(today, AGREEMENT_WARNING_DAYS))).filter(
    (agreement) => needsExpiryWarning(agreement, today, AGREEMENT_WARNING_DAYS),
  );
  if (due.length === 0) return 0;
  const admins = await agencyAdminIds(tx);
  for (const agreement of due) {
    await notifyAccounts(tx, tenantId, admins, 'program.agreementExpiring', {
      partnerId: agreement.partnerId,
      title: agreement.partner,
      number: agreement.number,
      validUntil: agreement.validUntil,
    });
    await repo.markWarned(tx, agreement.id, today);
  }
  return due.length;
}
