import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { storedLanguage } from './device-language';
import { isLanguage, LANGUAGES, type Language } from './languages';
import { loaders } from './namespaces';

export { storedLanguage, storeLanguage } from './device-language';
export { NAMESPACES } from './namespaces';

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
