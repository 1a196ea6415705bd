import { z } from 'zod';
import { JpmThresholds, JpSettings } from '../competency/competency-settings.contract';
import { IkmConvention } from '../surveys/survey-results.contract';
import { ROLES } from './access';
import { LocaleSchema } from './auth.contract';
import { domainEvent, EventChanges, EventUnitPath } from './domain-event';
import { GOVERNMENT_KINDS } from './government.rules';
import { TIME_ZONES } from './time-zone';

// Events of what every government shares: sign-in, accounts, the government itself, import jobs
// (whatever they import) and the demo loader. What each one carries is what its audit entry and
// any subscriber need; never a password, a token or a hash.

const accountId = z.number().int().positive();
const jobId = z.uuid();
/** Where a change came from when it was not the web app. */
const via = z.literal('cli').optional();
/** The thing's name, when the subscriber cannot look it up (it is made in the same transaction). */
const subject = z.string().optional();

export const SHARED_EVENTS = [
  domainEvent('auth.login', 1, { accountId }),
  domainEvent('auth.logout', 1, { accountId }),
  domainEvent('auth.loginFailed', 1, {
    accountId,
    address: z.string(),
    reason: z.enum(['demoPassword', 'ambiguous', 'disabled', 'wrongPassword', 'noPassword']),
  }),
  domainEvent('auth.loginThrottled', 1, {
    accountId,
    address: z.string(),
    scope: z.enum(['client', 'device', 'account', 'address']).nullable(),
    retryAfterSeconds: z.number().int(),
  }),
  domainEvent('auth.localeChanged', 1, { accountId, locale: LocaleSchema }),
  domainEvent('auth.passwordChanged', 1, { accountId }),
  domainEvent('auth.passwordSetByLink', 1, { accountId }),
  domainEvent('account.created', 1, {
    accountId,
    username: z.string(),
    role: z.enum(ROLES),
    scopeUnitId: z.number().int().nullable().optional(),
    employeeId: z.number().int().nullable().optional(),
    via,
    subject,
  }),
  domainEvent('account.passwordLinkIssued', 1, { accountId }),
  domainEvent('account.disabled', 1, { accountId }),
  domainEvent('account.enabled', 1, { accountId }),
  domainEvent('account.updated', 1, {
    accountId,
    before: EventChanges,
    after: EventChanges,
    /** Both places the account sat in (its scope or its employee's unit, before and after). */
    unitPath: EventUnitPath,
  }),
  domainEvent('tenant.created', 1, {
    tenantId: z.number().int().positive(),
    code: z.string(),
    slug: z.string(),
    kind: z.enum([...GOVERNMENT_KINDS, 'nasional']),
    timeZone: z.enum(TIME_ZONES),
    via,
    subject,
  }),
  domainEvent('tenant.settingsChanged', 1, {
    tenantId: z.number().int().positive(),
    timeZone: z.object({ from: z.enum(TIME_ZONES), to: z.enum(TIME_ZONES) }).optional(),
    ikmConvention: z.object({ from: IkmConvention, to: IkmConvention }).optional(),
    jpmThresholds: z.object({ from: JpmThresholds, to: JpmThresholds }).optional(),
    jp: z.object({ from: JpSettings, to: JpSettings }).optional(),
  }),
  /** An upload refused before any job existed (its type, its size, a running import). */
  domainEvent('import.refused', 1, { kind: z.string(), file: z.string(), reason: z.string() }),
  domainEvent('import.failed', 1, { jobId, kind: z.string(), file: z.string(), reason: z.string() }),
  domainEvent('demo.loaded', 1, {
    tenantId: z.number().int().positive(),
    account: z.number().int().optional(),
  }),
  domainEvent('demo.surveys.loaded', 1, { tenantId: z.number().int().positive(), surveys: z.number().int() }),
] as const;
