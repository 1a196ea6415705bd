import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/talent/me — the signed-in employee's own nine-box placements, newest year first,
// each with the lines that placed it. Under ['talent'], so a year placed again refreshes it.

export function useMyTalent() {
  return useQuery({
    queryKey: queryKeys.talent.mine,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/talent/me', { signal })),
  });
}
