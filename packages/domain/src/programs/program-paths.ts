import { DEVELOPMENT_PATH_CODES, DEVELOPMENT_PATHS } from '../competency/development-paths';

// The paths a program may take: Perlan LAN 10/2018's classroom and non-classroom training
// (KL01–KL12, NKL01–NKL13, development-paths.ts) and its first path, pendidikan — formal degree
// study, tugas belajar — which the regulation gives no code: Jenjang names it PEND. A program on it
// is a scholarship call (scholarship.rules.ts): no JP, no attendance, no certificate.

export const STUDY_PATH = 'PEND';

export const PROGRAM_PATHS = {
  [STUDY_PATH]: { id: 'Pendidikan (tugas belajar)', en: 'Degree study (scholarship)' },
  ...DEVELOPMENT_PATHS,
} as const;

export const PROGRAM_PATH_CODES = [STUDY_PATH, ...DEVELOPMENT_PATH_CODES] as const;
export type ProgramPath = (typeof PROGRAM_PATH_CODES)[number];
