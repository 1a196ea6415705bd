import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/employees/:id/development?year= — the person's development history, the JP of
// each year, and the year's JP against the target (and the PPPK ceiling).

export function employeeDevelopmentQueryOptions(id: number, year: number) {
  return queryOptions({
    queryKey: queryKeys.employeeDevelopment.year(id, year),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/employees/{id}/development', { params: { path: { id }, query: { year } }, signal }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useEmployeeDevelopment(id: number, year: number) {
  return useQuery(employeeDevelopmentQueryOptions(id, year));
}
