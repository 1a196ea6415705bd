import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreatePlanRequest,
  GeneratePlanRequest,
  Plan,
  PlanItemRequest,
  PlanTransitionRequest,
  UpdatePlanRequest,
} from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// /api/v1/development-plans — the Rencana Pengembangan Kompetensi of each year: the government's plan
// and each OPD's part. Every write answers with the whole plan, which replaces the cached one;
// the list's totals and states are refreshed behind it.

/** Every year's plans the reader may see (a government has a few dozen a year): the page picks the year. */
export function plansQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.developmentPlans.list(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/development-plans', { signal })),
  });
}

export function usePlans() {
  return useQuery(plansQueryOptions());
}

export function usePlan(id: number) {
  return useQuery({
    queryKey: queryKeys.developmentPlans.detail(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/development-plans/{id}', { params: { path: { id } }, signal })),
  });
}

/** Puts the plan a write answered into the cache and marks the lists stale. */
function usePlanSaved() {
  const queryClient = useQueryClient();
  return (plan: Plan) => {
    queryClient.setQueryData(queryKeys.developmentPlans.detail(plan.id), plan);
    void queryClient.invalidateQueries({ queryKey: queryKeys.developmentPlans.all, refetchType: 'active' });
    return plan;
  };
}

/** 400: not an OPD, or outside the admin's own OPD; 409: that unit already has a plan that year. */
export function useCreatePlan() {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (body: CreatePlanRequest) => unwrap(api.POST('/api/v1/development-plans', { body })),
    onSuccess: saved,
  });
}

export function useUpdatePlan(id: number) {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (body: UpdatePlanRequest) =>
      unwrap(api.PATCH('/api/v1/development-plans/{id}', { params: { path: { id } }, body })),
    onSuccess: saved,
  });
}

/** Replaces the generated items with a new proposal; items added by hand stay. */
export function useGeneratePlan(id: number) {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (body: GeneratePlanRequest) =>
      unwrap(api.POST('/api/v1/development-plans/{id}/generate', { params: { path: { id } }, body })),
    onSuccess: saved,
  });
}

export function useSavePlanItem(id: number) {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: number | null; body: PlanItemRequest }) =>
      itemId === null
        ? unwrap(api.POST('/api/v1/development-plans/{id}/items', { params: { path: { id } }, body }))
        : unwrap(
            api.PUT('/api/v1/development-plans/{id}/items/{itemId}', {
              params: { path: { id, itemId } },
              body,
            }),
          ),
    onSuccess: saved,
  });
}

export function useRemovePlanItem(id: number) {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (itemId: number) =>
      unwrap(
        api.DELETE('/api/v1/development-plans/{id}/items/{itemId}', { params: { path: { id, itemId } } }),
      ),
    onSuccess: saved,
  });
}

/** 400 without a reason to return; 409 when the move is no longer possible (someone moved first). */
export function usePlanTransition(id: number) {
  const saved = usePlanSaved();
  return useMutation({
    mutationFn: (body: PlanTransitionRequest) =>
      unwrap(api.POST('/api/v1/development-plans/{id}/transitions', { params: { path: { id } }, body })),
    onSuccess: saved,
  });
}
