import { z } from 'zod';
import { CalendarDate, textBlock, textLine } from '../shared/common.contract';
import { COMPETENCY_TYPES } from './competency-dictionary';
import { DEVELOPMENT_PATH_CODES } from './development-paths';
import { IDP_STATES, IDP_TRANSITIONS } from './idp.rules';

// An employee's individual development plan for a year: activities for their largest gaps,
// agreed with the supervisor.

export const IdpItem = z
  .object({
    id: z.number().int(),
    competency: z
      .object({ id: z.number().int(), code: z.string(), name: z.string(), type: z.enum(COMPETENCY_TYPES) })
      .nullable(),
    activity: z.string(),
    pathCode: z.enum(DEVELOPMENT_PATH_CODES),
    jp: z.number(),
    dueOn: CalendarDate.nullable(),
    completedOn: CalendarDate.nullable(),
    policyId: z.number().int().nullable(),
  })
  .meta({ id: 'IdpItem' });

export const Idp = z
  .object({
    id: z.number().int(),
    employeeId: z.number().int(),
    year: z.number().int(),
    state: z.enum(IDP_STATES),
    note: z.string().nullable(),
    agreedBy: z.string().nullable(),
    agreedAt: z.string().nullable(),
    items: z.array(IdpItem),
    /** The moves the reader may make now. */
    transitions: z.array(z.enum(IDP_TRANSITIONS)),
    editable: z.boolean(),
  })
  .meta({ id: 'Idp' });

export const IdpQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const IdpResponse = z.object({ idp: Idp.nullable() }).meta({ id: 'IdpResponse' });

export const CreateIdpBody = z
  .object({
    year: z.number().int().min(2000).max(2100),
    /** Start from activities for the largest gaps against the position's standard. */
    recommend: z.boolean().default(true),
  })
  .strict()
  .meta({ id: 'CreateIdpBody' });

export const IdpItemBody = z
  .object({
    competencyId: z.number().int().positive().nullable(),
    activity: textLine(300),
    pathCode: z.enum(DEVELOPMENT_PATH_CODES),
    jp: z.number().gt(0).max(2000).multipleOf(0.01),
    dueOn: CalendarDate.nullable().default(null),
    completedOn: CalendarDate.nullable().default(null),
    policyId: z.number().int().positive().nullable().default(null),
  })
  .strict()
  .meta({ id: 'IdpItemBody' });

export const UpdateIdpBody = z
  .object({ note: textBlock(2000).nullable(), items: z.array(IdpItemBody).max(20) })
  .strict()
  .meta({ id: 'UpdateIdpBody' });

export const IdpTransitionBody = z
  .object({ transition: z.enum(IDP_TRANSITIONS) })
  .strict()
  .meta({ id: 'IdpTransitionBody' });
