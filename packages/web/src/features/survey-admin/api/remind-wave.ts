import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReminderResult } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';
import { nonRespondentsQueryKey } from './get-non-respondents';

// POST /api/v1/survey-waves/:id/remind — notifies invitees who have not answered (and e-mails
// those with an address when SMTP is set up): the chosen ones (identified waves; each must still
// be pending and within the admin's reach, else 400 and nobody is reminded), or all of them. 409
// unless the wave is open, or for public surveys.

export interface RemindInput {
  waveId: number;
  employeeIds?: number[];
}

export function remindWave({ waveId, employeeIds }: RemindInput): Promise<ReminderResult> {
  return apiRequest<ReminderResult>(`/survey-waves/${waveId}/remind`, {
    method: 'POST',
    body: employeeIds ? { employeeIds } : {},
  });
}

export function useRemindWave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: remindWave,
    // The list shows when each was reminded.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: nonRespondentsQueryKey }),
  });
}
