import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateTenantSettingsRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { isUnder, queryKeys } from '../../../lib/query-keys';

// GET/PUT /api/v1/settings/government — the government's name, code, time zone and IKM convention,
// for its tenant-wide admins (403 for anyone else). A change is audited; the session is read again
// so every date on screen follows a new time zone at once.

export const governmentSettingsQuery = queryOptions({
  queryKey: queryKeys.settings.government,
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/settings/government', { signal })),
});

export function useGovernmentSettings() {
  return useQuery(governmentSettingsQuery);
}

export function useUpdateGovernmentSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateTenantSettingsRequest) =>
      unwrap(api.PUT('/api/v1/settings/government', { body })),
    onSuccess: async (settings) => {
      queryClient.setQueryData(governmentSettingsQuery.queryKey, settings);
      // Every IKM on screen was computed in the old convention, every date on the old clock.
      await queryClient.invalidateQueries({ queryKey: queryKeys.session.me });
      await queryClient.invalidateQueries({ predicate: (query) => !isUnder(query, queryKeys.settings.all) });
    },
  });
}
