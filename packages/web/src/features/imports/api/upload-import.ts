import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Job } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { jobQueryOptions } from './get-job';

// POST /api/v1/imports/{employees|units|positions} (multipart, field `file`) — 202 with the job
// that reads the file; 400/403/413/415 problems when the file is empty, headerless, too big,
// neither CSV nor XLSX, or beyond the account's reach.

export const IMPORT_KINDS = ['employees', 'units', 'positions'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function uploadImport(kind: ImportKind, file: File): Promise<Job> {
  const formData = new FormData();
  formData.append('file', file, file.name);
  return apiRequest<Job>(`/imports/${kind}`, { method: 'POST', formData });
}

export function useUploadImport(kind: ImportKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadImport(kind, file),
    // The 202 body is the job's first state; show it at once instead of waiting for the first poll.
    onSuccess: (job) => queryClient.setQueryData(jobQueryOptions(job.id).queryKey, job),
  });
}
