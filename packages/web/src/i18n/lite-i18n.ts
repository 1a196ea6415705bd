import { storedLanguage, storeLanguage } from './device-language';
import type { Language } from './languages';
import { loaders, type NamespaceLoader } from './namespaces';

// The citizen's survey page (survey-entry.tsx) reads the app's translation files without i18next
// (16 KB gzip, with react-i18next, of a page that must start in 120 KB). It needs only the part of
// i18next the page's components use, and does it the same way (lite-i18n.test.ts compares every
// string of the page's namespaces with i18next's):
// - 'namespace:key.path' or { ns } picks the namespace, 'a.b' walks the file's objects;
// - { count } picks the CLDR plural form (key_one, key_other) of the language, else the key;
// - {{name}} takes the option's value (stays as it is when not given); no escaping (React does);
// - a key with no string is shown as the key (without its namespace), and warned about.
// Anything else (nesting with $t, formatters, context) is not supported: the page does not use it.

type Tree = { [key: string]: unknown };
type Options = Record<string, unknown> & { ns?: string; count?: number };

const INTERPOLATION = /{{\s*([\w.]+)\s*}}/g;

export class LiteI18n {
  #language: Language;
  readonly #files: Record<Language, Record<string, Tree>> = { id: {}, en: {} };
  readonly #namespaces = new Set<string>();
  readonly #listeners = new Set<() => void>();
  readonly #loaders: Record<Language, Record<string, NamespaceLoader>>;

  constructor(language: Language, files = loaders) {
    this.#language = language;
    this.#loaders = files;
  }

  get language(): Language {
    return this.#language;
  }

  /** Loads these namespaces of the current language (besides those loaded already). */
  async load(namespaces: readonly string[]): Promise<void> {
    for (const namespace of namespaces) this.#namespaces.add(namespace);
    await this.#loadLanguage(this.#language);
  }

  /** Whether the current language's file of this namespace is in. */
  has(namespace: string): boolean {
    return namespace in this.#files[this.#language];
  }

  /** Loads the new language's files of every namespace loaded so far, then switches to it. */
  async changeLanguage(language: Language): Promise<void> {
    await this.#loadLanguage(language);
    storeLanguage(language);
    if (language === this.#language) return;
    this.#language = language;
    for (const listener of this.#listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  t(namespace: string, key: string, options: Options = {}): string {
    let ns = options.ns ?? namespace;
    let path = key;
    const colon = key.indexOf(':');
    if (colon > 0 && key.slice(0, colon) in this.#loaders[this.#language]) {
      ns = key.slice(0, colon);
      path = key.slice(colon + 1);
    }
    const file = this.#files[this.#language][ns];
    let text: unknown;
    if (file && typeof options.count === 'number') {
      const form = new Intl.PluralRules(this.#language).select(options.count);
      text = lookUp(file, `${path}_${form}`);
    }
    if (typeof text !== 'string' && file) text = lookUp(file, path);
    if (typeof text !== 'string') {
      // Said where a test sees it: the survey build keeps only some sections of the shared files.
      console.warn(`missing translation: ${this.#language}/${ns}:${path}`);
      return path;
    }
    return text.replace(INTERPOLATION, (placeholder, name: string) => {
      const value = lookUp(options, name);
      return value === undefined || value === null ? placeholder : String(value);
    });
  }

  async #loadLanguage(language: Language): Promise<void> {
    const files = this.#files[language];
    await Promise.all(
      [...this.#namespaces]
        .filter((namespace) => !(namespace in files))
        .map(async (namespace) => {
          const load = this.#loaders[language][namespace];
          if (!load) throw new Error(`no translations for ${language}/${namespace}`);
          const file = await load();
          files[namespace] = file.default;
        }),
    );
  }
}

function lookUp(tree: Tree, path: string): unknown {
  let node: unknown = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Tree)[part];
  }
  return node;
}

/** The survey page's words, in the device's language; <html lang> follows it. */
export const liteI18n = new LiteI18n(storedLanguage());

function syncDocumentLanguage(): void {
  document.documentElement.lang = liteI18n.language;
}

if (typeof document !== 'undefined') {
  syncDocumentLanguage();
  liteI18n.subscribe(syncDocumentLanguage);
}
