import { z } from 'zod';
import { domainEvent, EventChanges, EventUnitPath, importTally } from '../shared/domain-event';
import { FUNGSIONAL_LEVELS, POSITION_KINDS } from './position';
import { UNIT_KINDS } from './unit-tree.rules';

// Events of the registry: employees, the unit tree and positions. A change made by an import
// names its job; the import's own completion is one event per kind with its tally.

const id = z.number().int().positive();
const job = z.uuid().optional();
/** Names of the units from the top down (the path as readers saw it at the time). */
const pathNames = z.array(z.string());

export const PEOPLE_EVENTS = [
  domainEvent('employee.imported', 1, importTally),
  domainEvent('employee.corrected', 1, {
    employeeId: id,
    nip: z.string(),
    name: z.string(),
    changes: EventChanges,
    /** Where the employee was as well as where the correction put them. */
    unitPath: EventUnitPath,
  }),
  domainEvent('unit.imported', 1, importTally),
  domainEvent('unit.created', 1, {
    unitId: id,
    name: z.string(),
    kind: z.enum(UNIT_KINDS),
    parentId: id.nullable(),
    parentName: z.string().nullable(),
    job,
  }),
  domainEvent('unit.renamed', 1, {
    unitId: id,
    before: z.string(),
    after: z.string(),
    parentName: z.string().nullable(),
  }),
  domainEvent('unit.moved', 1, {
    unitId: id,
    name: z.string(),
    from: z.object({ parentId: id.nullable(), path: pathNames }),
    to: z.object({ parentId: id.nullable(), path: pathNames }),
    /** How many units moved with it (its subtree). */
    units: z.number().int(),
    /** Both places: a reader limited to either subtree sees the move. */
    unitPath: EventUnitPath,
  }),
  domainEvent('unit.closed', 1, {
    unitId: id,
    name: z.string(),
    path: pathNames,
    closedOn: z.iso.date(),
    closedUnits: z.array(z.object({ id, name: z.string() })),
    movedEmployees: z.number().int(),
    target: z.object({ id, path: pathNames }).nullable(),
    /** The closed unit and the one its employees went to. */
    unitPath: EventUnitPath,
  }),
  domainEvent('position.imported', 1, importTally),
  domainEvent('position.created', 1, {
    positionId: id,
    name: z.string(),
    kind: z.enum(POSITION_KINDS),
    level: z.enum(FUNGSIONAL_LEVELS).nullable(),
    group: z.enum(['manajerial', 'nonmanajerial']).optional(),
    job,
  }),
  domainEvent('position.updated', 1, {
    positionId: id,
    name: z.string(),
    changes: EventChanges,
    holdersChanged: z.number().int(),
    job,
  }),
] as const;
