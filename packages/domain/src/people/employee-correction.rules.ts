import { isCalendarDate } from '../shared/calendar-date';
import { type Golongan, golonganRank, normalizeGolongan } from './golongan';
import { type EmployeeType, type Sex, validateEmployeeNumber } from './nip.rules';

// An admin correcting one employee's record by hand. The import is the registry's feed; this is
// for the record that is wrong today and cannot wait for the next file. The same rules as the
// import apply, with the same messages: the NIP (the identity, not editable) fixes the birth date
// and sex, dates cannot precede birth, golongan must exist for PNS or PPPK.

/** Whether the person still works for the government; 'nonaktif' leaves audiences and pickers. */
export const EMPLOYEE_STATUSES = ['aktif', 'nonaktif'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

/** Fields an admin may correct; ids of unit and position are checked by the service. */
export const CORRECTABLE_FIELDS = [
  'name',
  'frontTitle',
  'backTitle',
  'sex',
  'birthDate',
  'status',
  'unitId',
  'positionId',
  'golongan',
  'tmtCpns',
  'tmtPns',
  'tmtGolongan',
  'tmtJabatan',
  'educationLevel',
  'education',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const CORRECTION_DATE_FIELDS = ['tmtCpns', 'tmtPns', 'tmtGolongan', 'tmtJabatan'] as const;
type DateField = (typeof CORRECTION_DATE_FIELDS)[number];

export interface CorrectionInput {
  name?: string;
  frontTitle?: string | null;
  backTitle?: string | null;
  sex?: Sex;
  birthDate?: string;
  status?: EmployeeStatus;
  golongan?: string | null;
  tmtCpns?: string | null;
  tmtPns?: string | null;
  tmtGolongan?: string | null;
  tmtJabatan?: string | null;
  educationLevel?: string | null;
  education?: string | null;
}

export interface CorrectionIssue {
  field: CorrectableField;
  code: string;
  params?: Record<string, string | number>;
}

/** The input as stored: texts trimmed (empty is null), golongan as its code with its rank. */
export type CorrectionValues = Omit<CorrectionInput, 'golongan'> & {
  golongan?: Golongan | null;
  golonganRank?: number | null;
};

export type CorrectionResult =
  | { ok: true; values: CorrectionValues; warnings: CorrectionIssue[] }
  | { ok: false; errors: CorrectionIssue[]; warnings: CorrectionIssue[] };

const TEXT_FIELDS = ['frontTitle', 'backTitle', 'educationLevel', 'education'] as const;

function cleanText(value: string | null): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/**
 * Validates a correction of the employee with this NIP and type. Only the fields present are
 * checked and returned; `today` is the government's date (rules never read the clock).
 */
export function validateCorrection(
  employee: { nip: string; employeeType: EmployeeType },
  input: CorrectionInput,
  options: { today: string },
): CorrectionResult {
  const errors: CorrectionIssue[] = [];
  const warnings: CorrectionIssue[] = [];
  const values: CorrectionValues = {};
  const number = validateEmployeeNumber(employee.nip, employee.employeeType, {});
  const nip = number.ok ? number : null;

  if (input.name !== undefined) values.name = cleanText(input.name) ?? '';
  if (values.name === '') errors.push({ field: 'name', code: 'row.required', params: { column: 'name' } });
  for (const field of TEXT_FIELDS) {
    const value = input[field];
    if (value !== undefined) values[field] = cleanText(value);
  }
  if (input.status !== undefined) values.status = input.status;

  if (input.birthDate !== undefined) {
    if (nip && input.birthDate !== nip.birthDate) {
      errors.push({
        field: 'birthDate',
        code: 'row.birthDateMismatch',
        params: { value: input.birthDate, nipBirthDate: nip.birthDate },
      });
    }
    values.birthDate = input.birthDate;
  }
  if (input.sex !== undefined) {
    if (nip && input.sex !== nip.sex) {
      errors.push({
        field: 'sex',
        code: 'row.sexMismatch',
        params: { value: input.sex === 'M' ? 'L' : 'P', digit: nip.sex === 'M' ? '1' : '2' },
      });
    }
    values.sex = input.sex;
  }

  if (input.golongan !== undefined) {
    const text = cleanText(input.golongan);
    if (text === null) {
      values.golongan = null;
      values.golonganRank = null;
    } else {
      const result = normalizeGolongan(text, employee.employeeType);
      if (result.ok) {
        values.golongan = result.code;
        values.golonganRank = golonganRank(result.code);
      } else {
        errors.push({ field: 'golongan', code: result.code, params: result.params });
      }
    }
  }

  const birthDate = nip?.birthDate ?? null;
  for (const field of CORRECTION_DATE_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    values[field] = value;
    if (value !== null) checkDate(field, value, birthDate, options.today, errors, warnings);
  }
  if (employee.employeeType === 'PPPK' && input.tmtPns) {
    errors.push({ field: 'tmtPns', code: 'employee.tmtPnsForPppk' });
  }
  if (nip?.employeeType === 'PNS' && input.tmtCpns && input.tmtCpns.slice(0, 7) !== nip.tmtCpns) {
    warnings.push({
      field: 'tmtCpns',
      code: 'row.tmtCpnsMismatch',
      params: { value: input.tmtCpns, nipTmt: nip.tmtCpns },
    });
  }
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, values, warnings };
}

/** As in the import: an appointment date cannot precede birth; one after today is only suspicious. */
function checkDate(
  field: DateField,
  value: string,
  birthDate: string | null,
  today: string,
  errors: CorrectionIssue[],
  warnings: CorrectionIssue[],
): void {
  if (!isCalendarDate(value)) {
    errors.push({ field, code: 'date.invalid', params: { value } });
  } else if (birthDate !== null && value < birthDate) {
    errors.push({ field, code: 'row.dateBeforeBirth', params: { value, birthDate } });
  } else if (value > today) {
    warnings.push({ field, code: 'row.futureDate', params: { value } });
  }
}
