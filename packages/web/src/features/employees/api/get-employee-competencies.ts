import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/employees/:id/competencies?targetPositionId= — the person's assessments, current
// levels, and gaps and JPM against the position held and, when asked, a target position.

export function employeeCompetenciesQueryOptions(id: number, targetPositionId: number | null) {
  return queryOptions({
    queryKey: queryKeys.employees.competenciesAgainst(id, targetPositionId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/employees/{id}/competencies', {
          params: { path: { id }, query: targetPositionId === null ? {} : { targetPositionId } },
          signal,
        }),
      ),
    // Choosing another target keeps the current comparison on screen while the new one loads.
    placeholderData: keepPreviousData,
  });
}

export function useEmployeeCompetencies(id: number, targetPositionId: number | null) {
  return useQuery(employeeCompetenciesQueryOptions(id, targetPositionId));
}
