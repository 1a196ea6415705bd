import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// POST /api/v1/survey-waves/:id/remind — notifies invitees who have not answered (and e-mails
// those with an address when SMTP is set up): the chosen ones (identified waves; each must still
// be pending and within the admin's reach, else 400 and nobody is reminded), or all of them. 409
// unless the wave is open, or for public surveys.

export interface RemindInput {
  waveId: number;
  employeeIds?: number[];
}

export function remindWave({ waveId, employeeIds }: RemindInput) {
  return unwrap(
    api.POST('/api/v1/survey-waves/{id}/remind', {
      params: { path: { id: waveId } },
      body: employeeIds ? { employeeIds } : {},
    }),
  );
}

export function useRemindWave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: remindWave,
    // The list shows when each was reminded.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.surveyWaves.nonRespondents }),
  });
}
