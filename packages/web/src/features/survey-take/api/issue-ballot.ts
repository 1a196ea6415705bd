import { api, unwrap } from '../../../lib/api-client';

// POST /api/v1/survey-waves/:id/ballot — anonymous waves, step 1: marks the invitation as answered
// and returns a single-use token that nothing stored links to the employee. 409 when already
// answered (or closed).

export function issueBallot(waveId: number) {
  return unwrap(api.POST('/api/v1/survey-waves/{id}/ballot', { params: { path: { id: waveId } } }));
}
