import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TenantSettings, UpdateTenantSettingsRequest } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/session';

// GET/PUT /api/v1/settings/government — the government's name, code, time zone and IKM convention,
// for its tenant-wide admins (403 for anyone else). A change is audited; the session is read again
// so every date on screen follows a new time zone at once.

export const governmentSettingsQueryKey = ['settings', 'government'] as const;

export const governmentSettingsQuery = queryOptions({
  queryKey: governmentSettingsQueryKey,
  queryFn: ({ signal }) => apiRequest<TenantSettings>('/settings/government', { signal }),
});

export function useGovernmentSettings() {
  return useQuery(governmentSettingsQuery);
}

export function useUpdateGovernmentSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateTenantSettingsRequest) =>
      apiRequest<TenantSettings>('/settings/government', { method: 'PUT', body }),
    onSuccess: async (settings) => {
      queryClient.setQueryData(governmentSettingsQueryKey, settings);
      // Every IKM on screen was computed in the old convention, every date on the old clock.
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'settings' });
    },
  });
}
