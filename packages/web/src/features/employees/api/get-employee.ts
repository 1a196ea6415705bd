import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EmployeeDetail } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/employees/:id — 404 when missing or outside the caller's reach.

export function getEmployee(id: number, signal?: AbortSignal): Promise<EmployeeDetail> {
  return apiRequest<EmployeeDetail>(`/employees/${id}`, { signal });
}

export function employeeQueryOptions(id: number) {
  return queryOptions({
    queryKey: ['employees', 'detail', id],
    queryFn: ({ signal }) => getEmployee(id, signal),
  });
}

export function useEmployee(id: number) {
  return useQuery(employeeQueryOptions(id));
}
