import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/policy-evidence?waveId= — the provision changes that cite this wave as their
// evidence, in the policy versions the reader may see (drafts only to those who review them).

export function usePolicyUses(waveId: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.policies.evidenceUses(waveId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/policy-evidence', { params: { query: { waveId } }, signal })),
    enabled,
  });
}
