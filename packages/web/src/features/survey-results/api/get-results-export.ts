import type { Language } from '../../../i18n/languages';
import { apiHref } from '../../../lib/api-client';

// GET /api/v1/survey-waves/:id/results.xlsx and .csv — the same figures as the page, under the
// same hiding rule, labelled in `lang`: plain downloads.

export function resultsExportUrl(waveId: number, format: 'xlsx' | 'csv', lang: Language): string {
  const parameters = { path: { id: waveId }, query: { lang } };
  return format === 'xlsx'
    ? apiHref('/api/v1/survey-waves/{id}/results.xlsx', parameters)
    : apiHref('/api/v1/survey-waves/{id}/results.csv', parameters);
}
