import { DataDirBusyError } from '../db/data-dir-registry';
import { EmbeddedPostgresError } from '../db/postgres-reach';
import { type Locale, localeFrom, translate } from '../i18n/translate';

/** A command-line failure the operator should read: an i18n key under `cli.` and its params. */
export class CliError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(key);
  }
}

/** The CLI speaks Indonesian unless JENJANG_LANG (or LANG) says English. */
export const cliLocale: Locale = localeFrom(process.env.JENJANG_LANG ?? process.env.LANG?.replace('_', '-'));

export const cliText = (key: string, params: Record<string, unknown> = {}) =>
  translate(cliLocale, `cli.${key}`, params);

/**
 * The one sentence for a failure that is the operator's to resolve (a command-line mistake, the data
 * directory held by a server or a restore, PostgreSQL out of the service user's reach); null for a
 * bug, which keeps its stack trace.
 */
export function operatorMessage(error: unknown): string | null {
  if (error instanceof CliError) return cliText(error.key, error.params);
  if (error instanceof DataDirBusyError) {
    const key = error.holder.kind === 'restore' ? 'restoreRunning' : 'serverRunning';
    return cliText(key, { dir: error.dataDir, pid: error.holder.pid });
  }
  if (error instanceof EmbeddedPostgresError) return error.message;
  return null;
}
