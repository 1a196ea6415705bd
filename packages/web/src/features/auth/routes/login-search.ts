import { optionalString } from '../../../lib/search-params';

export interface LoginSearch {
  /** Where to go after signing in; only same-site paths are honoured. */
  redirect?: string;
}

export function validateLoginSearch(search: Record<string, unknown>): LoginSearch {
  const redirect = optionalString(search.redirect);
  return redirect ? { redirect } : {};
}

/** A path inside this app, never another site ('//evil.example' or 'https://…'). */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  if (target.startsWith('/login') || target.startsWith('/set-password')) return '/';
  return target;
}
