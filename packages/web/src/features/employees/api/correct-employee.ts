import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CorrectEmployeeRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { employeeQueryOptions } from '../../../lib/get-employee';
import { queryKeys } from '../../../lib/query-keys';

// PATCH /api/v1/employees/:id — the fields an admin corrected, with the version it read; 409 when
// the record changed since, 400 with field errors (held to the NIP, golongan per type, dates).

export function correctEmployee({ id, ...body }: CorrectEmployeeRequest & { id: number }) {
  return unwrap(api.PATCH('/api/v1/employees/{id}', { params: { path: { id } }, body }));
}

export function useCorrectEmployee() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: correctEmployee,
    onSuccess: (result) => {
      queryClient.setQueryData(employeeQueryOptions(result.employee.id).queryKey, result.employee);
      // Lists, counts and figures may show the old values.
      void queryClient.invalidateQueries({ queryKey: queryKeys.employees.all, refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: queryKeys.dashboard.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.units.all });
    },
  });
}
