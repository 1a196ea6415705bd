import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CorrectEmployeeRequest, EmployeeCorrected } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { employeeQueryOptions } from './get-employee';

// PATCH /api/v1/employees/:id — the fields an admin corrected, with the version it read; 409 when
// the record changed since, 400 with field errors (held to the NIP, golongan per type, dates).

export function correctEmployee({
  id,
  ...body
}: CorrectEmployeeRequest & { id: number }): Promise<EmployeeCorrected> {
  return apiRequest<EmployeeCorrected>(`/employees/${id}`, { method: 'PATCH', body });
}

export function useCorrectEmployee() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: correctEmployee,
    onSuccess: (result) => {
      queryClient.setQueryData(employeeQueryOptions(result.employee.id).queryKey, result.employee);
      // Lists, counts and figures may show the old values.
      void queryClient.invalidateQueries({ queryKey: ['employees'], refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      void queryClient.invalidateQueries({ queryKey: ['units'] });
    },
  });
}
