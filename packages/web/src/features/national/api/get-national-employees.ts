import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/national/employees — civil servants per government and type, under the k rule.

export const nationalEmployeesQueryOptions = queryOptions({
  queryKey: queryKeys.national.employees,
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/national/employees', { signal })),
  staleTime: 5 * 60_000,
});

export function useNationalEmployees() {
  return useQuery(nationalEmployeesQueryOptions);
}
