import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiHref, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { fetchWithUploadProgress } from '../../../lib/upload-progress';

// GET/POST /api/v1/policies/:id/indicators/:indicatorId/measurements (multipart: the fields and
// the evidence `file`), POST …/measurements/:measurementId/withdrawal, GET …/attachments/:id — a
// manual indicator's values, entered with their evidence.

export interface MeasurementInput {
  measuredOn: string;
  value: string;
  note: string;
  dataSource: string;
  file: File | null;
}

export function useMeasurements(policyId: number, indicatorId: number) {
  return useQuery({
    queryKey: queryKeys.policies.measurements(policyId, indicatorId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/policies/{id}/indicators/{indicatorId}/measurements', {
          params: { path: { id: policyId, indicatorId } },
          signal,
        }),
      ),
  });
}

/** The fields, then the file: a server reading the stream meets the values before the bytes. */
function multipart(input: MeasurementInput): FormData {
  const form = new FormData();
  form.append('measuredOn', input.measuredOn);
  form.append('value', input.value);
  if (input.note.trim()) form.append('note', input.note);
  form.append('dataSource', input.dataSource);
  if (input.file) form.append('file', input.file);
  return form;
}

/** Enters a value; `onProgress` hears how much of the file was sent. */
export function useAddMeasurement(
  policyId: number,
  indicatorId: number,
  onProgress: (fraction: number) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeasurementInput) =>
      unwrap(
        api.POST('/api/v1/policies/{id}/indicators/{indicatorId}/measurements', {
          params: { path: { id: policyId, indicatorId } },
          // The document names the file field only; the values travel beside it (multipart below).
          body: { file: input.file ?? new Blob([]) },
          bodySerializer: () => multipart(input),
          fetch: fetchWithUploadProgress(onProgress),
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.policies.measurements(policyId, indicatorId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.policies.indicators(policyId) }),
      ]),
  });
}

export function useWithdrawMeasurement(policyId: number, indicatorId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ measurementId, reason }: { measurementId: number; reason: string }) =>
      unwrap(
        api.POST('/api/v1/policies/{id}/indicators/{indicatorId}/measurements/{measurementId}/withdrawal', {
          params: { path: { id: policyId, indicatorId, measurementId } },
          body: { reason },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.policies.measurements(policyId, indicatorId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.policies.indicators(policyId) }),
      ]),
  });
}

export function attachmentHref(policyId: number, indicatorId: number, attachmentId: number): string {
  return apiHref('/api/v1/policies/{id}/indicators/{indicatorId}/attachments/{attachmentId}', {
    path: { id: policyId, indicatorId, attachmentId },
  });
}
