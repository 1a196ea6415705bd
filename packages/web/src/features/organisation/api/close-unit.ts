import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CloseUnitRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// POST /api/v1/units/:id/close — closes the unit and its open sub-units from a date, moving their
// employees to `moveEmployeesTo`; 409 says how many employees are there when no unit is given.

export function closeUnit({ id, ...body }: CloseUnitRequest & { id: number }) {
  return unwrap(api.POST('/api/v1/units/{id}/close', { params: { path: { id } }, body }));
}

export function useCloseUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeUnit,
    onSuccess: () => {
      // Employees moved: their lists and figures changed too.
      void queryClient.invalidateQueries({ queryKey: queryKeys.employees.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.dashboard.all });
      return queryClient.invalidateQueries({ queryKey: queryKeys.units.all });
    },
  });
}
