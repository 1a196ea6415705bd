import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TechnicalCompetencyRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// POST /api/v1/competencies (new) or PUT /api/v1/competencies/:id (edit) — a technical competency
// with its level descriptors; 400 with field errors (a code in the national namespace, a level
// described twice), 409 when the code is taken or the competency is national.

export function saveCompetency({ id, ...body }: TechnicalCompetencyRequest & { id: number | null }) {
  return unwrap(
    id === null
      ? api.POST('/api/v1/competencies', { body })
      : api.PUT('/api/v1/competencies/{id}', { params: { path: { id } }, body }),
  );
}

export function useSaveCompetency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCompetency,
    onSuccess: () => {
      // Standards and people's gaps name the competency: a new code or name shows there too.
      void queryClient.invalidateQueries({ queryKey: queryKeys.positions.standards });
      void queryClient.invalidateQueries({ queryKey: queryKeys.employees.all });
      return queryClient.invalidateQueries({ queryKey: queryKeys.competencies.all });
    },
  });
}
