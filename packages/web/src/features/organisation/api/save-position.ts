import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PositionRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// POST /api/v1/positions (new) or PUT /api/v1/positions/:id (edit); 400 with a field error when
// the jenjang does not suit the kind, 409 when the name is taken.

export function savePosition({ id, ...body }: PositionRequest & { id: number | null }) {
  return unwrap(
    id === null
      ? api.POST('/api/v1/positions', { body })
      : api.PUT('/api/v1/positions/{id}', { params: { path: { id } }, body }),
  );
}

export function useSavePosition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePosition,
    onSuccess: () => {
      // Holders take the position's kind and jenjang: employee lists change too.
      void queryClient.invalidateQueries({ queryKey: queryKeys.employees.all });
      return queryClient.invalidateQueries({ queryKey: queryKeys.positions.all });
    },
  });
}
