import { z } from 'zod';
import { CalendarDate, PageQuery, pageOf, textLine } from '../shared/common.contract';
import { FUNGSIONAL_LEVELS, POSITION_KINDS, POSITION_NAME_MAX } from './position';
import { UNIT_KINDS, UNIT_NAME_MAX } from './unit-tree.rules';

// Organisation management by admins: the unit tree and the positions (jabatan).

const UnitName = textLine(UNIT_NAME_MAX, { min: 2 });
const UnitId = z.number().int().positive();

export const CreateUnitBody = z
  .object({ name: UnitName, kind: z.enum(UNIT_KINDS), parentId: UnitId.nullable() })
  .strict()
  .meta({ id: 'CreateUnit' });

export const RenameUnitBody = z.object({ name: UnitName }).strict().meta({ id: 'RenameUnit' });

/** parentId null: to the top of the tree (an OPD). */
export const MoveUnitBody = z.object({ parentId: UnitId.nullable() }).strict().meta({ id: 'MoveUnit' });

export const CloseUnitBody = z
  .object({
    /** The day the closure took effect: today or earlier, in the government's time zone. */
    closedOn: CalendarDate,
    /** Where the employees of the closed subtree go; required when it holds any. */
    moveEmployeesTo: UnitId.nullable().default(null),
  })
  .strict()
  .meta({ id: 'CloseUnit' });

export const Unit = z
  .object({
    id: z.number().int(),
    parentId: z.number().int().nullable(),
    name: z.string(),
    kind: z.string(),
    /** Unit ids from the top down to this unit. */
    path: z.array(z.number().int()),
    closedOn: CalendarDate.nullable(),
  })
  .meta({ id: 'Unit' });

export const UnitClosed = z
  .object({
    unit: Unit,
    /** Units closed: the unit and its open sub-units. */
    closedUnits: z.number().int(),
    movedEmployees: z.number().int(),
  })
  .meta({ id: 'UnitClosed' });

const PositionName = textLine(POSITION_NAME_MAX, { min: 2 });

/** The jenjang must suit the kind (PermenPANRB 1/2023); the service says which is wrong. */
export const PositionBody = z
  .object({
    name: PositionName,
    kind: z.enum(POSITION_KINDS),
    level: z.enum(FUNGSIONAL_LEVELS).nullable().default(null),
  })
  .strict()
  .meta({ id: 'PositionBody' });

export const Position = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(POSITION_KINDS).nullable(),
    level: z.enum(FUNGSIONAL_LEVELS).nullable(),
    /**
     * Holders within the reader's reach (an atasan's subtree), for readers of workforce figures
     * (dashboard.read); null for everyone else.
     */
    employeeCount: z.number().int().nullable(),
  })
  .meta({ id: 'Position' });

export const PositionListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(POSITION_KINDS).optional(),
});

export const PositionPage = pageOf(Position).meta({ id: 'PositionPage' });
