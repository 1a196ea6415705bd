import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, apiHref, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { ImportKind } from './upload-import';

// GET /api/v1/imports/:jobId/issues — rows the import rejected (errors) or accepted with warnings.
// GET /api/v1/imports/:jobId/issues.xlsx — the same as a spreadsheet, downloaded by a plain link.

export function getImportIssues(jobId: string, page: number, pageSize: number, signal?: AbortSignal) {
  return unwrap(
    api.GET('/api/v1/imports/{id}/issues', {
      params: { path: { id: jobId }, query: { page, pageSize } },
      signal,
    }),
  );
}

export function importIssuesQueryOptions(jobId: string, page: number, pageSize: number) {
  return queryOptions({
    queryKey: queryKeys.imports.issues(jobId, page, pageSize),
    queryFn: ({ signal }) => getImportIssues(jobId, page, pageSize, signal),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useImportIssues(jobId: string, page: number, pageSize: number, enabled: boolean) {
  return useQuery({ ...importIssuesQueryOptions(jobId, page, pageSize), enabled });
}

export function importIssuesReportUrl(jobId: string): string {
  return apiHref('/api/v1/imports/{id}/issues.xlsx', { path: { id: jobId } });
}

const TEMPLATE_PATHS = {
  employees: { xlsx: '/api/v1/imports/template.xlsx', csv: '/api/v1/imports/template.csv' },
  units: { xlsx: '/api/v1/imports/units/template.xlsx', csv: '/api/v1/imports/units/template.csv' },
  positions: {
    xlsx: '/api/v1/imports/positions/template.xlsx',
    csv: '/api/v1/imports/positions/template.csv',
  },
  'competency-standards': {
    xlsx: '/api/v1/imports/competency-standards/template.xlsx',
    csv: '/api/v1/imports/competency-standards/template.csv',
  },
  'competency-assessments': {
    xlsx: '/api/v1/imports/competency-assessments/template.xlsx',
    csv: '/api/v1/imports/competency-assessments/template.csv',
  },
  development: {
    xlsx: '/api/v1/imports/development/template.xlsx',
    csv: '/api/v1/imports/development/template.csv',
  },
  'performance-history': {
    xlsx: '/api/v1/imports/performance-history/template.xlsx',
    csv: '/api/v1/imports/performance-history/template.csv',
  },
} as const;

/** The template of an import kind; the employee template kept its address from before the others. */
export function importTemplateUrl(format: 'xlsx' | 'csv', kind: ImportKind = 'employees'): string {
  return apiHref(TEMPLATE_PATHS[kind][format]);
}
