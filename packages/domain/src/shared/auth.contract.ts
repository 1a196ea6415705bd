import { z } from 'zod';
import { TIME_ZONES } from './time-zone';

export const RoleSchema = z.enum(['admin', 'pimpinan', 'atasan', 'pegawai', 'mitra', 'auditor', 'nasional']);
export const LocaleSchema = z.enum(['id', 'en']);

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const Me = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    locale: LocaleSchema,
    employeeId: z.number().int().nullable(),
    scopeUnit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    tenant: z.object({
      id: z.number().int(),
      code: z.string(),
      name: z.string(),
      /** Dates and times shown to this user follow the government's zone (WIB, WITA, WIT). */
      timeZone: z.enum(TIME_ZONES),
    }),
    permissions: z.array(z.string()),
  })
  .meta({ id: 'Me' });

export const Session = z.object({ user: Me, csrfToken: z.string() }).meta({ id: 'Session' });

/** Minimum length per NIST SP 800-63B guidance for user-chosen secrets (10 is our floor). */
export const PASSWORD_MIN_LENGTH = 10;
export const NewPassword = z.string().min(PASSWORD_MIN_LENGTH).max(200);

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: NewPassword,
});
export const SetPasswordBody = z.object({ token: z.string().min(20).max(200), newPassword: NewPassword });
export const LocaleBody = z.object({ locale: LocaleSchema });
