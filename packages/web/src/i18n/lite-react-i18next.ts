import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Language } from './languages';
import { liteI18n } from './lite-i18n';

// What the citizen's survey page's components take from react-i18next, over lite-i18n.ts: its
// build (vite.survey.config.ts) resolves 'react-i18next' to this file, so the components shared
// with the app (the questionnaire, the answer form, the public layout) run unchanged. A name the
// page imports and this file lacks fails that build.

const subscribe = (listener: () => void) => liteI18n.subscribe(listener);
const language = () => liteI18n.language;

export function useTranslation(namespace = 'translation') {
  const current = useSyncExternalStore(subscribe, language, language);
  // Like react-i18next, a namespace not loaded yet suspends the component until it is.
  if (!liteI18n.has(namespace)) throw liteI18n.load([namespace]);
  const t = useCallback(
    (key: string, options?: Record<string, unknown>) => liteI18n.t(namespace, key, options),
    // A new function at each change of language, so memoised texts are redone.
    [namespace, current],
  );
  const i18n = useMemo(
    () => ({
      language: current,
      changeLanguage: (next: Language) => liteI18n.changeLanguage(next),
    }),
    [current],
  );
  return { t, i18n, ready: true };
}
