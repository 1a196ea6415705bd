import { addDays } from '../shared/calendar-date';

// Partners' agreements (MoU/PKS): whether one is in force on a day, and when the agency is warned
// before it runs out. Dates are calendar dates ('YYYY-MM-DD'), compared in the government's zone.

/**
 * How many days before an agreement's last day the agency hears that it is running out. A
 * convention of this system, not a regulation; a government setting would replace it if one ever
 * differs (no tenant setting holds it yet).
 */
export const AGREEMENT_WARNING_DAYS = 60;

export const AGREEMENT_STATUSES = ['upcoming', 'active', 'expiring', 'expired'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

export { addDays };

/** The first day the agency is warned: `warningDays` before the agreement's last day. */
export function warningDay(validUntil: string, warningDays = AGREEMENT_WARNING_DAYS): string {
  return addDays(validUntil, -warningDays);
}

/**
 * An agreement's status on `today`: not yet in force, in force, in force but ending within the
 * warning window (its last day counts as in force), or over; `daysLeft` until its last day.
 */
export function agreementStatus(
  agreement: { validFrom: string; validUntil: string },
  today: string,
  warningDays = AGREEMENT_WARNING_DAYS,
): { status: AgreementStatus; daysLeft: number } {
  const daysLeft = daysBetween(today, agreement.validUntil);
  if (daysLeft < 0) return { status: 'expired', daysLeft };
  if (today < agreement.validFrom) return { status: 'upcoming', daysLeft };
  return { status: daysLeft <= warningDays ? 'expiring' : 'active', daysLeft };
}

/**
 * Whether the daily task warns of this agreement today: once, from its warning day until its last
 * day; one already over when recorded (or warned) is not warned of.
 */
export function needsExpiryWarning(
  agreement: { validUntil: string; expiryWarnedOn: string | null },
  today: string,
  warningDays = AGREEMENT_WARNING_DAYS,
): boolean {
  if (agreement.expiryWarnedOn !== null) return false;
  return today >= warningDay(agreement.validUntil, warningDays) && today <= agreement.validUntil;
}
