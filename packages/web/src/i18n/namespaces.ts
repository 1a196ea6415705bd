import { isLanguage, type Language } from './languages';

/** One translation file: nested objects of strings. */
export type Messages = { [key: string]: unknown };

/** Loads one namespace's file of one language (a chunk of its own in the build). */
export type NamespaceLoader = () => Promise<{ default: Messages }>;

// One namespace per large feature, each a pair of files (locales/<language>/<feature>.json) that
// the build turns into a chunk of its own: a page loads only its language and its features' words
// (a citizen's survey page does not carry the admin screens' 1,000 strings). i18next.d.ts types them.
// Apart from i18next so that the citizen's survey page (lite-i18n.ts) reads the same files.
const features = import.meta.glob<{ default: Messages }>('./locales/*/*.json');
const camel = (file: string) => file.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

export const loaders: Record<Language, Record<string, NamespaceLoader>> = {
  id: {
    translation: () => import('./locales/id.json'),
    domain: () => import('@jenjang/domain/i18n/id.json'),
  },
  en: {
    translation: () => import('./locales/en.json'),
    domain: () => import('@jenjang/domain/i18n/en.json'),
  },
};
for (const [path, load] of Object.entries(features)) {
  const [, language, file] = /^\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path) ?? [];
  if (isLanguage(language) && file) loaders[language][camel(file)] = load;
}

/** Every namespace there is; a component names the ones it reads in useTranslation. */
export const NAMESPACES = Object.keys(loaders.id);
