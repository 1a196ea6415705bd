import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CloseUnitRequest, UnitClosed } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { unitsQueryOptions } from '../../../lib/get-units';

// POST /api/v1/units/:id/close — closes the unit and its open sub-units from a date, moving their
// employees to `moveEmployeesTo`; 409 says how many employees are there when no unit is given.

export function closeUnit({ id, ...body }: CloseUnitRequest & { id: number }): Promise<UnitClosed> {
  return apiRequest<UnitClosed>(`/units/${id}/close`, { method: 'POST', body });
}

export function useCloseUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeUnit,
    onSuccess: () => {
      // Employees moved: their lists and figures changed too.
      void queryClient.invalidateQueries({ queryKey: ['employees'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      return queryClient.invalidateQueries({ queryKey: unitsQueryOptions.queryKey });
    },
  });
}
