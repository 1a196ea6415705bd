import { z } from 'zod';
import { CalendarDate, PageQuery, pageOf } from '../shared/common.contract';

export const EMPLOYEE_SORTS = [
  'name',
  '-name',
  'nip',
  '-nip',
  'golongan',
  '-golongan',
  'birthDate',
  '-birthDate',
] as const;

export const EmployeeListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  sort: z.enum(EMPLOYEE_SORTS).default('name'),
  unitId: z.coerce.number().int().positive().optional(),
  golongan: z.string().max(10).optional(),
  positionKind: z.string().max(30).optional(),
  employeeType: z.enum(['PNS', 'PPPK']).optional(),
});

export const EmployeeSummary = z
  .object({
    id: z.number().int(),
    nip: z.string(),
    nipFormatted: z.string(),
    employeeType: z.enum(['PNS', 'PPPK']),
    fullName: z.string(),
    golongan: z.string().nullable(),
    positionName: z.string().nullable(),
    positionKind: z.string().nullable(),
    unitName: z.string().nullable(),
    unitPath: z.array(z.string()),
  })
  .meta({ id: 'EmployeeSummary' });

export const EmployeePage = pageOf(EmployeeSummary).meta({ id: 'EmployeePage' });

export const EmployeeDetail = EmployeeSummary.extend({
  name: z.string(),
  frontTitle: z.string().nullable(),
  backTitle: z.string().nullable(),
  birthDate: CalendarDate,
  sex: z.enum(['M', 'F']),
  nikMasked: z.string().nullable(),
  pnsId: z.string().nullable(),
  nipLama: z.string().nullable(),
  legalStatus: z.string().nullable(),
  golonganInitial: z.string().nullable(),
  tmtCpns: CalendarDate.nullable(),
  tmtPns: CalendarDate.nullable(),
  tmtGolongan: CalendarDate.nullable(),
  tmtJabatan: CalendarDate.nullable(),
  serviceYears: z.number().int().nullable(),
  serviceMonths: z.number().int().nullable(),
  positionLevel: z.string().nullable(),
  educationLevel: z.string().nullable(),
  education: z.string().nullable(),
  status: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  unitId: z.number().int().nullable(),
  positionId: z.number().int().nullable(),
  /** Changes whenever the record does (a correction sends it back to refuse stale edits). */
  version: z.string(),
}).meta({ id: 'EmployeeDetail' });

export const UnitListQuery = z.object({
  /** Closed units too (names of old records, the organisation page); pickers leave them out. */
  includeClosed: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export const UnitList = z
  .object({
    items: z.array(
      z.object({
        id: z.number().int(),
        parentId: z.number().int().nullable(),
        name: z.string(),
        kind: z.string(),
        /** The unit's own employees, for readers of workforce figures (dashboard.read) within their reach; else null. */
        employeeCount: z.number().int().nullable(),
        /** The day the unit's closure took effect; null while it is open. */
        closedOn: CalendarDate.nullable(),
      }),
    ),
  })
  .meta({ id: 'UnitList' });

export const GolonganList = z
  .object({
    items: z.array(
      z.object({
        code: z.string(),
        employeeType: z.enum(['PNS', 'PPPK']),
        rank: z.number().int(),
        pangkat: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'GolonganList' });

export const Dashboard = z
  .object({
    employees: z.object({ total: z.number().int(), pns: z.number().int(), pppk: z.number().int() }),
    byUnit: z.array(z.object({ unitId: z.number().int(), name: z.string(), count: z.number().int() })),
    byGolongan: z.array(z.object({ golongan: z.string(), count: z.number().int() })),
    byPositionKind: z.array(z.object({ kind: z.string(), count: z.number().int() })),
  })
  .meta({ id: 'Dashboard' });
