import type { CorrectEmployeeRequest, EmployeeDetail } from '../../../api/types';

// The correction form's values (text inputs: '' for empty) and what to send: only the fields the
// admin changed, empty texts and dates as null, ids as numbers, with the version that was read.

export interface CorrectionForm {
  name: string;
  frontTitle: string;
  backTitle: string;
  sex: 'M' | 'F';
  birthDate: string;
  status: string;
  unitId: string | null;
  positionId: string | null;
  golongan: string | null;
  tmtCpns: string;
  tmtPns: string;
  tmtGolongan: string;
  tmtJabatan: string;
  educationLevel: string;
  education: string;
}

const TEXTS = ['frontTitle', 'backTitle', 'educationLevel', 'education'] as const;
const DATES = ['tmtCpns', 'tmtPns', 'tmtGolongan', 'tmtJabatan'] as const;

export function formOf(employee: EmployeeDetail): CorrectionForm {
  return {
    name: employee.name,
    frontTitle: employee.frontTitle ?? '',
    backTitle: employee.backTitle ?? '',
    sex: employee.sex,
    birthDate: employee.birthDate,
    status: employee.status,
    unitId: employee.unitId === null ? null : String(employee.unitId),
    positionId: employee.positionId === null ? null : String(employee.positionId),
    golongan: employee.golongan,
    tmtCpns: employee.tmtCpns ?? '',
    tmtPns: employee.tmtPns ?? '',
    tmtGolongan: employee.tmtGolongan ?? '',
    tmtJabatan: employee.tmtJabatan ?? '',
    educationLevel: employee.educationLevel ?? '',
    education: employee.education ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The request for the fields that differ from `initial`, or null when nothing does. */
export function correctionBody(
  initial: CorrectionForm,
  values: CorrectionForm,
  version: string,
): CorrectEmployeeRequest | null {
  const body: CorrectEmployeeRequest = { version };
  if (values.name.trim() !== initial.name.trim()) body.name = values.name.trim();
  for (const field of TEXTS)
    if (orNull(values[field]) !== orNull(initial[field])) body[field] = orNull(values[field]);
  for (const field of DATES) if (values[field] !== initial[field]) body[field] = values[field] || null;
  if (values.sex !== initial.sex) body.sex = values.sex;
  if (values.birthDate !== initial.birthDate) body.birthDate = values.birthDate;
  if (values.status !== initial.status) body.status = values.status as CorrectEmployeeRequest['status'];
  if (values.golongan !== initial.golongan) body.golongan = values.golongan;
  if (values.unitId !== initial.unitId && values.unitId !== null) body.unitId = Number(values.unitId);
  if (values.positionId !== initial.positionId) {
    body.positionId = values.positionId === null ? null : Number(values.positionId);
  }
  return Object.keys(body).length > 1 ? body : null;
}
