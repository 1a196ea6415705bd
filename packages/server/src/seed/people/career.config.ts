import type { PnsGolongan, PppkGolongan } from '@jenjang/domain/people/golongan';
import type { FungsionalLevel, PositionKind } from '@jenjang/domain/people/position';

// The career numbers the demo's people are made from. DOMAIN.md verifies none of them ([U]: the
// golongan names and jenjang themselves are [V], the numbers below are not), so they are data for
// the demo generator, not rules the application enforces. A verified value moves to
// packages/domain as a rule citing its regulation; until then it stays here, easy to change.

export const EDUCATION_LEVELS = ['SMA', 'D-III', 'S-1', 'S-2', 'S-3'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/**
 * [U] Golongan at appointment as CPNS by the diploma used to apply (PP 99/2000 as commonly
 * applied in CPNS selection: SMA II/a, D-III II/c, S-1 III/a, S-2 III/b, S-3 III/c).
 */
export const ENTRY_GOLONGAN: Record<EducationLevel, PnsGolongan> = {
  SMA: 'II/a',
  'D-III': 'II/c',
  'S-1': 'III/a',
  'S-2': 'III/b',
  'S-3': 'III/c',
};

/** [U] Regular promotion (kenaikan pangkat reguler): one step per this many years of service. */
export const YEARS_PER_STEP = 4;

/**
 * [U] Age at CPNS appointment: 18–35 (PP 11/2017 art. 23), and no one graduates from a degree
 * before the youngest age listed here.
 */
export const CPNS_MAX_ENTRY_AGE = 35;
export const MIN_ENTRY_AGE: Record<EducationLevel, number> = {
  SMA: 18,
  'D-III': 21,
  'S-1': 22,
  'S-2': 24,
  'S-3': 28,
};

/** [U] PPPK applicants: at least 20, and at most one year before the position's retirement age. */
export const PPPK_MIN_ENTRY_AGE = 20;

/** A position's kind and jenjang as the demo names them: 'jpt_pratama', 'fungsional:ahli_muda'. */
export type LadderKey = Exclude<PositionKind, 'fungsional'> | `fungsional:${FungsionalLevel}`;

export interface Ladder {
  /** [U] The lowest and highest golongan the position takes (leaders: what the position needs). */
  min: PnsGolongan;
  max: PnsGolongan;
  /**
   * [U] Batas usia pensiun (UU 5/2014 art. 90; PP 11/2017 art. 239): 58 for pejabat administrasi
   * and pelaksana, 60 for JPT and fungsional ahli madya, 65 for ahli utama; other fungsional 58.
   */
  retirementAge: number;
  /** How often each diploma is found in the position (weights, not shares). */
  education: Partial<Record<EducationLevel, number>>;
  /** [U] PPPK golongan for the position's jenjang (Perpres 98/2020 pay table as applied). Absent: no PPPK. */
  pppk?: PppkGolongan;
}

/**
 * [U] Ranks by position: JPT pratama IV/c–IV/d, administrator III/d–IV/b, pengawas III/c–III/d
 * (the eselon II–IV ranges of PP 100/2000 jo. PP 13/2002), fungsional by jenjang (PermenPANRB
 * 1/2023 jenjang, ranges as in the jabatan fungsional regulations), pelaksana II/a–III/d.
 */
export const LADDERS: Record<LadderKey, Ladder> = {
  jpt_utama: { min: 'IV/d', max: 'IV/e', retirementAge: 60, education: { 'S-2': 1, 'S-3': 1 } },
  jpt_madya: { min: 'IV/d', max: 'IV/e', retirementAge: 60, education: { 'S-2': 1, 'S-3': 1 } },
  jpt_pratama: { min: 'IV/c', max: 'IV/d', retirementAge: 60, education: { 'S-1': 2, 'S-2': 14, 'S-3': 3 } },
  administrator: { min: 'III/d', max: 'IV/b', retirementAge: 58, education: { 'S-1': 9, 'S-2': 11 } },
  pengawas: { min: 'III/c', max: 'III/d', retirementAge: 58, education: { 'D-III': 1, 'S-1': 14, 'S-2': 4 } },
  pelaksana: {
    min: 'II/a',
    max: 'III/d',
    retirementAge: 58,
    education: { SMA: 7, 'D-III': 5, 'S-1': 8 },
    pppk: 'V',
  },
  'fungsional:ahli_pertama': {
    min: 'III/a',
    max: 'III/b',
    retirementAge: 58,
    education: { 'S-1': 17, 'S-2': 3 },
    pppk: 'IX',
  },
  'fungsional:ahli_muda': {
    min: 'III/c',
    max: 'III/d',
    retirementAge: 58,
    education: { 'S-1': 14, 'S-2': 6 },
    pppk: 'X',
  },
  'fungsional:ahli_madya': {
    min: 'IV/a',
    max: 'IV/c',
    retirementAge: 60,
    education: { 'S-1': 8, 'S-2': 10, 'S-3': 2 },
    pppk: 'XI',
  },
  'fungsional:ahli_utama': {
    min: 'IV/d',
    max: 'IV/e',
    retirementAge: 65,
    education: { 'S-2': 1, 'S-3': 1 },
    pppk: 'XIII',
  },
  'fungsional:pemula': { min: 'II/a', max: 'II/a', retirementAge: 58, education: { SMA: 1 }, pppk: 'V' },
  'fungsional:terampil': {
    min: 'II/c',
    max: 'II/d',
    retirementAge: 58,
    education: { 'D-III': 1 },
    pppk: 'VII',
  },
  'fungsional:mahir': {
    min: 'III/a',
    max: 'III/b',
    retirementAge: 58,
    education: { 'D-III': 1 },
    pppk: 'VIII',
  },
  'fungsional:penyelia': {
    min: 'III/c',
    max: 'III/d',
    retirementAge: 58,
    education: { 'D-III': 3, 'S-1': 1 },
    pppk: 'IX',
  },
};

export function ladderKey(kind: PositionKind, level: FungsionalLevel | null): LadderKey {
  if (kind !== 'fungsional') return kind;
  if (level === null) throw new Error('a fungsional position needs its jenjang');
  return `fungsional:${level}`;
}

/** [U] PPPK pelaksana by diploma (the pelaksana ladder's `pppk` is the SMA entry). */
export const PPPK_PELAKSANA: Record<EducationLevel, PppkGolongan> = {
  SMA: 'V',
  'D-III': 'VII',
  'S-1': 'IX',
  'S-2': 'X',
  'S-3': 'XI',
};

/** Earliest year of the PPPK appointments the demo makes (the first regional intakes). */
export const FIRST_PPPK_YEAR = 2019;
