// What identifies a regional government (pemerintah daerah) when one is set up: its Kemendagri
// region code, its kind, its name and the short name (slug) the command line and usernames use.

export const GOVERNMENT_KINDS = ['provinsi', 'kabupaten', 'kota'] as const;
export type GovernmentKind = (typeof GOVERNMENT_KINDS)[number];

export function isGovernmentKind(value: unknown): value is GovernmentKind {
  return typeof value === 'string' && (GOVERNMENT_KINDS as readonly string[]).includes(value);
}

/** A city's (kota's) own two digits start here in every Kemendagri code seen; kabupaten stay below. */
export const FIRST_CITY_NUMBER = 71;

export type RegionCodeCheck =
  | { ok: true; code: string; warning: 'kotaNumber' | 'kabupatenNumber' | null }
  | { ok: false; reason: 'provinsiFormat' | 'regencyFormat' };

const PROVINCE = /^[1-9][0-9]$/;
const REGENCY = /^([1-9][0-9])\.(0[1-9]|[1-9][0-9])$/;

/**
 * Permendagri 137/2017 jo. 72/2019 (kode dan data wilayah administrasi pemerintahan): a province has a
 * two-digit code (21 Kepulauan Riau), a kabupaten or kota its province's two digits, a dot and
 * two of its own (21.72 Kota Tanjungpinang). Kota are numbered from 71 and kabupaten below that
 * in every published code [U as a rule]: a mismatch is a warning, not a refusal.
 */
export function checkRegionCode(input: string, kind: GovernmentKind): RegionCodeCheck {
  const code = input.trim();
  if (kind === 'provinsi')
    return PROVINCE.test(code) ? { ok: true, code, warning: null } : fail('provinsiFormat');
  const match = REGENCY.exec(code);
  if (!match) return fail('regencyFormat');
  const own = Number(match[2]);
  if (kind === 'kota' && own < FIRST_CITY_NUMBER) return { ok: true, code, warning: 'kotaNumber' };
  if (kind === 'kabupaten' && own >= FIRST_CITY_NUMBER) return { ok: true, code, warning: 'kabupatenNumber' };
  return { ok: true, code, warning: null };
}

const fail = (reason: 'provinsiFormat' | 'regencyFormat'): RegionCodeCheck => ({ ok: false, reason });

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 48;

/**
 * A short name for the command line (`--tenant kota-tanjungpinang`) from the government's name:
 * lowercase ASCII letters and digits joined by hyphens, accents dropped. Null when nothing is left.
 * The kind stays in it, since Kota Bogor and Kabupaten Bogor are two governments.
 */
export function slugFromName(name: string): string | null {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
  return slug === '' ? null : slug;
}

export const NAME_MIN = 3;
export const NAME_MAX = 120;

/** A government's name as people write it ("Kota Tanjungpinang"): spaces tidied, 3–120 characters. */
export function normalizeGovernmentName(name: string): string | null {
  const tidy = name.trim().replace(/\s+/g, ' ');
  return tidy.length >= NAME_MIN && tidy.length <= NAME_MAX ? tidy : null;
}

/** The first admin's login name when none is given: admin.<slug>, cut to the 64 characters a login may have. */
export function defaultAdminUsername(slug: string): string {
  return `admin.${slug}`.slice(0, 64).replace(/[-.]+$/, '');
}
