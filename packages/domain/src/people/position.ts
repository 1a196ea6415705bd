/** UU 20/2023: managerial (JPT, administrator, pengawas) and non-managerial (fungsional, pelaksana) */
export const POSITION_KINDS = [
  'jpt_utama',
  'jpt_madya',
  'jpt_pratama',
  'administrator',
  'pengawas',
  'fungsional',
  'pelaksana',
] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

export type PositionGroup = 'manajerial' | 'nonmanajerial';

export function positionGroup(kind: PositionKind): PositionGroup {
  return kind === 'fungsional' || kind === 'pelaksana' ? 'nonmanajerial' : 'manajerial';
}

/** PermenPANRB 1/2023: jenjang of fungsional positions, keahlian then keterampilan, lowest first */
export const FUNGSIONAL_LEVELS = [
  'ahli_pertama',
  'ahli_muda',
  'ahli_madya',
  'ahli_utama',
  'pemula',
  'terampil',
  'mahir',
  'penyelia',
] as const;
export type FungsionalLevel = (typeof FUNGSIONAL_LEVELS)[number];
export type FungsionalCategory = 'keahlian' | 'keterampilan';

export function fungsionalCategory(level: FungsionalLevel): FungsionalCategory {
  return level.startsWith('ahli_') ? 'keahlian' : 'keterampilan';
}

export const POSITION_ERROR_CODES = ['position.unknownKind'] as const;
export type PositionErrorCode = (typeof POSITION_ERROR_CODES)[number];
export const POSITION_WARNING_CODES = ['position.eselonRequired'] as const;
export type PositionWarningCode = (typeof POSITION_WARNING_CODES)[number];

export type NormalizePositionResult =
  | { ok: true; kind: PositionKind }
  | { ok: false; code: PositionErrorCode | PositionWarningCode; params: { value: string } };

// First match wins, so 'Jabatan Fungsional Umum' (now pelaksana) is tested before 'fungsional'.
const KIND_PATTERNS: readonly [RegExp, PositionKind][] = [
  [/\b(jabatan )?fungsional umum\b|^jfu$|\bpelaksana\b/, 'pelaksana'],
  [/\bfungsional\b|^jft?$/, 'fungsional'],
  [/\b(jabatan )?pimpinan tinggi utama\b|\bjpt utama\b/, 'jpt_utama'],
  [/\b(jabatan )?pimpinan tinggi madya\b|\bjpt madya\b/, 'jpt_madya'],
  [/\b(jabatan )?pimpinan tinggi pratama\b|\bjpt pratama\b/, 'jpt_pratama'],
  [/\badministrator\b/, 'administrator'],
  [/\bpengawas\b/, 'pengawas'],
];

/**
 * UU 5/2014 art. 131: eselon I → JPT madya, II → JPT pratama, III → administrator, IV → pengawas,
 * V → pelaksana. (An eselon I.a head of a non-ministerial agency is JPT utama; no region has one.)
 */
const KIND_BY_ESELON: Record<string, PositionKind> = {
  I: 'jpt_madya',
  II: 'jpt_pratama',
  III: 'administrator',
  IV: 'pengawas',
  V: 'pelaksana',
};
const ROMAN_BY_DIGIT: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV', '5': 'V' };

function clean(text: string): string {
  return text.toLowerCase().replace(/[_.]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The eselon level ('III') in an eselon value or a text mentioning it: 'III.a', 'III/b', '3a',
 * SIASN ids like '31', 'Eselon IV.a', 'Kepala Bidang (Eselon III.b)'.
 */
export function parseEselon(text: string | null | undefined): string | null {
  const value = (text ?? '').trim();
  const bare = /^(V|IV|III|II|I|[1-5])\s*[./\- ]?\s*([ab12])?$/i.exec(value);
  const mentioned = /\beselon\s*(V|IV|III|II|I|[1-5])(?:\s*[./-]?\s*[ab])?\b/i.exec(value);
  const level = (bare ?? mentioned)?.[1];
  if (level === undefined) return null;
  return ROMAN_BY_DIGIT[level] ?? level.toUpperCase();
}

/**
 * Maps a jenis jabatan as SIASN/SIMPEG files write it onto UU 20/2023 kinds. Old data says
 * 'Struktural' and gives an eselon, either as its own value or inside a text ('Eselon III.a').
 */
export function normalizePositionKind(raw: string, eselon?: string | null): NormalizePositionResult {
  const text = clean(raw);
  const value = raw.trim();
  const byEselon = () => eselonKind(parseEselon(eselon) ?? parseEselon(raw), value);
  if (/\bstruktural\b|^eselon\b/.test(text)) return byEselon();
  for (const [pattern, kind] of KIND_PATTERNS) {
    if (pattern.test(text)) return { ok: true, kind };
  }
  return { ok: false, code: 'position.unknownKind', params: { value } };
}

function eselonKind(level: string | null, value: string): NormalizePositionResult {
  const kind = level === null ? undefined : KIND_BY_ESELON[level];
  return kind ? { ok: true, kind } : { ok: false, code: 'position.eselonRequired', params: { value } };
}

// Ahli levels first: 'Ahli Madya' must not be read as 'Madya' of anything else.
const LEVEL_PATTERNS: readonly [RegExp, FungsionalLevel][] = [
  [/\bahli pertama\b/, 'ahli_pertama'],
  [/\bahli muda\b/, 'ahli_muda'],
  [/\bahli madya\b/, 'ahli_madya'],
  [/\bahli utama\b/, 'ahli_utama'],
  [/\bpemula\b/, 'pemula'],
  [/\bterampil\b/, 'terampil'],
  // Before 2019 'Pelaksana Lanjutan' was the jenjang now called Mahir.
  [/\bmahir\b|\bpelaksana lanjutan\b/, 'mahir'],
  [/\bpenyelia\b/, 'penyelia'],
];

/** PermenPANRB 1/2023: the jenjang named inside a fungsional position name ('Analis SDM Aparatur Ahli Muda'). */
export function inferFungsionalLevel(positionName: string): FungsionalLevel | null {
  const text = clean(positionName);
  return LEVEL_PATTERNS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

export function isPositionKind(value: unknown): value is PositionKind {
  return typeof value === 'string' && (POSITION_KINDS as readonly string[]).includes(value);
}

export function isFungsionalLevel(value: unknown): value is FungsionalLevel {
  return typeof value === 'string' && (FUNGSIONAL_LEVELS as readonly string[]).includes(value);
}

export const POSITION_LEVEL_CODES = ['position.levelRequired', 'position.levelNotAllowed'] as const;
export type PositionLevelCode = (typeof POSITION_LEVEL_CODES)[number];

/**
 * PermenPANRB 1/2023: a fungsional position has exactly one jenjang (keahlian or keterampilan);
 * no other kind has one. Returns what is wrong, or null.
 */
export function checkPositionLevel(
  kind: PositionKind,
  level: FungsionalLevel | null,
): PositionLevelCode | null {
  if (kind === 'fungsional') return level === null ? 'position.levelRequired' : null;
  return level === null ? null : 'position.levelNotAllowed';
}

export const POSITION_NAME_MAX = 200;
