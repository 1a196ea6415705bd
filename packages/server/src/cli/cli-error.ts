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
