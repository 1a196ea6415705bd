import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PositionStandardRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// PUT /api/v1/positions/:id/standard — the whole standard: what it lists is what the position
// requires. 400 names the row (body/requirements/<i>/competencyId) of a competency given twice or
// gone; 409 when a competency was removed meanwhile.

export function useSaveStandard(positionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PositionStandardRequest) =>
      unwrap(api.PUT('/api/v1/positions/{id}/standard', { params: { path: { id: positionId } }, body })),
    onSuccess: (standard) => {
      queryClient.setQueryData(queryKeys.positions.standard(positionId), standard);
      // The holders' gaps and JPM follow the standard; the dictionary counts positions per competency.
      void queryClient.invalidateQueries({ queryKey: queryKeys.employees.all });
      return queryClient.invalidateQueries({ queryKey: queryKeys.competencies.all });
    },
  });
}
