import { z } from 'zod';
import { RoleSchema } from './auth.contract';
import { PageQuery, pageOf, textLine } from './common.contract';

export const ACCOUNT_STATUSES = ['active', 'disabled'] as const;

/** 'true' / 'false' in a query string; anything else is refused. */
const QueryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');

export const AccountListQuery = PageQuery.extend({
  /** Username or display name, anywhere in it. */
  q: z.string().trim().max(100).optional(),
  role: RoleSchema.optional(),
  status: z.enum(ACCOUNT_STATUSES).optional(),
  /** Accounts scoped to this unit or below it, or linked to an employee there. */
  unitId: z.coerce.number().int().positive().optional(),
  /** Whether the owner has set a password yet. */
  hasPassword: QueryBoolean.optional(),
});

export const AccountSummary = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    status: z.enum(ACCOUNT_STATUSES),
    employeeId: z.number().int().nullable(),
    /** The linked employee's name, for the list; null without a link. */
    employeeName: z.string().nullable(),
    scopeUnit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    hasPassword: z.boolean(),
    email: z.string().nullable(),
    createdAt: z.string(),
    /**
     * Whether the caller may change this account (links, status, role): only an account the caller
     * could have created as it is now, never the caller's own.
     */
    manageable: z.boolean(),
  })
  .meta({ id: 'AccountSummary' });

export const AccountPage = pageOf(AccountSummary).meta({ id: 'AccountPage' });

const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,64}$/);
const DisplayName = textLine(200);
/** Where survey reminders go by e-mail (when SMTP is set up); optional. */
const Email = z.email().max(200).nullable();

export const CreateAccountBody = z.object({
  username: Username,
  displayName: DisplayName,
  role: RoleSchema,
  employeeId: z.number().int().positive().nullable().default(null),
  scopeUnitId: z.number().int().positive().nullable().default(null),
  email: Email.default(null),
});

/**
 * A change to an account: only the fields given change. Role and scope never beyond what the
 * caller holds; an employee who already has an account cannot be linked to a second one.
 */
export const UpdateAccountBody = z
  .object({
    displayName: DisplayName.optional(),
    role: RoleSchema.optional(),
    scopeUnitId: z.number().int().positive().nullable().optional(),
    employeeId: z.number().int().positive().nullable().optional(),
    email: Email.optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    params: { i18n: 'account.nothingToChange' },
  })
  .meta({ id: 'UpdateAccountBody' });

/** The link is shown once; only its hash is stored. */
export const PasswordLink = z
  .object({ accountId: z.number().int(), url: z.string(), expiresInHours: z.number().int() })
  .meta({ id: 'PasswordLink' });
