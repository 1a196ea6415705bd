// Tingkat pendidikan as registries write it: 'S-2', 'Strata 1', 'D-III', 'Diploma IV', 'SMA', 'SLTA
// Kejuruan', 'S-3/Doktor', 'Magister Administrasi Publik'. SIASN names the levels SD, SLTP, SLTA,
// D-I … D-IV, S-1, S-2, S-3; schools of one level (SMA, SMK, MA, STM, Paket C) count as it.

/** The levels of formal education (UU 20/2003 on the national education system), lowest first. */
export const EDUCATION_LEVELS = ['SD', 'SMP', 'SLTA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** 1 (SD) … 10 (S3): a higher level ranks higher. */
export function educationLevelRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level) + 1;
}

// Tried in this order and each match taken out of the text before the next is tried, so the longer
// names win: 'Pasca Sarjana' is S2 and 'Sarjana Terapan' D4, not S1; 'Sarjana Muda' (the old
// bachelor's) is D3. A bare 'di' (the preposition) is never D1: D-I needs a separator ('D-I', 'D I').
const PATTERNS: readonly (readonly [EducationLevel, RegExp])[] = [
  ['S3', /\b(s ?3|s iii|strata (3|iii|tiga)|doktoral|doktor|doctoral|doctor|ph ?d)\b/g],
  ['S2', /\b(s ?2|s ii|strata (2|ii|dua)|magister|master|pasca ?sarjana)\b/g],
  ['D4', /\b(sarjana terapan|d ?4|d iv|div|diploma (4|iv|empat))\b/g],
  ['D3', /\b(sarjana muda|d ?3|d iii|diii|diploma (3|iii|tiga))\b/g],
  ['D2', /\b(d ?2|d ii|dii|diploma (2|ii|dua))\b/g],
  ['D1', /\b(d ?1|d i|diploma (1|i|satu))\b/g],
  ['S1', /\b(s ?1|s i|strata (1|i|satu)|sarjana)\b/g],
  [
    'SLTA',
    /\b(slta|sma|smu|smk|smkk|smea|stm|spg|spk|sekolah menengah (atas|kejuruan|umum)|madrasah aliyah|paket c)\b/g,
  ],
  ['SMP', /\b(sltp|smp|mts|madrasah tsanawiyah|sekolah menengah pertama|paket b)\b/g],
  ['SD', /\b(sd|sekolah dasar|madrasah ibtidaiyah|paket a)\b/g],
];

// Two letters that are a school only when they are the whole cell: MA (madrasah aliyah), MI
// (madrasah ibtidaiyah). Inside a longer text they are too often something else.
const WHOLE_CELL: Readonly<Record<string, EducationLevel>> = { ma: 'SLTA', mi: 'SD' };

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.\-_/,;:()'"]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The education level a registry's text names, or null when it names none or names two different
 * ones ('SD/SMP': the record must say which). Free text around the level is allowed ('S-1 Teknik
 * Sipil', 'SMK Negeri 2'). Specialist and professional programmes (Sp-1, profesi) are not read: how
 * they rank against S2/S3 is for the government to record.
 */
export function educationLevelOf(text: string | null): EducationLevel | null {
  if (text === null) return null;
  let rest = normalize(text);
  const whole = WHOLE_CELL[rest];
  if (whole) return whole;
  const found = new Set<EducationLevel>();
  for (const [level, pattern] of PATTERNS) {
    rest = rest.replace(pattern, () => {
      found.add(level);
      return ' ';
    });
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
