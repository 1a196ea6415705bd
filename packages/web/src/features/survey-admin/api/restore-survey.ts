import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { storeSurvey } from './get-survey';

// POST /api/v1/surveys/:id/restore — brings an archived survey back into the default list.

export function restoreSurvey(surveyId: number) {
  return unwrap(api.POST('/api/v1/surveys/{id}/restore', { params: { path: { id: surveyId } } }));
}

export function useRestoreSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreSurvey,
    onSuccess: (survey) => storeSurvey(queryClient, survey),
  });
}
