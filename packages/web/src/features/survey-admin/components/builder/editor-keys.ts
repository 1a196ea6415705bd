// Keys of questions, options, statements and sections: /^[a-z][a-z0-9_]{0,39}$/, stable across
// versions so that waves stay comparable. New ones are derived from the Indonesian text.

export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const MAX_LENGTH = 40;

/** 'Seberapa puas Anda?' → 'seberapa_puas_anda': whole words, accents dropped, at most 40 characters. */
export function keyFromText(text: string, fallback: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let key = '';
  for (const word of words) {
    const next = key ? `${key}_${word}` : word;
    if (next.length > MAX_LENGTH) break;
    key = next;
  }
  if (!key && words[0]) key = words[0].slice(0, MAX_LENGTH);
  if (!key) return fallback;
  return /^[a-z]/.test(key) ? key : `${fallback}_${key}`.slice(0, MAX_LENGTH).replace(/_+$/, '');
}

/** `base`, or `base_2`, `base_3`… (still within 40 characters) when it is taken. */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, MAX_LENGTH - suffix.length).replace(/_+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
