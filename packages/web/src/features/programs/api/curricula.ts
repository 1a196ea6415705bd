import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CurriculumRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// /api/v1/programs/{id}/curricula — the program's curriculum versions (newest first) and recording
// the next one. A revision answers with every version; the program itself is refreshed behind it,
// as a revision may move batches to the new version.

export function useCurricula(id: number) {
  return useQuery({
    queryKey: queryKeys.programs.curricula(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/programs/{id}/curricula', { params: { path: { id } }, signal })),
  });
}

export function useReviseCurriculum(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CurriculumRequest) =>
      unwrap(api.POST('/api/v1/programs/{id}/curricula', { params: { path: { id } }, body })),
    onSuccess: (curricula) => {
      queryClient.setQueryData(queryKeys.programs.curricula(id), curricula);
      void queryClient.invalidateQueries({
        queryKey: queryKeys.programs.detail(id),
        exact: true,
        refetchType: 'active',
      });
    },
  });
}
