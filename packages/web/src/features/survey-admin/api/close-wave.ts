import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SurveyDetail } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { storeSurvey } from './get-survey';

// POST /api/v1/survey-waves/:id/close — ends a wave now; anonymous answers still waiting for the
// group minimum are mixed into the results. 409 for a draft.

export function closeWave(waveId: number): Promise<SurveyDetail> {
  return apiRequest<SurveyDetail>(`/survey-waves/${waveId}/close`, { method: 'POST' });
}

export function useCloseWave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeWave,
    onSuccess: (survey) => storeSurvey(queryClient, survey),
  });
}
