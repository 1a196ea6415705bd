import { optionalString } from '../../../lib/search-params';

export interface SetPasswordSearch {
  token?: string;
}

export function validateSetPasswordSearch(search: Record<string, unknown>): SetPasswordSearch {
  const token = optionalString(search.token);
  return token ? { token } : {};
}
