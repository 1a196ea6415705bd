import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DevelopmentRecordRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// POST /api/v1/employees/:id/development — one completed activity (diklat or kursus) with its JP;
// 400 with field errors (an end date after today, before the start), 403 without employee.write.

export function useRecordDevelopment(employeeId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DevelopmentRecordRequest) =>
      unwrap(api.POST('/api/v1/employees/{id}/development', { params: { path: { id: employeeId } }, body })),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.employeeDevelopment.of(employeeId) }),
  });
}
