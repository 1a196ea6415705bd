import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { jobQueryOptions } from './get-job';

// POST /api/v1/imports/{employees|units|positions|competency-standards|competency-assessments|development|performance-history} (multipart, field `file`) — 202 with the job
// that reads the file; 400/403/413/415 problems when the file is empty, headerless, too big,
// neither CSV nor XLSX, or beyond the account's reach.

export const IMPORT_KINDS = [
  'employees',
  'units',
  'positions',
  'competency-standards',
  'competency-assessments',
  'development',
  'performance-history',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

const UPLOAD_PATHS = {
  employees: '/api/v1/imports/employees',
  units: '/api/v1/imports/units',
  positions: '/api/v1/imports/positions',
  'competency-standards': '/api/v1/imports/competency-standards',
  'competency-assessments': '/api/v1/imports/competency-assessments',
  development: '/api/v1/imports/development',
  'performance-history': '/api/v1/imports/performance-history',
} as const;

/** The document's multipart body as the browser sends it; a File keeps its name. */
function multipart({ file }: { file: Blob }): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

export function uploadImport(kind: ImportKind, file: File) {
  return unwrap(api.POST(UPLOAD_PATHS[kind], { body: { file }, bodySerializer: multipart }));
}

export function useUploadImport(kind: ImportKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadImport(kind, file),
    // The 202 body is the job's first state; show it at once instead of waiting for the first poll.
    onSuccess: (job) => queryClient.setQueryData(jobQueryOptions(job.id).queryKey, job),
  });
}
