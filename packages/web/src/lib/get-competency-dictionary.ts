import { COMPETENCY_TYPES, type CompetencyType } from '@jenjang/domain/competency/competency-dictionary';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client';
import { queryKeys } from './query-keys';

// GET /api/v1/competencies — the dictionary: the nine national competencies (PermenPANRB 38/2017,
// in the reader's language) first, then the government's technical ones. One cache entry for the
// Kompetensi page and every choice of a competency (an assessment, a plan's item, an IDP activity,
// an indicator).

export const competencyDictionaryQuery = queryOptions({
  queryKey: queryKeys.competencies.all,
  queryFn: ({ signal }) => unwrap(api.GET('/api/v1/competencies', { signal })),
});

/** The dictionary; asked for only when `enabled`. */
export function useCompetencyDictionary(enabled = true) {
  return useQuery({ ...competencyDictionaryQuery, enabled });
}

type Entry = { id: number; code: string; name: string; type: CompetencyType };

/** Competencies as select options: 'M.1 · Integritas'. */
export function competencyOptions(items: readonly Omit<Entry, 'type'>[] | undefined) {
  return (items ?? []).map((c) => ({ value: String(c.id), label: `${c.code} · ${c.name}` }));
}

/** The same grouped by type (managerial, sociocultural, technical), groups without any left out. */
export function competencyGroups(items: readonly Entry[], groupName: (type: CompetencyType) => string) {
  return COMPETENCY_TYPES.map((type) => ({
    group: groupName(type),
    items: competencyOptions(items.filter((c) => c.type === type)),
  })).filter((group) => group.items.length > 0);
}
