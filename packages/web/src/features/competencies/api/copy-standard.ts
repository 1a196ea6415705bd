import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// POST /api/v1/positions/:id/standard/copy — gives other positions this one's standard, replacing
// theirs; answers how many positions changed and how many requirements the standard holds.

export function useCopyStandard(positionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (toPositionIds: number[]) =>
      unwrap(
        api.POST('/api/v1/positions/{id}/standard/copy', {
          params: { path: { id: positionId } },
          body: { toPositionIds },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.positions.standards });
      void queryClient.invalidateQueries({ queryKey: queryKeys.employees.all });
      return queryClient.invalidateQueries({ queryKey: queryKeys.competencies.all });
    },
  });
}
