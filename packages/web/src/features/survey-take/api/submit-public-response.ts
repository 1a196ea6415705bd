import type { Answers } from '@jenjang/domain/surveys/survey-response.rules';
import { api, unwrap } from '../../../lib/api-client';

// POST /api/v1/public/surveys/:code/responses — a citizen's answers. `website` is the honeypot,
// left empty by people. 400 lists bad answers; 409 when this device already answered this wave
// (or it closed); 429 when this network sent too many answers in the last minute.

export interface PublicResponse {
  code: string;
  answers: Answers;
  website: string;
}

export function submitPublicResponse({ code, answers, website }: PublicResponse) {
  return unwrap(
    api.POST('/api/v1/public/surveys/{code}/responses', {
      params: { path: { code } },
      body: { answers, website },
    }),
  );
}
