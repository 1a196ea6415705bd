import { useMutation } from '@tanstack/react-query';
import type { ReminderResult } from '../../../api/types';
import { apiRequest } from '../../../lib/api-client';

// POST /api/v1/survey-waves/:id/remind — notifies invitees who have not answered (and e-mails
// those with an address when SMTP is set up). 409 unless the wave is open, or for public surveys.

export function remindWave(waveId: number): Promise<ReminderResult> {
  return apiRequest<ReminderResult>(`/survey-waves/${waveId}/remind`, { method: 'POST' });
}

export function useRemindWave() {
  return useMutation({ mutationFn: remindWave });
}
