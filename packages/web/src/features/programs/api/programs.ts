import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApplyRequest,
  BatchRequest,
  Program,
  ProgramRequest,
  ProgramState,
  ProgramTransition,
  Roster,
} from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// /api/v1/programs — the catalog of development programs, each with its batches; an employee's
// own application and why it came out as it did; the agency's applicants and the selection.
// Writes that answer with the whole program replace the cached one; the rest of the program's
// queries (standing, applicants, ranking) are refreshed behind them.

const PAGE_SIZE = 20;

export function usePrograms(state: ProgramState | null, page: number) {
  return useQuery({
    queryKey: queryKeys.programs.list({ state, page }),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/programs', {
          params: { query: { ...(state ? { state } : {}), page, pageSize: PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useProgram(id: number) {
  return useQuery({
    queryKey: queryKeys.programs.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/programs/{id}', { params: { path: { id } }, signal })),
  });
}

export function useMyApplication(id: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.programs.mine(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/programs/{id}/mine', { params: { path: { id } }, signal })),
    enabled,
  });
}

export function useApplications(id: number, state: string | null, page: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.programs.applications(id, { state, page }),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/programs/{id}/applications', {
          params: {
            path: { id },
            query: {
              ...(state ? { state: state as 'applied' } : {}),
              page,
              pageSize: PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRanking(id: number, page: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.programs.ranking(id, page),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/programs/{id}/ranking', {
          params: { path: { id }, query: { page, pageSize: PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Puts the program a write answered into the cache and marks everything about programs stale. */
function useProgramSaved() {
  const queryClient = useQueryClient();
  return (program: Program) => {
    queryClient.setQueryData(queryKeys.programs.detail(program.id), program);
    void queryClient.invalidateQueries({ queryKey: queryKeys.programs.all, refetchType: 'active' });
    return program;
  };
}

function useProgramsStale() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.programs.all, refetchType: 'active' });
}

export function useSaveProgram(id: number | null) {
  const saved = useProgramSaved();
  return useMutation({
    mutationFn: (body: ProgramRequest) =>
      id === null
        ? unwrap(api.POST('/api/v1/programs', { body }))
        : unwrap(api.PUT('/api/v1/programs/{id}', { params: { path: { id } }, body })),
    onSuccess: saved,
  });
}

export function useProgramTransition(id: number) {
  const saved = useProgramSaved();
  return useMutation({
    mutationFn: (transition: ProgramTransition) =>
      unwrap(
        api.POST('/api/v1/programs/{id}/transitions', { params: { path: { id } }, body: { transition } }),
      ),
    onSuccess: saved,
  });
}

export function useSaveBatch(id: number) {
  const saved = useProgramSaved();
  return useMutation({
    mutationFn: ({ batchId, body }: { batchId: number | null; body: BatchRequest }) =>
      batchId === null
        ? unwrap(api.POST('/api/v1/programs/{id}/batches', { params: { path: { id } }, body }))
        : unwrap(
            api.PUT('/api/v1/programs/{id}/batches/{batchId}', { params: { path: { id, batchId } }, body }),
          ),
    onSuccess: saved,
  });
}

export function useRemoveBatch(id: number) {
  const saved = useProgramSaved();
  return useMutation({
    mutationFn: (batchId: number) =>
      unwrap(api.DELETE('/api/v1/programs/{id}/batches/{batchId}', { params: { path: { id, batchId } } })),
    onSuccess: saved,
  });
}

export function useApply(id: number) {
  const stale = useProgramsStale();
  return useMutation({
    mutationFn: (body: ApplyRequest) =>
      unwrap(api.POST('/api/v1/programs/{id}/applications', { params: { path: { id } }, body })),
    onSuccess: stale,
  });
}

export function useWithdraw(id: number) {
  const stale = useProgramsStale();
  return useMutation({
    mutationFn: (applicationId: number) =>
      unwrap(
        api.POST('/api/v1/programs/{id}/applications/{applicationId}/withdraw', {
          params: { path: { id, applicationId } },
        }),
      ),
    onSuccess: stale,
  });
}

export function useRunSelection(id: number) {
  const stale = useProgramsStale();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/programs/{id}/selection', { params: { path: { id } } })),
    onSuccess: stale,
  });
}

export function useRoster(id: number, batchId: number) {
  return useQuery({
    queryKey: queryKeys.programs.roster(id, batchId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/programs/{id}/batches/{batchId}/roster', {
          params: { path: { id, batchId } },
          signal,
        }),
      ),
  });
}

/** Puts the roster a write answered into the cache; the program (seats, completion) refreshes behind. */
function useRosterSaved(id: number, batchId: number) {
  const queryClient = useQueryClient();
  return (roster: Roster) => {
    queryClient.setQueryData(queryKeys.programs.roster(id, batchId), roster);
    void queryClient.invalidateQueries({ queryKey: queryKeys.programs.detail(id), refetchType: 'active' });
    return roster;
  };
}

export function useRecordAttendance(id: number, batchId: number) {
  const saved = useRosterSaved(id, batchId);
  return useMutation({
    mutationFn: (body: { applicationId: number; day: string; present: boolean }) =>
      unwrap(
        api.PUT('/api/v1/programs/{id}/batches/{batchId}/attendance', {
          params: { path: { id, batchId } },
          body,
        }),
      ),
    onSuccess: saved,
  });
}

export function useRecordScore(id: number, batchId: number) {
  const saved = useRosterSaved(id, batchId);
  return useMutation({
    mutationFn: (body: { applicationId: number; finalScore: number | null }) =>
      unwrap(
        api.PUT('/api/v1/programs/{id}/batches/{batchId}/scores', {
          params: { path: { id, batchId } },
          body,
        }),
      ),
    onSuccess: saved,
  });
}

export function useCloseBatch(id: number, batchId: number) {
  const saved = useRosterSaved(id, batchId);
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/programs/{id}/batches/{batchId}/close', { params: { path: { id, batchId } } }),
      ),
    onSuccess: saved,
  });
}

/** The day's check-in QR for the trainer's screen (fetched when the trainer asks to show it). */
export function useCheckInCode(id: number, batchId: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.programs.checkInCode(id, batchId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/programs/{id}/batches/{batchId}/check-in', {
          params: { path: { id, batchId } },
          signal,
        }),
      ),
    enabled,
    staleTime: 60_000,
  });
}

export function useCheckIn(id: number) {
  const stale = useProgramsStale();
  return useMutation({
    mutationFn: (body: { batchId: number; day: string; code: string }) =>
      unwrap(api.POST('/api/v1/programs/{id}/check-in', { params: { path: { id } }, body })),
    onSuccess: stale,
  });
}

/** Application and selection rates per group of staff (readers of every applicant of the government). */
export function useProgramEquity(id: number) {
  return useQuery({
    queryKey: queryKeys.programs.equity(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/programs/{id}/equity', { params: { path: { id } }, signal })),
  });
}

/** The agency gives an eligible employee a seat left in a batch, after the selection. */
export function useAssign(id: number) {
  const stale = useProgramsStale();
  return useMutation({
    mutationFn: (body: { employeeId: number; batchId: number }) =>
      unwrap(api.POST('/api/v1/programs/{id}/assignments', { params: { path: { id } }, body })),
    onSuccess: stale,
  });
}

/** Revokes a certificate with the reason (the public verification says so from then on). */
export function useRevokeCertificate(id: number, batchId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ certificateId, reason }: { certificateId: number; reason: string }) =>
      unwrap(
        api.POST('/api/v1/programs/{id}/certificates/{certificateId}/revoke', {
          params: { path: { id, certificateId } },
          body: { reason },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.programs.roster(id, batchId) }),
  });
}
