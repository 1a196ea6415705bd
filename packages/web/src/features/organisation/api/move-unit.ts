import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UnitRecord } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { unitsQueryOptions } from '../../../lib/get-units';

// POST /api/v1/units/:id/move — the unit and its subtree under another parent (null: top level);
// 409 for a move into its own subtree or into a closed unit.

export function moveUnit({ id, parentId }: { id: number; parentId: number | null }): Promise<UnitRecord> {
  return apiRequest<UnitRecord>(`/units/${id}/move`, { method: 'POST', body: { parentId } });
}

export function useMoveUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsQueryOptions.queryKey }),
  });
}
