import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Job } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { jobQueryOptions } from './get-job';

// POST /api/v1/imports/employees (multipart, field `file`) — 202 with the job that reads the file;
// 400/413/415 problems when the file is empty, headerless, too big, or neither CSV nor XLSX.

export function uploadEmployees(file: File): Promise<Job> {
  const formData = new FormData();
  formData.append('file', file, file.name);
  return apiRequest<Job>('/imports/employees', { method: 'POST', formData });
}

export function useUploadEmployees() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadEmployees,
    // The 202 body is the job's first state; show it at once instead of waiting for the first poll.
    onSuccess: (job) => queryClient.setQueryData(jobQueryOptions(job.id).queryKey, job),
  });
}
