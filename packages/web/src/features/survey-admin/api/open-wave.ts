import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { storeSurvey } from './get-survey';

// POST /api/v1/survey-waves/:id/open — publishes a draft wave: invites the audience, freezes the
// questionnaire version and notifies invitees. 409 when already published or nobody matches.

export function openWave(waveId: number) {
  return unwrap(api.POST('/api/v1/survey-waves/{id}/open', { params: { path: { id: waveId } } }));
}

export function useOpenWave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openWave,
    onSuccess: (survey) => storeSurvey(queryClient, survey),
  });
}
