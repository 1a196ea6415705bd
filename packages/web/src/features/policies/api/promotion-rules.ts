import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PromotionRules, VersionPromotionRules } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// /api/v1/policies/:id/versions/:versionId/promotion-rules — the kenaikan pangkat rules a version
// states (or keeps from the one it was drafted from), set and taken back on a draft by its drafters,
// and what they change for a period before adoption (reviewers; names for the agency only).

const pathOf = (id: number, versionId: number) => ({ params: { path: { id, versionId } } });

export function useVersionPromotionRules(id: number, versionId: number) {
  return useQuery({
    queryKey: queryKeys.policies.promotionRules(id, versionId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/policies/{id}/versions/{versionId}/promotion-rules', {
          ...pathOf(id, versionId),
          signal,
        }),
      ),
  });
}

/** A saved or removed set of rules: the version's answer cached, its effect read again. */
function useRulesMutation<Input>(
  id: number,
  versionId: number,
  call: (input: Input) => Promise<VersionPromotionRules>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (rules) => {
      client.setQueryData(queryKeys.policies.promotionRules(id, versionId), rules);
      void client.invalidateQueries({
        queryKey: queryKeys.policies.promotionRules(id, versionId),
        predicate: (query) => query.queryKey.length > 4,
      });
    },
  });
}

export function useSavePromotionRules(id: number, versionId: number) {
  return useRulesMutation(id, versionId, (rules: PromotionRules) =>
    unwrap(
      api.PUT('/api/v1/policies/{id}/versions/{versionId}/promotion-rules', {
        ...pathOf(id, versionId),
        body: { rules },
      }),
    ),
  );
}

/** Takes a draft's own rules back: it keeps those of the version it was drafted from. */
export function useRemovePromotionRules(id: number, versionId: number) {
  return useRulesMutation(id, versionId, () =>
    unwrap(api.DELETE('/api/v1/policies/{id}/versions/{versionId}/promotion-rules', pathOf(id, versionId))),
  );
}

/** The rules' effect for a period (null: the next period under them, as the server picks). */
export function usePromotionRulesEffect(
  id: number,
  versionId: number,
  period: string | null,
  enabled: boolean,
) {
  return useQuery({
    queryKey: queryKeys.policies.promotionEffect(id, versionId, period),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/policies/{id}/versions/{versionId}/promotion-rules/effect', {
          params: { path: { id, versionId }, query: period ? { period } : {} },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}
