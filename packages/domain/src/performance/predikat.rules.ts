import type { FungsionalLevel } from '../people/position';
import { daysInMonth, toCalendarDate } from '../shared/calendar-date';
import { roundHalfUp } from '../surveys/ikm.rules';

// At the end of each period and of the year an ASN's performance (kinerja) gets two ratings, its
// results (hasil kerja) and its behaviour (perilaku kerja), each against the expectations set when
// the SKP was planned. Together they give the predikat, and the predikat gives a fungsional
// position its credit points. The words SIASN and the regulations print are official terms, so
// they live here as data, not in i18n.

/** PP 30/2019 jo. PermenPANRB 6/2022: a rating is Di Atas, Sesuai or Di Bawah Ekspektasi. */
export const RATINGS = ['above', 'meets', 'below'] as const;
export type Rating = (typeof RATINGS)[number];

/** PermenPANRB 6/2022: the five predikat kinerja, best first. */
export const PREDIKATS = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type Predikat = (typeof PREDIKATS)[number];

/** The ratings as SIASN and the SKP form write them. */
export const RATING_WORDS: Record<Rating, string> = {
  above: 'Di Atas Ekspektasi',
  meets: 'Sesuai Ekspektasi',
  below: 'Di Bawah Ekspektasi',
};

/** The predikat as SIASN writes them; the regulation prints 'Kurang/Misconduct' for kurang. */
export const PREDIKAT_WORDS: Record<Predikat, string> = {
  sangat_baik: 'Sangat Baik',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang',
  sangat_kurang: 'Sangat Kurang',
};

/**
 * PermenPANRB 6/2022, lampiran (PP 30/2019): the predikat kinerja matrix, rows hasil kerja,
 * columns perilaku kerja. Behaviour below expectations is Kurang/Misconduct whatever the results.
 */
const MATRIX: Record<Rating, Record<Rating, Predikat>> = {
  above: { below: 'kurang', meets: 'baik', above: 'sangat_baik' },
  meets: { below: 'kurang', meets: 'baik', above: 'baik' },
  below: { below: 'sangat_kurang', meets: 'butuh_perbaikan', above: 'butuh_perbaikan' },
};

/** PermenPANRB 6/2022, lampiran: predikat = matrix[hasil kerja][perilaku kerja]. */
export function predikatOf(hasilKerja: Rating, perilakuKerja: Rating): Predikat {
  return MATRIX[hasilKerja][perilakuKerja];
}

/** 0 for Sangat Baik up to 4 for Sangat Kurang. */
export function predikatRank(predikat: Predikat): number {
  return PREDIKATS.indexOf(predikat);
}

/** Whether a predikat is `min` or better (a promotion asks for at least Baik). */
export function atLeast(predikat: Predikat, min: Predikat): boolean {
  return predikatRank(predikat) <= predikatRank(min);
}

export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}

export function isPredikat(value: unknown): value is Predikat {
  return typeof value === 'string' && (PREDIKATS as readonly string[]).includes(value);
}

/** SIASN codes a rating 1 (di atas), 2 (sesuai), 3 (di bawah ekspektasi). */
export type SiasnRatingCode = 1 | 2 | 3;
/** SIASN codes a predikat as its kuadran: 1 Sangat Baik … 5 Sangat Kurang. */
export type KuadranCode = 1 | 2 | 3 | 4 | 5;

/** A whole number from a SIASN code cell: 2, '2', ' 02 '; anything else is NaN. */
function codeNumber(code: number | string): number {
  const text = String(code).trim();
  return /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN;
}

/** SIASN rw-skp22: hasilKinerja and perilakuKerja are 1, 2 or 3; null for anything else. */
export function ratingFromSiasn(code: number | string): Rating | null {
  return RATINGS[codeNumber(code) - 1] ?? null;
}

export function ratingToSiasn(rating: Rating): SiasnRatingCode {
  return (RATINGS.indexOf(rating) + 1) as SiasnRatingCode;
}

/** SIASN rw-skp22: kuadranKinerja 1 to 5; null for anything else. */
export function predikatFromKuadran(code: number | string): Predikat | null {
  return PREDIKATS[codeNumber(code) - 1] ?? null;
}

export function predikatToKuadran(predikat: Predikat): KuadranCode {
  return (predikatRank(predikat) + 1) as KuadranCode;
}

/** PermenPANRB 1/2023: a year's credit points are this percentage of the jenjang's coefficient. */
export const CREDIT_PERCENTAGE: Record<Predikat, number> = {
  sangat_baik: 150,
  baik: 100,
  butuh_perbaikan: 75,
  kurang: 50,
  sangat_kurang: 25,
};

/** PermenPANRB 1/2023: the yearly credit-point coefficient of each fungsional jenjang. */
export const FUNCTIONAL_COEFFICIENTS: Record<FungsionalLevel, number> = {
  ahli_pertama: 12.5,
  ahli_muda: 25,
  ahli_madya: 37.5,
  ahli_utama: 50,
  pemula: 3.75,
  terampil: 5,
  mahir: 12.5,
  penyelia: 25,
};

/** Decimals a credit-point figure keeps. */
export const CREDIT_DECIMALS = 3;

/**
 * PermenPANRB 1/2023: angka kredit = koefisien × persentase predikat × bulan/12, rounded half up
 * to three decimals. Throws a RangeError for a negative coefficient or months outside 0–12.
 */
export function annualCreditPoints(coefficient: number, predikat: Predikat, months = 12): number {
  if (!Number.isFinite(coefficient) || coefficient < 0) {
    throw new RangeError(`coefficient ${coefficient} is not a non-negative number`);
  }
  if (!Number.isInteger(months) || months < 0 || months > 12) {
    throw new RangeError(`months ${months} is not a whole number from 0 to 12`);
  }
  // One division at the end keeps 2.8125 (3.75 × 75% × 12/12) exact, so it rounds up to 2.813.
  return roundHalfUp((coefficient * CREDIT_PERCENTAGE[predikat] * months) / 1200, CREDIT_DECIMALS);
}

/** PermenPANRB 6/2022: the agency appraises periodically each month, quarter or semester. */
export const CHECK_IN_FREQUENCIES = ['monthly', 'quarterly', 'semester'] as const;
export type CheckInFrequency = (typeof CHECK_IN_FREQUENCIES)[number];

/** Months in one period of each frequency. */
export const PERIOD_MONTHS: Record<CheckInFrequency, number> = { monthly: 1, quarterly: 3, semester: 6 };

/** One appraisal period of a year: index from 1 (triwulan I = 1), months 1–12, days 'YYYY-MM-DD'. */
export interface CheckInPeriod {
  index: number;
  fromMonth: number;
  toMonth: number;
  from: string;
  to: string;
}

/** The periods of a year, in order: 12 months, 4 quarters or 2 semesters. */
export function checkInPeriods(year: number, frequency: CheckInFrequency): CheckInPeriod[] {
  const size = PERIOD_MONTHS[frequency];
  return Array.from({ length: 12 / size }, (_, i) => {
    const fromMonth = i * size + 1;
    const toMonth = fromMonth + size - 1;
    return {
      index: i + 1,
      fromMonth,
      toMonth,
      from: toCalendarDate(year, fromMonth, 1),
      to: toCalendarDate(year, toMonth, daysInMonth(year, toMonth)),
    };
  });
}

/** The index (from 1) of the period a month 1–12 falls in. Throws a RangeError for another month. */
export function periodOfMonth(month: number, frequency: CheckInFrequency): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month ${month} is not a whole number from 1 to 12`);
  }
  return Math.ceil(month / PERIOD_MONTHS[frequency]);
}
