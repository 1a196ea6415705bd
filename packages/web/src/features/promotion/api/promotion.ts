import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DecideRequest, EligibilityQuery, ProposeRequest, SanctionRequest } from '../../../api/types';
import { api, apiHref, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// /api/v1/promotion… — kenaikan pangkat for the agency (performance.manage): the periods ahead and
// the rules in force, a period's eligibility list, proposals and their decrees, the period's SIASN
// export, and disciplinary sanctions. A change refreshes every promotion figure; a decree also
// changes the person's golongan and TMT golongan, so the employee records are read again too.

/** The last two and the next four period dates, under the rules in force today. */
export function usePromotionPeriods() {
  return useQuery({
    queryKey: queryKeys.promotion.periods,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/promotion/periods', { signal })),
  });
}

/** One page of a period's list, every person with the outcome of each check. */
export function useEligibility(query: EligibilityQuery, enabled = true) {
  return useQuery({
    queryKey: queryKeys.promotion.eligibility(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/promotion/eligibility', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function usePromotionMutation<Input, Output>(call: (input: Input) => Promise<Output>, employees = false) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.promotion.all });
      if (employees) void client.invalidateQueries({ queryKey: queryKeys.employees.all });
    },
  });
}

/** Proposes an eligible PNS one step up (400/409 with the reason in `detail`). */
export function usePropose() {
  return usePromotionMutation((body: ProposeRequest) =>
    unwrap(api.POST('/api/v1/promotion/proposals', { body })),
  );
}

/** Approves a proposal with its decree (TMT = the period date) or rejects it with a reason. */
export function useDecide() {
  return usePromotionMutation(
    (input: { id: number; body: DecideRequest }) =>
      unwrap(
        api.POST('/api/v1/promotion/proposals/{id}/decision', {
          params: { path: { id: input.id } },
          body: input.body,
        }),
      ),
    true,
  );
}

/** The period's decrees as SIASN takes them (an Excel download). */
export function exportHref(period: string): string {
  return apiHref('/api/v1/promotion/export', { query: { period } });
}

/** Every disciplinary sanction, latest first. */
export function useSanctions() {
  return useQuery({
    queryKey: queryKeys.promotion.sanctions,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/promotion/sanctions', { signal })),
  });
}

export function useRecordSanction() {
  return usePromotionMutation((body: SanctionRequest) =>
    unwrap(api.POST('/api/v1/promotion/sanctions', { body })),
  );
}

export function useEndSanction() {
  return usePromotionMutation((input: { id: number; endsOn: string }) =>
    unwrap(
      api.POST('/api/v1/promotion/sanctions/{id}/end', {
        params: { path: { id: input.id } },
        body: { endsOn: input.endsOn },
      }),
    ),
  );
}
