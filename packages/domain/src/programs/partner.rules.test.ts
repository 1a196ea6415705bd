import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_WARNING_DAYS,
  addDays,
  agreementStatus,
  daysBetween,
  needsExpiryWarning,
  warningDay,
} from './partner.rules';

const agreement = { validFrom: '2026-01-01', validUntil: '2027-06-30' };

describe('an agreement’s status', () => {
  it('is upcoming before its first day and active from it', () => {
    expect(agreementStatus(agreement, '2025-12-31').status).toBe('upcoming');
    expect(agreementStatus(agreement, '2026-01-01')).toEqual({ status: 'active', daysLeft: 545 });
  });

  it('is expiring from 60 days before its last day, through its last day', () => {
    expect(agreementStatus(agreement, '2027-04-30')).toEqual({ status: 'active', daysLeft: 61 });
    expect(agreementStatus(agreement, '2027-05-01')).toEqual({ status: 'expiring', daysLeft: 60 });
    expect(agreementStatus(agreement, '2027-06-30')).toEqual({ status: 'expiring', daysLeft: 0 });
  });

  it('is expired the day after its last day', () => {
    expect(agreementStatus(agreement, '2027-07-01')).toEqual({ status: 'expired', daysLeft: -1 });
  });

  it('follows a shorter warning window when given one', () => {
    expect(agreementStatus(agreement, '2027-05-01', 30).status).toBe('active');
    expect(agreementStatus(agreement, '2027-05-31', 30).status).toBe('expiring');
  });
});

describe('the expiry warning', () => {
  it('is due from the warning day until the last day, once', () => {
    const open = { validUntil: '2027-06-30', expiryWarnedOn: null };
    expect(warningDay('2027-06-30')).toBe('2027-05-01');
    expect(needsExpiryWarning(open, '2027-04-30')).toBe(false);
    expect(needsExpiryWarning(open, '2027-05-01')).toBe(true);
    expect(needsExpiryWarning(open, '2027-06-30')).toBe(true);
    expect(needsExpiryWarning({ ...open, expiryWarnedOn: '2027-05-01' }, '2027-05-02')).toBe(false);
  });

  it('is not sent for an agreement already over', () => {
    expect(needsExpiryWarning({ validUntil: '2027-06-30', expiryWarnedOn: null }, '2027-07-01')).toBe(false);
  });

  it('crosses a leap day as the calendar does', () => {
    expect(warningDay('2028-03-01', 1)).toBe('2028-02-29');
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('is due exactly when the status says expiring (any day, any window)', () => {
    const day = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 365 }), (from, today, window) => {
        const validUntil = addDays(from, 400);
        const { status } = agreementStatus({ validFrom: from, validUntil }, today, window);
        const due = needsExpiryWarning({ validUntil, expiryWarnedOn: null }, today, window);
        expect(due).toBe(
          status === 'expiring' || (status === 'upcoming' && today >= warningDay(validUntil, window)),
        );
      }),
    );
    expect(AGREEMENT_WARNING_DAYS).toBe(60);
  });
});
