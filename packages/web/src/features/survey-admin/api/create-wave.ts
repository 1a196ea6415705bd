import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateWaveRequest } from '../../../api/types';
import { api, unwrap } from '../../../lib/api-client';
import { storeSurvey } from './get-survey';

// POST /api/v1/surveys/:id/waves — a new draft wave on the questionnaire's latest version;
// 201 with the survey. 400 when the window closes before it opens, or with field errors.

export function createWave({ surveyId, ...body }: CreateWaveRequest & { surveyId: number }) {
  return unwrap(api.POST('/api/v1/surveys/{id}/waves', { params: { path: { id: surveyId } }, body }));
}

export function useCreateWave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWave,
    onSuccess: (survey) => storeSurvey(queryClient, survey),
  });
}
