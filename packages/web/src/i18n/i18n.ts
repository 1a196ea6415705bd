import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from './languages';

const STORAGE_KEY = 'jenjang.language';

/** The language chosen on this device (also before login); Bahasa Indonesia by default. */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'id';
  } catch {
    return 'id';
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice still holds for this page view.
  }
}

type Loader = () => Promise<{ default: ResourceKey }>;

// One namespace per large feature, each a pair of files (locales/<language>/<feature>.json) that
// the build turns into a chunk of its own: a page loads only its language and its features' words
// (a citizen's survey page does not carry the admin screens' 1,000 strings). i18next.d.ts types them.
const features = import.meta.glob<{ default: ResourceKey }>('./locales/*/*.json');
const camel = (file: string) => file.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

const loaders: Record<Language, Record<string, Loader>> = {
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

const lazyFiles: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, done) {
    const load = isLanguage(language) ? loaders[language][namespace] : undefined;
    if (!load) return done(new Error(`no translations for ${language}/${namespace}`), null);
    load().then(
      (file) => done(null, file.default),
      (error: Error) => done(error, null),
    );
  },
};

export const i18n = i18next.createInstance();

/**
 * Starts i18next with the device's language and loads `namespaces` besides the shared ones
 * ('translation', 'domain'); the page renders once they are in. Other namespaces load when a
 * component first asks for one (react-i18next suspends it meanwhile), and a change of language
 * loads the new language's files of every namespace loaded so far before switching.
 */
export function startI18n(namespaces: readonly string[] = []): Promise<unknown> {
  return i18n
    .use(lazyFiles)
    .use(initReactI18next)
    .init({
      lng: storedLanguage(),
      // Both languages hold every key (locale-parity.test.ts): no second language to load behind.
      fallbackLng: false,
      supportedLngs: LANGUAGES,
      ns: ['translation', 'domain', ...namespaces],
      defaultNS: 'translation',
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
}

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = isLanguage(language) ? language : 'id';
}

i18n.on('languageChanged', syncDocumentLanguage);

/** The current UI language, as a BCP 47 tag for Intl formatters. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'id';
}
