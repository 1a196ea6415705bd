import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';
import { queryKeys } from './query-keys';

// GET /api/v1/employees/:id — one record (an admin's lookup, an employee's own on the home page);
// 404 when missing or outside the caller's reach. One cache entry per employee, whoever shows it,
// so a correction shows everywhere at once.

export function getEmployee(id: number, signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/employees/{id}', { params: { path: { id } }, signal }));
}

export function employeeQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.employees.detail(id),
    queryFn: ({ signal }) => getEmployee(id, signal),
  });
}

export function useEmployee(id: number) {
  return useQuery(employeeQueryOptions(id));
}
