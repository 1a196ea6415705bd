import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SurveyDetail } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { storeSurvey } from './get-survey';

// POST /api/v1/surveys/:id/restore — brings an archived survey back into the default list.

export function restoreSurvey(surveyId: number): Promise<SurveyDetail> {
  return apiRequest<SurveyDetail>(`/surveys/${surveyId}/restore`, { method: 'POST' });
}

export function useRestoreSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreSurvey,
    onSuccess: (survey) => storeSurvey(queryClient, survey),
  });
}
