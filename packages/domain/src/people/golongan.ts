import type { EmployeeType } from './nip.rules';

// Pangkat names are official titles (proper names), so they live here as data, not in i18n.

/** PP 99/2000 jo. PP 12/2002: PNS golongan/ruang I/a–IV/e and their pangkat */
export const PNS_GOLONGAN = [
  { code: 'I/a', pangkat: 'Juru Muda' },
  { code: 'I/b', pangkat: 'Juru Muda Tk. I' },
  { code: 'I/c', pangkat: 'Juru' },
  { code: 'I/d', pangkat: 'Juru Tk. I' },
  { code: 'II/a', pangkat: 'Pengatur Muda' },
  { code: 'II/b', pangkat: 'Pengatur Muda Tk. I' },
  { code: 'II/c', pangkat: 'Pengatur' },
  { code: 'II/d', pangkat: 'Pengatur Tk. I' },
  { code: 'III/a', pangkat: 'Penata Muda' },
  { code: 'III/b', pangkat: 'Penata Muda Tk. I' },
  { code: 'III/c', pangkat: 'Penata' },
  { code: 'III/d', pangkat: 'Penata Tk. I' },
  { code: 'IV/a', pangkat: 'Pembina' },
  { code: 'IV/b', pangkat: 'Pembina Tk. I' },
  { code: 'IV/c', pangkat: 'Pembina Utama Muda' },
  { code: 'IV/d', pangkat: 'Pembina Utama Madya' },
  { code: 'IV/e', pangkat: 'Pembina Utama' },
] as const;

/** Perpres 98/2020: PPPK golongan I–XVII; any mapping onto PNS golongan is unverified */
export const PPPK_GOLONGAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;

export type PnsGolongan = (typeof PNS_GOLONGAN)[number]['code'];
export type PppkGolongan = (typeof PPPK_GOLONGAN)[number];
export type Golongan = PnsGolongan | PppkGolongan;

export const GOLONGAN_ERROR_CODES = ['golongan.unknown', 'golongan.mismatch'] as const;
export type GolonganErrorCode = (typeof GOLONGAN_ERROR_CODES)[number];

export type NormalizeGolonganResult =
  | { ok: true; code: Golongan }
  | { ok: false; code: GolonganErrorCode; params: Record<string, string> };

const PNS_CODES: readonly string[] = PNS_GOLONGAN.map((g) => g.code);
const ROMAN_BY_DIGIT: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };

export function isPnsGolongan(value: string): value is PnsGolongan {
  return PNS_CODES.includes(value);
}

export function isPppkGolongan(value: string): value is PppkGolongan {
  return (PPPK_GOLONGAN as readonly string[]).includes(value);
}

/** Rank 1–17 within its own scheme (PNS I/a = 1 … IV/e = 17; PPPK I = 1 … XVII = 17), for sorting. */
export function golonganRank(code: Golongan): number {
  return isPnsGolongan(code) ? PNS_CODES.indexOf(code) + 1 : PPPK_GOLONGAN.indexOf(code) + 1;
}

export function pangkatOf(code: PnsGolongan): string {
  return PNS_GOLONGAN.find((g) => g.code === code)?.pangkat ?? '';
}

/** SIASN (BKN) numbers golongan as golongan digit + ruang digit: 11 = I/a, 32 = III/b, 45 = IV/e. */
export function golonganFromSiasnId(id: string | number): PnsGolongan | null {
  const match = /^([1-4])([1-5])$/.exec(String(id).trim());
  if (!match) return null;
  const ruang = 'abcde'.charAt(Number(match[2]) - 1);
  const code = `${ROMAN_BY_DIGIT[match[1] ?? '']}/${ruang}`;
  return isPnsGolongan(code) ? code : null;
}

/**
 * Reads a golongan as real files write it: 'III/a', 'III/A', 'III a', '3a', '3/a', 'III-a',
 * a pangkat name, 'Penata Muda / III/a', SIASN ids like '32' (PNS); 'IX', '9', 'IX (sembilan)' (PPPK).
 */
export function normalizeGolongan(raw: string | number, employeeType: EmployeeType): NormalizeGolonganResult {
  const value = String(raw).replace(/\s+/g, ' ').trim();
  const unknown = { ok: false, code: 'golongan.unknown', params: { value, employeeType } } as const;
  if (employeeType === 'PPPK') {
    const code = pppkGolongan(value);
    return code ? { ok: true, code } : unknown;
  }
  const fromSiasn = golonganFromSiasnId(value);
  if (fromSiasn) return { ok: true, code: fromSiasn };
  return pnsGolongan(value) ?? unknown;
}

function withoutLabel(text: string): string {
  return text.replace(/^(pangkat\s*\/\s*golongan|golongan\s*\/\s*ruang|golongan|gol\.?|ruang)\s*:?\s*/i, '');
}

function pppkGolongan(value: string): PppkGolongan | null {
  // '(sembilan)' spells the number out; the numeral before it is what counts.
  const core = withoutLabel(value)
    .replace(/\(.*\)/, '')
    .trim()
    .toUpperCase();
  if (isPppkGolongan(core)) return core;
  const n = /^\d{1,2}$/.test(core) ? Number(core) : 0;
  return PPPK_GOLONGAN[n - 1] ?? null;
}

// Golongan (roman or arabic) and ruang letter, not inside a word: 'III/a', '3 a', 'IV-e'.
const PNS_CODE_PATTERN = /(?<![a-z])(IV|III|II|I|[1-4])\s*[/\-.]?\s*([a-e])(?![a-z])/i;

function pnsGolongan(value: string): NormalizeGolonganResult | null {
  const text = withoutLabel(value);
  const match = PNS_CODE_PATTERN.exec(text);
  const byCode = match ? codeFromParts(match[1] ?? '', match[2] ?? '') : null;
  const rest = match ? text.replace(match[0], ' ') : text;
  const byPangkat = pangkatToCode(rest);
  if (byCode && byPangkat && byCode !== byPangkat) {
    return {
      ok: false,
      code: 'golongan.mismatch',
      params: { value, golongan: byCode, pangkat: pangkatOf(byPangkat) },
    };
  }
  const code = byCode ?? byPangkat;
  if (!code) return null;
  // Text beyond a code and its pangkat ('III/a Kepala Seksi') means we misread the cell.
  if (byCode && !byPangkat && cleanName(rest) !== '') return null;
  return { ok: true, code };
}

function codeFromParts(golongan: string, ruang: string): PnsGolongan | null {
  const roman = ROMAN_BY_DIGIT[golongan] ?? golongan.toUpperCase();
  const code = `${roman}/${ruang.toLowerCase()}`;
  return isPnsGolongan(code) ? code : null;
}

/** 'Penata Muda Tingkat I', 'penata muda tk.i', 'PENATA MUDA TK I' all name III/b. */
function cleanName(text: string): string {
  return text
    .toLowerCase()
    .replace(/\btingkat\b/g, 'tk')
    .replace(/[.,;:()/-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const CODE_BY_PANGKAT = new Map<string, PnsGolongan>(PNS_GOLONGAN.map((g) => [cleanName(g.pangkat), g.code]));

function pangkatToCode(text: string): PnsGolongan | null {
  return CODE_BY_PANGKAT.get(cleanName(text)) ?? null;
}
