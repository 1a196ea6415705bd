import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { EmployeeListQuery } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/employees — one page of the registry; q matches a name or a NIP prefix, unitId the
// whole subtree below the unit.

export function getEmployees(query: EmployeeListQuery, signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/employees', { params: { query }, signal }));
}

export function employeesQueryOptions(query: EmployeeListQuery) {
  return queryOptions({
    queryKey: queryKeys.employees.list(query),
    queryFn: ({ signal }) => getEmployees(query, signal),
    // Keep the previous page on screen while the next one loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

export function useEmployees(query: EmployeeListQuery) {
  return useQuery(employeesQueryOptions(query));
}
