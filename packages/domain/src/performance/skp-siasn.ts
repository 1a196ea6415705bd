import type { PnsGolongan } from '../people/golongan';
import {
  type CheckInFrequency,
  PREDIKAT_WORDS,
  PREDIKATS,
  type Predikat,
  predikatFromKuadran,
  RATING_WORDS,
  RATINGS,
  type Rating,
  ratingFromSiasn,
} from './predikat.rules';

// How SIASN writes the values of an SKP record (rw-skp22, kinerja periodik), read and written the
// same way by the import and the export. SIASN gives ratings and predikat twice, as a code and as a
// word; files made by hand use either.

const lower = (text: string) => text.toLowerCase();

/** A rating code (1–3) or SIASN's word ('Di Atas Ekspektasi') in any case; null for anything else. */
export function parseRating(text: string): Rating | null {
  return ratingFromSiasn(text) ?? RATINGS.find((r) => lower(RATING_WORDS[r]) === lower(text)) ?? null;
}

/**
 * A kuadran (1–5) or a predikat word in any case; the regulation's 'Kurang/Misconduct' and its
 * 'Misconduct' alone both read as kurang. Null for anything else.
 */
export function parsePredikat(text: string): Predikat | null {
  const word = lower(text).replace(/\s*\/\s*/g, '/');
  if (word === 'misconduct' || word === 'kurang/misconduct') return 'kurang';
  return predikatFromKuadran(text) ?? PREDIKATS.find((p) => lower(PREDIKAT_WORDS[p]) === word) ?? null;
}

/** SIASN statusPenilai: whether the pejabat penilai kinerja is a civil servant. */
export const ASSESSOR_STATUSES = ['ASN', 'NON ASN'] as const;
export type AssessorStatus = (typeof ASSESSOR_STATUSES)[number];

/** 'ASN', 'asn', 'NON ASN', 'Non-ASN', 'NONASN'; null for anything else. */
export function parseAssessorStatus(text: string): AssessorStatus | null {
  const letters = text.toUpperCase().replace(/[^A-Z]/g, '');
  return letters === 'ASN' ? 'ASN' : letters === 'NONASN' ? 'NON ASN' : null;
}

/** The word SIASN writes in periodik for each frequency. */
export const PERIODIK_WORDS: Record<CheckInFrequency, string> = {
  monthly: 'bulanan',
  quarterly: 'triwulan',
  semester: 'semester',
};

// The -an forms are how people say them.
const FREQUENCY_BY_WORD: Record<string, CheckInFrequency> = {
  bulanan: 'monthly',
  triwulan: 'quarterly',
  triwulanan: 'quarterly',
  semester: 'semester',
  semesteran: 'semester',
};

/** 'Bulanan', 'triwulan', 'SEMESTER' (or 'triwulanan', 'semesteran'); null for anything else. */
export function parsePeriodik(text: string): CheckInFrequency | null {
  return FREQUENCY_BY_WORD[lower(text)] ?? null;
}

const ROMAN_DIGIT: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** SIASN numbers golongan as golongan digit + ruang digit: III/b is '32' (golonganFromSiasnId's inverse). */
export function golonganToSiasnId(code: PnsGolongan): string {
  const [roman = '', ruang = ''] = code.split('/');
  return `${ROMAN_DIGIT[roman]}${'abcde'.indexOf(ruang) + 1}`;
}
