import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ImportIssuePage } from '../../../api/types';
import { apiRequest, apiUrl } from '../../../lib/api-client';

// GET /api/v1/imports/:jobId/issues — rows the import rejected (errors) or accepted with warnings.
// GET /api/v1/imports/:jobId/issues.xlsx — the same as a spreadsheet, downloaded by a plain link.

export function getImportIssues(jobId: string, page: number, pageSize: number, signal?: AbortSignal) {
  return apiRequest<ImportIssuePage>(`/imports/${encodeURIComponent(jobId)}/issues`, {
    query: { page, pageSize },
    signal,
  });
}

export function importIssuesQueryOptions(jobId: string, page: number, pageSize: number) {
  return queryOptions({
    queryKey: ['imports', jobId, 'issues', { page, pageSize }],
    queryFn: ({ signal }) => getImportIssues(jobId, page, pageSize, signal),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useImportIssues(jobId: string, page: number, pageSize: number, enabled: boolean) {
  return useQuery({ ...importIssuesQueryOptions(jobId, page, pageSize), enabled });
}

export function importIssuesReportUrl(jobId: string): string {
  return apiUrl(`/imports/${encodeURIComponent(jobId)}/issues.xlsx`);
}

/** The template of an import kind; the employee template kept its address from before the others. */
export function importTemplateUrl(
  format: 'xlsx' | 'csv',
  kind: 'employees' | 'units' | 'positions' = 'employees',
): string {
  return apiUrl(kind === 'employees' ? `/imports/template.${format}` : `/imports/${kind}/template.${format}`);
}
