import type { Config } from '../config';

export interface SetPasswordLink {
  url: string;
  /** True when no PUBLIC_URL is set: the link names this machine, which users elsewhere cannot reach. */
  local: boolean;
}

/**
 * The set-password link the command line prints: on `baseUrl` when the operator gave one, else on
 * PUBLIC_URL (what users reach), else on this machine's address at the server's port.
 */
export function setPasswordLink(
  config: Pick<Config, 'publicUrl' | 'port'>,
  token: string,
  baseUrl?: string,
): SetPasswordLink {
  const base = (baseUrl ?? config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
  return {
    url: `${base}/set-password?token=${encodeURIComponent(token)}`,
    local: baseUrl === undefined && config.publicUrl === null,
  };
}
