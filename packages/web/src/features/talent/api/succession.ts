import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PositionListQuery, Succession, SuccessorBody } from '../../../api/types';
import { api, send, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// /api/v1/talent/key-positions… — succession planning (PermenPANRB 3/2020): the key positions with
// their counts, one position's named successors and the talent pool's candidates, and the agency's
// marking, naming, re-rating and removing. A change answers with the position's succession, which
// replaces the one held; the list's counts are then read again.

const POSITION_MATCHES = 10;

/** The key positions with their holders, successors and those ready now; 403 for a unit's reader. */
export function useKeyPositions() {
  return useQuery({
    queryKey: queryKeys.talent.keyPositions,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/talent/key-positions', { signal })),
  });
}

/** A key position's successors and the candidates of the latest talent pool not yet named. */
export function useSuccession(positionId: number) {
  return useQuery({
    queryKey: queryKeys.talent.keyPosition(positionId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/talent/key-positions/{positionId}', { params: { path: { positionId } }, signal }),
      ),
  });
}

/** Positions matching a name, to mark one as key; searches once two characters are typed. */
export function useFindPositions(q: string) {
  const query: PositionListQuery = { q, pageSize: POSITION_MATCHES };
  return useQuery({
    queryKey: queryKeys.positions.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/positions', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled: q.length >= 2,
  });
}

/** Holds a changed succession and reads the list's counts again. */
function useSettle() {
  const client = useQueryClient();
  return (succession: Succession) => {
    client.setQueryData(queryKeys.talent.keyPosition(succession.position.positionId), succession);
    void client.invalidateQueries({ queryKey: queryKeys.talent.keyPositions });
  };
}

/** Marks a position as key (the agency's). */
export function useMarkKeyPosition() {
  const settle = useSettle();
  return useMutation({
    mutationFn: (body: { positionId: number; note?: string }) =>
      unwrap(api.POST('/api/v1/talent/key-positions', { body })),
    onSuccess: settle,
  });
}

/** Unmarks a key position, with its successors. */
export function useUnmarkKeyPosition() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (positionId: number) =>
      send(api.DELETE('/api/v1/talent/key-positions/{positionId}', { params: { path: { positionId } } })),
    onSuccess: (_, positionId) => {
      client.removeQueries({ queryKey: queryKeys.talent.keyPosition(positionId) });
      void client.invalidateQueries({ queryKey: queryKeys.talent.keyPositions });
    },
  });
}

/** Names a successor with how soon they would be ready, or rates one named anew. */
export function useSetSuccessor(positionId: number) {
  const settle = useSettle();
  return useMutation({
    mutationFn: (body: SuccessorBody) =>
      unwrap(
        api.PUT('/api/v1/talent/key-positions/{positionId}/successors', {
          params: { path: { positionId } },
          body,
        }),
      ),
    onSuccess: settle,
  });
}

/** Removes a named successor; they return to the candidates when still in the talent pool. */
export function useRemoveSuccessor(positionId: number) {
  const settle = useSettle();
  return useMutation({
    mutationFn: (employeeId: number) =>
      unwrap(
        api.DELETE('/api/v1/talent/key-positions/{positionId}/successors/{employeeId}', {
          params: { path: { positionId, employeeId } },
        }),
      ),
    onSuccess: settle,
  });
}
