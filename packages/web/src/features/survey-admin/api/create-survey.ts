import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSurveyRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { storeSurvey } from './get-survey';

// POST /api/v1/surveys — 201 with the new survey (no wave yet); 400 lists field errors (title,
// audience, minGroupSize) or names an unknown questionnaire or service unit.

export function createSurvey(body: CreateSurveyRequest) {
  return unwrap(api.POST('/api/v1/surveys', { body }));
}

export function useCreateSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSurvey,
    onSuccess: (survey) => storeSurvey(queryClient, survey),
  });
}
