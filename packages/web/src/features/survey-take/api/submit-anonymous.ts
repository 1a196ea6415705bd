import type { Answers } from '@jenjang/domain/surveys/survey-response.rules';
import { api, unwrap } from '../../../lib/api-client';

// POST /api/v1/anonymous-responses — anonymous waves, step 2: the answers with the token alone
// (the server ignores any session). 400 leaves the token usable; 409 when it is unknown or used.

export function submitAnonymous(token: string, answers: Answers) {
  return unwrap(api.POST('/api/v1/anonymous-responses', { body: { token, answers } }));
}
