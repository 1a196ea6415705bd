import { z } from 'zod';
import { CalendarDate, PageQuery, pageOf } from './common.contract';

/** An action ('account.disabled') or a whole group of them ('account'). */
const ActionFilter = z
  .string()
  .max(64)
  .regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/);

/** What an inspector narrows the log by: who, what, about what, and when (the government's days). */
export const AuditListQuery = PageQuery.extend({
  /** The acting account's id. */
  actor: z.coerce.number().int().positive().optional(),
  action: ActionFilter.optional(),
  entity: z
    .string()
    .max(40)
    .regex(/^[a-z_]+$/)
    .optional(),
  entityId: z.string().trim().min(1).max(64).optional(),
  /** First and last calendar day, inclusive, in the government's time zone. */
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
});

/**
 * The newest entry of a government's chain. Kept outside the database (printed, exported,
 * `jenjang audit head`), it lets `jenjang audit verify --anchor` prove later that no entry up to
 * it was rewritten or cut off.
 */
export const AuditHead = z
  .object({
    tenant: z.string(),
    seq: z.number().int(),
    hash: z.string(),
    at: z.string().nullable(),
  })
  .meta({ id: 'AuditHead' });

export const AuditEntry = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    /** Who acted; null for the system (command line, demo loader, failed sign-ins of no account). */
    actor: z.object({ id: z.number().int(), name: z.string(), username: z.string() }).nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    /** The name of what was touched, as it was then (or as it is now for entries written before names were kept). */
    subject: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    /** `data.reason` in the reader's language when it is a message of the server (an import's refusal). */
    reasonText: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

export const AuditPage = pageOf(AuditEntry)
  .extend({
    /** The chain's head, for the whole government's readers only (null for a unit-scoped reader). */
    head: AuditHead.nullable(),
  })
  .meta({ id: 'AuditPage' });
