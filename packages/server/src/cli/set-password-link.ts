import type { Config } from '../config';
import { runningServerUrl } from '../db/data-dir-registry';
import { cliText } from './cli-error';

export interface SetPasswordLink {
  url: string;
  /**
   * Where its address came from: the operator's --base-url, PUBLIC_URL (what users reach), the
   * server running on this data directory (this machine's address), or nowhere (a path only).
   */
  base: 'given' | 'public' | 'server' | 'none';
  /** The address in front of the path; null for a path only. */
  origin: string | null;
}

/**
 * The set-password link the command line prints: on `given` when the operator gave one, else on
 * PUBLIC_URL, else on the address of the server running on this data directory, else just the
 * path. Never on a guessed port: run without the server's PORT, the CLI guessed 3000 while the
 * server listened on 3996.
 */
export function setPasswordLink(
  config: Pick<Config, 'publicUrl'>,
  token: string,
  bases: { given?: string | undefined; server?: string | null } = {},
): SetPasswordLink {
  const [base, origin]: [SetPasswordLink['base'], string | null] =
    bases.given !== undefined
      ? ['given', bases.given]
      : config.publicUrl !== null
        ? ['public', config.publicUrl]
        : bases.server
          ? ['server', bases.server]
          : ['none', null];
  const path = `/set-password?token=${encodeURIComponent(token)}`;
  const trimmed = origin?.replace(/\/+$/, '') ?? null;
  return { url: `${trimmed ?? ''}${path}`, base, origin: trimmed };
}

/** The link for `token`, asking the data directory's registry for a running server only when needed. */
export async function cliSetPasswordLink(
  config: Pick<Config, 'publicUrl' | 'dataDir'>,
  token: string,
  given?: string,
): Promise<SetPasswordLink> {
  const server =
    given === undefined && config.publicUrl === null ? await runningServerUrl(config.dataDir) : null;
  return setPasswordLink(config, token, { given, server });
}

/** What the operator must know about a link not made from PUBLIC_URL or --base-url; null otherwise. */
export function linkNotice(link: SetPasswordLink): string | null {
  if (link.base === 'server') return cliText('linkOfServer', { url: link.origin });
  if (link.base === 'none') return cliText('linkRelative');
  return null;
}
