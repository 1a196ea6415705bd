import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Position, PositionRequest } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { positionsQueryKey } from './get-positions';

// POST /api/v1/positions (new) or PUT /api/v1/positions/:id (edit); 400 with a field error when
// the jenjang does not suit the kind, 409 when the name is taken.

export function savePosition({ id, ...body }: PositionRequest & { id: number | null }): Promise<Position> {
  return id === null
    ? apiRequest<Position>('/positions', { method: 'POST', body })
    : apiRequest<Position>(`/positions/${id}`, { method: 'PUT', body });
}

export function useSavePosition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePosition,
    onSuccess: () => {
      // Holders take the position's kind and jenjang: employee lists change too.
      void queryClient.invalidateQueries({ queryKey: ['employees'] });
      return queryClient.invalidateQueries({ queryKey: positionsQueryKey });
    },
  });
}
