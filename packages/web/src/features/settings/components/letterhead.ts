import { normalizeNip, validateNip } from '@jenjang/domain/people/nip.rules';
import type { Letterhead } from '../../../api/types';

/** The letterhead as the form holds it: text, empty for a field not set. */
export type LetterheadForm = { [K in keyof Letterhead]: string };

/** The longest each field may be (migration 0052, LetterheadBody). */
export const LETTERHEAD_MAX: Record<keyof Letterhead, number> = {
  agency: 200,
  address: 300,
  signerName: 200,
  signerTitle: 200,
  signerNip: 18,
};

const FIELDS = Object.keys(LETTERHEAD_MAX) as (keyof Letterhead)[];

export function letterheadForm(letterhead: Letterhead): LetterheadForm {
  return Object.fromEntries(FIELDS.map((key) => [key, letterhead[key] ?? ''])) as LetterheadForm;
}

/** What the form sends: trimmed, null for an empty field, the NIP as its digits. */
export function letterheadBody(form: LetterheadForm): Letterhead {
  const body = Object.fromEntries(
    FIELDS.map((key) => [key, form[key].trim() === '' ? null : form[key].trim()]),
  ) as Letterhead;
  if (body.signerNip !== null) {
    const normalized = normalizeNip(body.signerNip);
    if (normalized.ok) body.signerNip = normalized.value;
  }
  return body;
}

export type LetterheadProblem =
  | { kind: 'tooLong'; max: number }
  | { kind: 'nip'; code: string; params: Record<string, string | number> };

/** What is wrong with the letterhead, field by field (the server holds the same rules). */
export function letterheadProblems(
  form: LetterheadForm,
): Partial<Record<keyof Letterhead, LetterheadProblem>> {
  const body = letterheadBody(form);
  const problems: Partial<Record<keyof Letterhead, LetterheadProblem>> = {};
  for (const key of FIELDS) {
    if (key !== 'signerNip' && (body[key]?.length ?? 0) > LETTERHEAD_MAX[key]) {
      problems[key] = { kind: 'tooLong', max: LETTERHEAD_MAX[key] };
    }
  }
  if (body.signerNip !== null) {
    const result = validateNip(body.signerNip);
    if (!result.ok) problems.signerNip = { kind: 'nip', code: result.code, params: result.params ?? {} };
  }
  return problems;
}

export function sameLetterhead(a: Letterhead, b: Letterhead): boolean {
  return FIELDS.every((key) => a[key] === b[key]);
}
