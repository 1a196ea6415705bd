import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EmployeeDetail } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/employees/:id — the signed-in employee's own record (the only one a pegawai reads).

export function getOwnRecord(id: number, signal?: AbortSignal): Promise<EmployeeDetail> {
  return apiRequest<EmployeeDetail>(`/employees/${id}`, { signal });
}

export function ownRecordQueryOptions(id: number) {
  return queryOptions({
    queryKey: ['dashboard', 'own-record', id],
    queryFn: ({ signal }) => getOwnRecord(id, signal),
  });
}

export function useOwnRecord(id: number) {
  return useQuery(ownRecordQueryOptions(id));
}
