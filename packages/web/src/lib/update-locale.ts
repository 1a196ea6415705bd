import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Session, UpdateLocaleRequest } from '../api/types';
import { i18n, storeLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { api, send } from './api-client';
import { readSession, setSession } from './session';

// PUT /api/v1/auth/locale — persists the language of a signed-in user. Before login the choice is
// kept on the device only; if the user picks a language on the login page, it wins over the
// account's saved language when they sign in.

export function updateLocale(body: UpdateLocaleRequest): Promise<void> {
  return send(api.PUT('/api/v1/auth/locale', { body }));
}

let chosenBeforeLogin: Language | null = null;

export async function applyLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/** The session to keep after login, with the account's language reconciled with the device's. */
export async function reconcileLanguageAtLogin(session: Session): Promise<Session> {
  const chosen = chosenBeforeLogin;
  chosenBeforeLogin = null;
  if (chosen === null || chosen === session.user.locale) {
    await applyLanguage(session.user.locale);
    return session;
  }
  try {
    await updateLocale({ locale: chosen });
    return { ...session, user: { ...session.user, locale: chosen } };
  } catch {
    await applyLanguage(session.user.locale);
    return session;
  }
}

async function changeLanguage(queryClient: QueryClient, language: Language): Promise<void> {
  await applyLanguage(language);
  const session = readSession(queryClient);
  if (!session) {
    chosenBeforeLogin = language;
    return;
  }
  if (session.user.locale === language) return;
  await updateLocale({ locale: language });
  setSession(queryClient, { ...session, user: { ...session.user, locale: language } });
}

export function useChangeLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) => changeLanguage(queryClient, language),
  });
}
