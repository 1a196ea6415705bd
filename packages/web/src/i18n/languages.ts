// The interface languages, apart from i18next's set-up so that pure code (formatters and their
// tests) can name them without starting i18next or touching the document.

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return value === 'id' || value === 'en';
}
