import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HideTextRequest } from '../../../api/types';
import { api, send } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// POST /api/v1/survey-waves/:id/texts — hides an abusive text answer from results and exports
// (204); the audit log records who did. Afterwards every breakdown of the wave is fetched anew.

export function hideText(waveId: number, body: HideTextRequest): Promise<void> {
  return send(api.POST('/api/v1/survey-waves/{id}/texts', { params: { path: { id: waveId } }, body }));
}

export function useHideText(waveId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<HideTextRequest, 'hidden'>) => hideText(waveId, { ...body, hidden: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.surveyWaves.results(waveId) }),
  });
}
