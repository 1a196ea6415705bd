import { api, unwrap } from './api-client';

// GET /api/v1/instance — whether this deployment is a demo and whether a first government still
// has to be set up. Apart from its query (instance.ts) for the citizen's survey page, which has no
// query cache.

export function getInstance(signal?: AbortSignal) {
  return unwrap(api.GET('/api/v1/instance', { signal }));
}
