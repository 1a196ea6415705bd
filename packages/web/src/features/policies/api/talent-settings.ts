import { TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// /api/v1/policies/:id/versions/:versionId/talent-settings — the talent-mapping settings a version
// states (or keeps from the one it was drafted from), set and taken back on a draft by its drafters,
// and how they move people between the nine boxes for a year before adoption (reviewers; names for
// the agency only).

const pathOf = (id: number, versionId: number) => ({ params: { path: { id, versionId } } });

// Under the policies' keys, so that what refreshes a policy's versions refreshes these too.

/**
 * The API's answer with its settings read by the contract: the API types records as open maps,
 * the form needs the contract's own keys (every predikat, every box).
 */
async function read(answer: ReturnType<typeof fetchSettings>) {
  const data = await answer;
  return {
    ...data,
    settings: data.settings === null ? null : TalentSettings.parse(data.settings),
    defaults: TalentSettings.parse(data.defaults),
  };
}

const fetchSettings = (id: number, versionId: number, signal?: AbortSignal) =>
  unwrap(
    api.GET('/api/v1/policies/{id}/versions/{versionId}/talent-settings', {
      ...pathOf(id, versionId),
      signal,
    }),
  );

export type VersionTalentSettings = Awaited<ReturnType<typeof read>>;

export function useVersionTalentSettings(id: number, versionId: number) {
  return useQuery({
    queryKey: queryKeys.policies.talentSettings(id, versionId),
    queryFn: ({ signal }) => read(fetchSettings(id, versionId, signal)),
  });
}

/** Saved or removed settings: the version's answer cached, its effect read again. */
function useSettingsMutation<Input>(
  id: number,
  versionId: number,
  call: (input: Input) => ReturnType<typeof fetchSettings>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => read(call(input)),
    onSuccess: (settings) => {
      client.setQueryData(queryKeys.policies.talentSettings(id, versionId), settings);
      void client.invalidateQueries({
        queryKey: queryKeys.policies.talentSettings(id, versionId),
        predicate: (query) => query.queryKey.length > 4,
      });
    },
  });
}

export function useSaveTalentSettings(id: number, versionId: number) {
  return useSettingsMutation(id, versionId, (settings: TalentSettings) =>
    unwrap(
      api.PUT('/api/v1/policies/{id}/versions/{versionId}/talent-settings', {
        ...pathOf(id, versionId),
        body: { settings },
      }),
    ),
  );
}

/** Takes a draft's own settings back: it keeps those of the version it was drafted from. */
export function useRemoveTalentSettings(id: number, versionId: number) {
  return useSettingsMutation(id, versionId, () =>
    unwrap(api.DELETE('/api/v1/policies/{id}/versions/{versionId}/talent-settings', pathOf(id, versionId))),
  );
}

/** The settings' effect for a year (null: the latest appraised year, as the server picks). */
export function useTalentSettingsEffect(id: number, versionId: number, year: number | null) {
  return useQuery({
    queryKey: queryKeys.policies.talentEffect(id, versionId, year),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/policies/{id}/versions/{versionId}/talent-settings/effect', {
          params: { path: { id, versionId }, query: year === null ? {} : { year } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export type TalentSettingsEffect = NonNullable<ReturnType<typeof useTalentSettingsEffect>['data']>;
export type TalentSettingsMover = NonNullable<TalentSettingsEffect['people']>[number];
