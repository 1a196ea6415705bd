import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Idp, IdpTransition, UpdateIdpRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// /api/v1/employees/:id/idp — a person's individual development plan of a year. Every write
// answers with the plan (its `transitions` and `editable` for the reader), which replaces the
// cached one. 409 when a plan in progress is changed beyond its completion dates; 403 with a
// message when the employee tries to agree their own.

export function idpQueryOptions(id: number, year: number) {
  return queryOptions({
    queryKey: queryKeys.employeeDevelopment.idpYear(id, year),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/employees/{id}/idp', { params: { path: { id }, query: { year } }, signal })),
  });
}

export function useIdp(id: number, year: number) {
  return useQuery(idpQueryOptions(id, year));
}

function useIdpSaved(employeeId: number) {
  const queryClient = useQueryClient();
  return (idp: Idp) => {
    queryClient.setQueryData(queryKeys.employeeDevelopment.idpYear(employeeId, idp.year), { idp });
    return idp;
  };
}

/** Starts the year's IDP, with activities for the largest gaps when `recommend`. */
export function useCreateIdp(employeeId: number) {
  const saved = useIdpSaved(employeeId);
  return useMutation({
    mutationFn: (body: { year: number; recommend: boolean }) =>
      unwrap(api.POST('/api/v1/employees/{id}/idp', { params: { path: { id: employeeId } }, body })),
    onSuccess: saved,
  });
}

export function useUpdateIdp(employeeId: number, year: number) {
  const saved = useIdpSaved(employeeId);
  return useMutation({
    mutationFn: (body: UpdateIdpRequest) =>
      unwrap(
        api.PUT('/api/v1/employees/{id}/idp/{year}', { params: { path: { id: employeeId, year } }, body }),
      ),
    onSuccess: saved,
  });
}

export function useIdpTransition(employeeId: number, year: number) {
  const saved = useIdpSaved(employeeId);
  return useMutation({
    mutationFn: (transition: IdpTransition) =>
      unwrap(
        api.POST('/api/v1/employees/{id}/idp/{year}/transitions', {
          params: { path: { id: employeeId, year } },
          body: { transition },
        }),
      ),
    onSuccess: saved,
  });
}
