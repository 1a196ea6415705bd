import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { storeSurvey } from './get-survey';

// POST /api/v1/surveys/:id/archive — puts a survey away: out of the default list, no new waves,
// results kept. 409 while a wave is open or scheduled (close it first) or when already archived.

export function archiveSurvey(surveyId: number) {
  return unwrap(api.POST('/api/v1/surveys/{id}/archive', { params: { path: { id: surveyId } } }));
}

export function useArchiveSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archiveSurvey,
    onSuccess: (survey) => storeSurvey(queryClient, survey),
  });
}
