import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, send } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// DELETE /api/v1/competencies/:id — a technical competency no standard and no assessment names;
// 409 (with the reason in the reader's language) otherwise, or when it is national.

export function useRemoveCompetency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => send(api.DELETE('/api/v1/competencies/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.competencies.all }),
  });
}
