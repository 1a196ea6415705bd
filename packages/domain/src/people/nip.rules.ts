import { daysInMonth, isValidCalendarDate, toCalendarDate, yearsBetween } from '../shared/calendar-date';

export const NIP_ERROR_CODES = [
  'nip.empty',
  'nip.scientific',
  'nip.notExact',
  'nip.digits',
  'nip.length',
  'nip.birthDate',
  'nip.birthDateFuture',
  'nip.tmtMonth',
  'nip.tmtYear',
  'nip.tmtBeforeBirth',
  'nip.appointmentYear',
  'nip.sex',
  'nip.sequence',
] as const;
export type NipErrorCode = (typeof NIP_ERROR_CODES)[number];

export const NIP_WARNING_CODES = ['nip.youngAtAppointment'] as const;
export type NipWarningCode = (typeof NIP_WARNING_CODES)[number];

export const NIK_ERROR_CODES = [
  'nik.empty',
  'nik.notExact',
  'nik.digits',
  'nik.length',
  'nik.region',
  'nik.birthDate',
  'nik.sequence',
] as const;
export type NikErrorCode = (typeof NIK_ERROR_CODES)[number];

export type EmployeeType = 'PNS' | 'PPPK';
export type Sex = 'M' | 'F';
type Params = Record<string, string | number>;
export type Failure<C extends string> = { ok: false; code: C; params?: Params };

export interface NipOptions {
  /** Minimum age at appointment; younger only warns because the rule is unverified. */
  minAgeAtAppointment?: number;
  /** 'YYYY-MM-DD'; when given, birth dates after it and appointments far after it are rejected. */
  today?: string;
}

export interface ValidNip {
  ok: true;
  employeeType: 'PNS';
  nip: string;
  birthDate: string;
  tmtCpns: string;
  sex: Sex;
  sequence: number;
  /** Whole years of age at the end of the TMT CPNS month, the basis of the age warning. */
  ageAtAppointment: number;
  warnings: NipWarningCode[];
}

export interface ValidNiPppk {
  ok: true;
  employeeType: 'PPPK';
  nip: string;
  birthDate: string;
  appointmentYear: number;
  contractCode: string;
  sex: Sex;
  sequence: number;
  /** Whole years of age at the end of the appointment year, the basis of the age warning. */
  ageAtAppointment: number;
  warnings: NipWarningCode[];
}

export type NipResult = ValidNip | Failure<NipErrorCode>;
export type NiPppkResult = ValidNiPppk | Failure<NipErrorCode>;

/** [U] PP 11/2017 art. 23 sets 18 for CPNS applicants; unverified as a NIP check, so it only warns. */
export const DEFAULT_MIN_AGE_AT_APPOINTMENT = 18;
/** Plausibility bounds for appointment years: the republic's civil service, and PPPK (UU 5/2014). */
export const EARLIEST_TMT_CPNS_YEAR = 1945;
export const EARLIEST_PPPK_YEAR = 2014;
const NIP_LENGTH = 18;
const NIK_LENGTH = 16;

// Excel keeps 15 significant digits and JS numbers are exact only up to 2^53, so an 18-digit
// NIP (or a 16-digit NIK) that arrives as a number has already lost digits.
const EXCEL_EXACT_LIMIT = 1e15;
const SCIENTIFIC = /^\d+(?:[.,]\d+)?e\+?\d+$/i;

type Digits<C extends string> = { ok: true; value: string } | Failure<C>;

function digitsOfNumber<C extends string>(raw: number, notExact: C, notDigits: C): Digits<C> {
  const value = String(raw);
  if (raw >= EXCEL_EXACT_LIMIT) return { ok: false, code: notExact, params: { value } };
  if (!Number.isInteger(raw) || raw < 0) return { ok: false, code: notDigits, params: { value } };
  return { ok: true, value };
}

/** Strips what people type between digit groups (spaces, dots, dashes, Excel's text apostrophe). */
export function normalizeNip(raw: string | number): Digits<NipErrorCode> {
  if (typeof raw === 'number') return digitsOfNumber(raw, 'nip.notExact', 'nip.digits');
  const text = raw.trim();
  if (text === '') return { ok: false, code: 'nip.empty' };
  if (SCIENTIFIC.test(text)) return { ok: false, code: 'nip.scientific', params: { value: text } };
  const value = text.replace(/^'/, '').replace(/[\s.\-\u2010-\u2015]/g, '');
  if (!/^\d+$/.test(value)) return { ok: false, code: 'nip.digits', params: { value: text } };
  return { ok: true, value };
}

function normalizedOfLength(raw: string | number, length: number): Digits<NipErrorCode> {
  const normalized = normalizeNip(raw);
  if (!normalized.ok || normalized.value.length === length) return normalized;
  const { value } = normalized;
  return { ok: false, code: 'nip.length', params: { length: value.length, value } };
}

/** The first 8 digits of a NIP or NI PPPK: YYYYMMDD of birth. */
function birthDateOf(digits: string, today: string | undefined): Digits<NipErrorCode> {
  const y = Number(digits.slice(0, 4));
  const m = Number(digits.slice(4, 6));
  const d = Number(digits.slice(6, 8));
  if (y < 1900 || !isValidCalendarDate(y, m, d)) {
    return { ok: false, code: 'nip.birthDate', params: { value: digits.slice(0, 8) } };
  }
  const value = toCalendarDate(y, m, d);
  if (today !== undefined && value > today) {
    return { ok: false, code: 'nip.birthDateFuture', params: { value } };
  }
  return { ok: true, value };
}

type SexAndSequence = { ok: true; sex: Sex; sequence: number } | Failure<NipErrorCode>;

/** Digit 15 is the sex (1 male, 2 female), digits 16–18 the sequence from 001. */
function sexAndSequence(digits: string): SexAndSequence {
  const sexDigit = digits.charAt(14);
  if (sexDigit !== '1' && sexDigit !== '2') {
    return { ok: false, code: 'nip.sex', params: { value: sexDigit } };
  }
  const sequence = Number(digits.slice(15, 18));
  if (sequence < 1) return { ok: false, code: 'nip.sequence', params: { value: digits.slice(15, 18) } };
  return { ok: true, sex: sexDigit === '1' ? 'M' : 'F', sequence };
}

function latestAppointmentYear(today: string | undefined): number {
  // Appointments are announced ahead, so next year's TMT is plausible; beyond that it is a typo.
  return today === undefined ? 9999 : Number(today.slice(0, 4)) + 1;
}

function ageWarnings(age: number, options: NipOptions): NipWarningCode[] {
  const minAge = options.minAgeAtAppointment ?? DEFAULT_MIN_AGE_AT_APPOINTMENT;
  return age < minAge ? ['nip.youngAtAppointment'] : [];
}

/** Perka BKN 22/2007: NIP = birth date (8) · TMT CPNS year-month (6) · sex (1) · sequence (3) */
export function validateNip(raw: string | number, options: NipOptions = {}): NipResult {
  const normalized = normalizedOfLength(raw, NIP_LENGTH);
  if (!normalized.ok) return normalized;
  const nip = normalized.value;
  const birth = birthDateOf(nip, options.today);
  if (!birth.ok) return birth;

  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  if (tmtMonth < 1 || tmtMonth > 12) {
    return { ok: false, code: 'nip.tmtMonth', params: { value: nip.slice(12, 14) } };
  }
  if (tmtYear < EARLIEST_TMT_CPNS_YEAR || tmtYear > latestAppointmentYear(options.today)) {
    return { ok: false, code: 'nip.tmtYear', params: { value: tmtYear } };
  }
  const tmtCpns = `${nip.slice(8, 12)}-${nip.slice(12, 14)}`;
  if (tmtCpns <= birth.value.slice(0, 7)) {
    return { ok: false, code: 'nip.tmtBeforeBirth', params: { tmt: tmtCpns, birthDate: birth.value } };
  }

  const tail = sexAndSequence(nip);
  if (!tail.ok) return tail;
  const age = yearsBetween(birth.value, toCalendarDate(tmtYear, tmtMonth, daysInMonth(tmtYear, tmtMonth)));
  return {
    ok: true,
    employeeType: 'PNS',
    nip,
    birthDate: birth.value,
    tmtCpns,
    sex: tail.sex,
    sequence: tail.sequence,
    ageAtAppointment: age,
    warnings: ageWarnings(age, options),
  };
}

/** BKN: NI PPPK = birth date (8) · first appointment year (4) · contract code (2) · sex (1) · sequence (3) */
export function validateNiPppk(raw: string | number, options: NipOptions = {}): NiPppkResult {
  const normalized = normalizedOfLength(raw, NIP_LENGTH);
  if (!normalized.ok) return normalized;
  const nip = normalized.value;
  const birth = birthDateOf(nip, options.today);
  if (!birth.ok) return birth;

  const appointmentYear = Number(nip.slice(8, 12));
  if (appointmentYear < EARLIEST_PPPK_YEAR || appointmentYear > latestAppointmentYear(options.today)) {
    return { ok: false, code: 'nip.appointmentYear', params: { value: appointmentYear } };
  }
  if (appointmentYear <= Number(birth.value.slice(0, 4))) {
    return {
      ok: false,
      code: 'nip.tmtBeforeBirth',
      params: { tmt: appointmentYear, birthDate: birth.value },
    };
  }
  const tail = sexAndSequence(nip);
  if (!tail.ok) return tail;
  // Only the year is known, so the age is taken at its last day: warn only when surely too young.
  const age = yearsBetween(birth.value, `${nip.slice(8, 12)}-12-31`);
  return {
    ok: true,
    employeeType: 'PPPK',
    nip,
    birthDate: birth.value,
    appointmentYear,
    contractCode: nip.slice(12, 14),
    sex: tail.sex,
    sequence: tail.sequence,
    ageAtAppointment: age,
    warnings: ageWarnings(age, options),
  };
}

export function validateEmployeeNumber(
  raw: string | number,
  type: EmployeeType,
  options: NipOptions = {},
): NipResult | NiPppkResult {
  return type === 'PNS' ? validateNip(raw, options) : validateNiPppk(raw, options);
}

/** '19850312 201001 1 003': the grouping printed on SK and ID cards. Other input comes back trimmed. */
export function formatNip(nip: string): string {
  const normalized = normalizeNip(nip);
  if (!normalized.ok || normalized.value.length !== NIP_LENGTH) return nip.trim();
  const d = normalized.value;
  return `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}`;
}

export interface ValidNik {
  ok: true;
  nik: string;
  /** Birth day, month and two-digit year as encoded; the century is not in a NIK. */
  birthDay: number;
  birthMonth: number;
  birthYearTwoDigits: number;
  sex: Sex;
}
export type NikResult = ValidNik | Failure<NikErrorCode>;

function normalizeNik(raw: string | number): Digits<NikErrorCode> {
  if (typeof raw === 'number') return digitsOfNumber(raw, 'nik.notExact', 'nik.digits');
  const text = raw.trim();
  if (text === '') return { ok: false, code: 'nik.empty' };
  if (SCIENTIFIC.test(text)) return { ok: false, code: 'nik.notExact', params: { value: text } };
  const value = text.replace(/^'/, '').replace(/[\s.-]/g, '');
  if (!/^\d+$/.test(value)) return { ok: false, code: 'nik.digits', params: { value: text } };
  if (value.length !== NIK_LENGTH) {
    return { ok: false, code: 'nik.length', params: { length: value.length, value } };
  }
  return { ok: true, value };
}

/** UU 24/2013 (Adminduk), Dukcapil: NIK = region (6) · DDMMYY birth, day + 40 for women · sequence (4) */
export function validateNik(raw: string | number): NikResult {
  const normalized = normalizeNik(raw);
  if (!normalized.ok) return normalized;
  const nik = normalized.value;
  if (Number(nik.slice(0, 2)) < 11 || nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00') {
    return { ok: false, code: 'nik.region', params: { value: nik.slice(0, 6) } };
  }
  const encodedDay = Number(nik.slice(6, 8));
  const day = encodedDay > 40 ? encodedDay - 40 : encodedDay;
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  // Without the century, accept a day that exists in either 19YY or 20YY (29-02-00 is real in 2000).
  if (!isValidCalendarDate(1900 + yy, month, day) && !isValidCalendarDate(2000 + yy, month, day)) {
    return { ok: false, code: 'nik.birthDate', params: { value: nik.slice(6, 12) } };
  }
  if (nik.slice(12) === '0000') return { ok: false, code: 'nik.sequence', params: { value: nik.slice(12) } };
  return {
    ok: true,
    nik,
    birthDay: day,
    birthMonth: month,
    birthYearTwoDigits: yy,
    sex: encodedDay > 40 ? 'F' : 'M',
  };
}

/** UU 27/2022 (personal data): lists show a NIK as region code and last two digits only. */
export function maskNik(nik: string): string {
  const value = nik.replace(/\s/g, '');
  if (value.length <= 8) return '*'.repeat(value.length);
  return value.slice(0, 6) + '*'.repeat(value.length - 8) + value.slice(-2);
}
