import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// PATCH /api/v1/units/:id — a new name; 409 when a sibling has it or the unit is closed.

export function renameUnit({ id, name }: { id: number; name: string }) {
  return unwrap(api.PATCH('/api/v1/units/{id}', { params: { path: { id } }, body: { name } }));
}

export function useRenameUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renameUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.units.all }),
  });
}
