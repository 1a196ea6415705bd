import { api, unwrap } from '../../../lib/api-client';

// GET /api/v1/public/surveys/:code — a public survey's current wave, without a session; 404 for an
// unknown code or a survey with no wave to answer. Read by use-public-survey.ts (no query cache
// on the citizen's page).

export function getPublicSurvey(code: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/public/surveys/{code}', { params: { path: { code } }, signal }));
}
