import { isLanguage, type Language } from './languages';

// The language chosen on this device, kept in localStorage: the same key for the app and the
// citizen's survey page, so a choice made on one holds on the other.

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
