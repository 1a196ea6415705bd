import { z } from 'zod';
import { CalendarDate, textLine } from '../shared/common.contract';
import { EmployeeDetail } from './employee.contract';
import { EMPLOYEE_STATUSES } from './employee-correction.rules';

// An admin correcting one employee's record. Only the fields sent change; the NIP (the identity)
// is not among them. `version` is the record's version as read: a record changed since (by
// another admin or an import) answers 409 instead of being overwritten.

// Empty clears the field (the rules store null).
const Text = (max: number) => textLine(max, { min: 0 }).nullable();

export const CorrectEmployeeBody = z
  .object({
    version: z.string().min(1).max(20),
    name: textLine(200).optional(),
    frontTitle: Text(50).optional(),
    backTitle: Text(80).optional(),
    sex: z.enum(['M', 'F']).optional(),
    birthDate: CalendarDate.optional(),
    status: z.enum(EMPLOYEE_STATUSES).optional(),
    unitId: z.number().int().positive().optional(),
    positionId: z.number().int().positive().nullable().optional(),
    golongan: Text(40).optional(),
    tmtCpns: CalendarDate.nullable().optional(),
    tmtPns: CalendarDate.nullable().optional(),
    tmtGolongan: CalendarDate.nullable().optional(),
    tmtJabatan: CalendarDate.nullable().optional(),
    educationLevel: Text(40).optional(),
    education: Text(200).optional(),
  })
  .strict()
  .meta({ id: 'CorrectEmployee' });

export const EmployeeCorrected = z
  .object({
    employee: EmployeeDetail,
    /** Fields changed by this correction (empty when nothing differed). */
    changed: z.array(z.string()),
    /** What was saved but looks doubtful (a date in the future, a TMT CPNS unlike the NIP's). */
    warnings: z.array(z.object({ field: z.string(), message: z.string() })),
  })
  .meta({ id: 'EmployeeCorrected' });
