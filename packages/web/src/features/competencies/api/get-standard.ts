import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/positions/:id/standard — the position's Standar Kompetensi Jabatan; 404 when the
// position is not the government's.

export function standardQueryOptions(positionId: number) {
  return queryOptions({
    queryKey: queryKeys.positions.standard(positionId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/positions/{id}/standard', { params: { path: { id: positionId } }, signal })),
  });
}

export function useStandard(positionId: number | undefined) {
  return useQuery({ ...standardQueryOptions(positionId ?? 0), enabled: positionId !== undefined });
}
