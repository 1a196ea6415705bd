import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { storeSurvey } from './get-survey';

// POST /api/v1/survey-waves/:id/close — ends a wave now; anonymous answers still waiting for the
// group minimum are mixed into the results. 409 for a draft.

export function closeWave(waveId: number) {
  return unwrap(api.POST('/api/v1/survey-waves/{id}/close', { params: { path: { id: waveId } } }));
}

export function useCloseWave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeWave,
    onSuccess: (survey) => storeSurvey(queryClient, survey),
  });
}
