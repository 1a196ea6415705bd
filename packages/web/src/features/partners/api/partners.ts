import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgreementRequest, PartnerRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// /api/v1/partners — the government's partners, their agreements (MoU/PKS) and the trainer
// accounts (role mitra) linked to them. Every write answers with the partner; the lists refresh.

const PAGE_SIZE = 20;

export function usePartners(q: string, page: number) {
  return useQuery({
    queryKey: queryKeys.partners.list({ q, page }),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/partners', {
          params: { query: { ...(q ? { q } : {}), page, pageSize: PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useMitraAccounts() {
  return useQuery({
    queryKey: queryKeys.partners.accounts,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/partners/accounts', { signal })),
  });
}

function usePartnersStale() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.partners.all });
}

export function useSavePartner() {
  const stale = usePartnersStale();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: PartnerRequest }) =>
      id === null
        ? unwrap(api.POST('/api/v1/partners', { body }))
        : unwrap(api.PUT('/api/v1/partners/{id}', { params: { path: { id } }, body })),
    onSuccess: stale,
  });
}

export function useAddAgreement(partnerId: number) {
  const stale = usePartnersStale();
  return useMutation({
    mutationFn: (body: AgreementRequest) =>
      unwrap(api.POST('/api/v1/partners/{id}/agreements', { params: { path: { id: partnerId } }, body })),
    onSuccess: stale,
  });
}

export function useLinkAccount(partnerId: number) {
  const stale = usePartnersStale();
  return useMutation({
    mutationFn: ({ accountId, linked }: { accountId: number; linked: boolean }) => {
      const params = { params: { path: { id: partnerId, accountId } } };
      return linked
        ? unwrap(api.PUT('/api/v1/partners/{id}/accounts/{accountId}', params))
        : unwrap(api.DELETE('/api/v1/partners/{id}/accounts/{accountId}', params));
    },
    onSuccess: stale,
  });
}
