import { normalizeNip } from '@jenjang/domain/people/nip.rules';

const NIP_LENGTH = 18;

/**
 * The one form of what someone typed as their login: a NIP (or NI PPPK) typed with spaces, dots or
 * dashes becomes its 18 digits, anything else a trimmed, lowercased username. Lookup and failure
 * counting both use it, so "1985 0312 …" and "19850312…" are the same login to the throttle.
 */
export function normaliseLogin(typed: string): string {
  const text = typed.normalize('NFKC').trim();
  const nip = normalizeNip(text);
  if (nip.ok && nip.value.length === NIP_LENGTH) return nip.value;
  return text.toLowerCase();
}
