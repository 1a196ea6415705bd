import { pick, type Random } from '../demo-people';
import type { EducationLevel } from './career.config';

// Academic and professional titles as Indonesian personnel records write them (gelar depan and
// gelar belakang). A title follows the profession the position names: only a Dokter is "dr.",
// a Bidan holds a midwifery diploma, a Guru an education degree.

export const PROFESSIONS = ['dokter', 'bidan', 'perawat', 'guru', 'komputer', 'sdm', 'umum'] as const;
export type Profession = (typeof PROFESSIONS)[number];

/** The profession a position name says: 'Bidan Terampil' is a midwife, 'Camat Timur' is not. */
export function professionOf(positionName: string): Profession {
  if (/^Dokter\b/.test(positionName)) return 'dokter';
  if (/^Bidan\b/.test(positionName)) return 'bidan';
  if (/^Perawat\b/.test(positionName)) return 'perawat';
  if (/^Guru\b/.test(positionName)) return 'guru';
  if (/^Pranata Komputer\b/.test(positionName)) return 'komputer';
  if (/^Analis Sumber Daya Manusia\b/.test(positionName)) return 'sdm';
  return 'umum';
}

/** The diplomas a profession's staff hold, when narrower than their position's (weights). */
export const PROFESSION_EDUCATION: Partial<Record<Profession, Partial<Record<EducationLevel, number>>>> = {
  // A doctor's first degree is S-1 plus the profession; some add a master's (M.Kes.).
  dokter: { 'S-1': 4, 'S-2': 1 },
  guru: { 'S-1': 6, 'S-2': 1 },
};

const FIRST_DEGREES: Record<Profession, readonly string[]> = {
  dokter: [],
  bidan: ['S.Keb., Bd.', 'S.Tr.Keb.'],
  perawat: ['S.Kep., Ners'],
  guru: ['S.Pd.', 'S.Pd.', 'S.Pd.I.', 'S.Si.'],
  komputer: ['S.Kom.', 'S.T.'],
  sdm: ['S.Psi.', 'S.AP.', 'S.Sos.', 'S.H.'],
  umum: ['S.E.', 'S.H.', 'S.Sos.', 'S.IP.', 'S.AP.', 'S.Ak.', 'S.T.', 'S.Kom.', 'S.Stat.'],
};
const DIPLOMAS: Record<Profession, string> = {
  dokter: 'A.Md.',
  bidan: 'A.Md.Keb.',
  perawat: 'A.Md.Kep.',
  guru: 'A.Md.Pd.',
  komputer: 'A.Md.Kom.',
  sdm: 'A.Md.',
  umum: 'A.Md.',
};
const MASTERS: Record<Profession, readonly string[]> = {
  dokter: ['M.Kes.', 'M.K.M.'],
  bidan: ['M.Keb.'],
  perawat: ['M.Kep.'],
  guru: ['M.Pd.'],
  komputer: ['M.Kom.', 'M.T.'],
  sdm: ['M.Si.', 'M.Psi.', 'M.AP.'],
  umum: ['M.Si.', 'M.M.', 'M.AP.', 'M.H.', 'M.Ec.Dev.'],
};

export interface Titles {
  frontTitle: string | null;
  backTitle: string | null;
}

export function titlesFor(random: Random, profession: Profession, education: EducationLevel): Titles {
  if (profession === 'dokter') {
    return { frontTitle: 'dr.', backTitle: education === 'S-2' ? pick(random, MASTERS.dokter) : null };
  }
  switch (education) {
    case 'SMA':
      return { frontTitle: null, backTitle: null };
    case 'D-III':
      return { frontTitle: null, backTitle: DIPLOMAS[profession] };
    case 'S-1':
      return { frontTitle: null, backTitle: pick(random, FIRST_DEGREES[profession]) };
    case 'S-2':
      return {
        frontTitle: null,
        backTitle: `${pick(random, FIRST_DEGREES[profession])}, ${pick(random, MASTERS[profession])}`,
      };
    case 'S-3':
      return {
        frontTitle: 'Dr.',
        backTitle: `${pick(random, FIRST_DEGREES[profession])}, ${pick(random, MASTERS[profession])}`,
      };
  }
}
