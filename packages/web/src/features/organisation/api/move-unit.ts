import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// POST /api/v1/units/:id/move — the unit and its subtree under another parent (null: top level);
// 409 for a move into its own subtree or into a closed unit.

export function moveUnit({ id, parentId }: { id: number; parentId: number | null }) {
  return unwrap(api.POST('/api/v1/units/{id}/move', { params: { path: { id } }, body: { parentId } }));
}

export function useMoveUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.units.all }),
  });
}
