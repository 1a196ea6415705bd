import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NationalEmployees } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// GET /api/v1/national/employees — civil servants per government and type, under the k rule.

export const nationalEmployeesQueryOptions = queryOptions({
  queryKey: ['national', 'employees'],
  queryFn: ({ signal }) => apiRequest<NationalEmployees>('/national/employees', { signal }),
  staleTime: 5 * 60_000,
});

export function useNationalEmployees() {
  return useQuery(nationalEmployeesQueryOptions);
}
