import { IKM_DECIMALS, NRR_DECIMALS } from '@jenjang/domain/surveys/ikm.rules';
import type { Language } from '../../../i18n/languages';

// Figures of a results page as the reader's language writes them: 82,15 in Indonesian, 82.15 in
// English. The server sends full precision (IKM and NRR already rounded half up as the
// regulation prints them); these only fix the number of decimals shown.

/** Means are shown to 2 decimals: enough to tell 3.25 from 3.30 on a 1–5 scale. */
export const MEAN_DECIMALS = 2;
/** Shares to at most 1 decimal: 33,3%. */
export const PERCENT_DECIMALS = 1;

export function formatDecimal(value: number, decimals: number, language: Language): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** PermenPANRB 14/2017 prints the IKM to 2 decimals (88,31). */
export function formatIkm(ikm: number, language: Language): string {
  return formatDecimal(ikm, IKM_DECIMALS, language);
}

/** PermenPANRB 14/2017 prints NRR and weighted NRR to 4 decimals (3,5324). */
export function formatNrr(nrr: number, language: Language): string {
  return formatDecimal(nrr, NRR_DECIMALS, language);
}

/** A mean, or null when nobody answered (shown as a dash by the caller). */
export function formatMean(mean: number | null, language: Language): string | null {
  return mean === null ? null : formatDecimal(mean, MEAN_DECIMALS, language);
}

/** A share the API gives in percent (0–100), not as a fraction. */
export function formatShare(percent: number | null, language: Language): string | null {
  if (percent === null) return null;
  return new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: PERCENT_DECIMALS,
  }).format(percent / 100);
}

/** A change with its sign, '+0,40' or '-0,40'; no sign for a change that rounds to zero. */
export function formatChange(change: number, decimals: number, language: Language): string {
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: 'exceptZero',
  }).format(change);
}

/** A wave's answering window in the viewer's time zone, as one range: '1–31 Jan 2025, 08.00 …'. */
export function formatWindow(opensAt: string, closesAt: string, language: Language): string {
  const from = Date.parse(opensAt);
  const to = Date.parse(closesAt);
  if (Number.isNaN(from) || Number.isNaN(to)) return `${opensAt} – ${closesAt}`;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).formatRange(from, to);
}
