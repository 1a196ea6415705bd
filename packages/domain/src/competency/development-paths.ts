// The paths of competency development (Perlan LAN 10/2018, DOMAIN.md §3: codes from a secondary
// mirror of the regulation, kept as reference data): pendidikan (formal study, no code of its own
// here), pelatihan klasikal KL01–KL12 and pelatihan nonklasikal NKL01–NKL13.

export const DEVELOPMENT_PATHS = {
  KL01: { id: 'Pelatihan Struktural Kepemimpinan', en: 'Structural leadership training' },
  KL02: { id: 'Pelatihan Manajerial', en: 'Managerial training' },
  KL03: { id: 'Pelatihan Teknis', en: 'Technical training' },
  KL04: { id: 'Pelatihan Fungsional', en: 'Functional training' },
  KL05: { id: 'Pelatihan Sosial Kultural', en: 'Sociocultural training' },
  KL06: { id: 'Seminar/Konferensi/Sarasehan', en: 'Seminar, conference or forum' },
  KL07: { id: 'Workshop/Lokakarya', en: 'Workshop' },
  KL08: { id: 'Kursus', en: 'Course' },
  KL09: { id: 'Penataran', en: 'Upgrading course (penataran)' },
  KL10: { id: 'Bimbingan Teknis', en: 'Technical guidance (bimtek)' },
  KL11: { id: 'Sosialisasi', en: 'Briefing (sosialisasi)' },
  KL12: { id: 'Pelatihan klasikal lainnya', en: 'Other classroom training' },
  NKL01: { id: 'Coaching', en: 'Coaching' },
  NKL02: { id: 'Mentoring', en: 'Mentoring' },
  NKL03: { id: 'E-learning', en: 'E-learning' },
  NKL04: { id: 'Pelatihan Jarak Jauh', en: 'Distance training' },
  NKL05: { id: 'Detasering', en: 'Secondment (detasering)' },
  NKL06: { id: 'Pembelajaran Alam Terbuka', en: 'Outdoor learning' },
  NKL07: { id: 'Patok Banding', en: 'Benchmarking' },
  NKL08: { id: 'Pertukaran Pegawai', en: 'Staff exchange' },
  NKL09: { id: 'Belajar Mandiri', en: 'Self-study' },
  NKL10: { id: 'Komunitas Belajar', en: 'Learning community' },
  NKL11: { id: 'Bimbingan di Tempat Kerja', en: 'On-the-job guidance' },
  NKL12: { id: 'Magang/Praktik Kerja', en: 'Internship or work placement' },
  NKL13: { id: 'Pelatihan nonklasikal lainnya', en: 'Other non-classroom training' },
} as const;

export type DevelopmentPath = keyof typeof DEVELOPMENT_PATHS;
export const DEVELOPMENT_PATH_CODES = Object.keys(DEVELOPMENT_PATHS) as DevelopmentPath[];

export function isDevelopmentPath(code: string): code is DevelopmentPath {
  return Object.hasOwn(DEVELOPMENT_PATHS, code);
}

/** KL03, kl-3, NKL 9: the path's code as stored, or null when it names none. */
export function parseDevelopmentPath(text: string): DevelopmentPath | null {
  const match = /^(N?KL)[\s.\-_]*0*(\d{1,2})$/i.exec(text.trim());
  if (!match) return null;
  const code = `${match[1]!.toUpperCase()}${match[2]!.padStart(2, '0')}`;
  return isDevelopmentPath(code) ? code : null;
}

/** What SIASN's history keeps: training (diklat) and courses (kursus); Jenjang's programs add theirs. */
export const DEVELOPMENT_KINDS = ['diklat', 'kursus', 'program'] as const;
export type DevelopmentKind = (typeof DEVELOPMENT_KINDS)[number];
