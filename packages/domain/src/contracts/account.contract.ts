import { z } from 'zod';
import { RoleSchema } from './auth.contract';
import { PageQuery, pageOf } from './common.contract';

export const AccountListQuery = PageQuery.extend({ q: z.string().trim().max(100).optional() });

export const AccountSummary = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    status: z.enum(['active', 'disabled']),
    employeeId: z.number().int().nullable(),
    scopeUnit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    hasPassword: z.boolean(),
    email: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'AccountSummary' });

export const AccountPage = pageOf(AccountSummary).meta({ id: 'AccountPage' });

export const CreateAccountBody = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,64}$/),
  displayName: z.string().trim().min(1).max(200),
  role: RoleSchema,
  employeeId: z.number().int().positive().nullable().default(null),
  scopeUnitId: z.number().int().positive().nullable().default(null),
  /** Where survey reminders go by e-mail (when SMTP is set up); optional. */
  email: z.email().max(200).nullable().default(null),
});

/** The link is shown once; only its hash is stored. */
export const PasswordLink = z
  .object({ accountId: z.number().int(), url: z.string(), expiresInHours: z.number().int() })
  .meta({ id: 'PasswordLink' });
