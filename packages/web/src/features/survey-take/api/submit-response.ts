import type { Answers } from '@jenjang/domain/surveys/survey-response.rules';
import { api, unwrap } from '../../../lib/api-client';

// POST /api/v1/survey-waves/:id/responses — an identified wave's answers, stored with the
// employee. 400 lists each bad answer under `answers.<key>`; 409 when already answered or closed.

export function submitResponse(waveId: number, answers: Answers) {
  return unwrap(
    api.POST('/api/v1/survey-waves/{id}/responses', { params: { path: { id: waveId } }, body: { answers } }),
  );
}
