import domainEn from '@jenjang/domain/i18n/en.json';
import domainId from '@jenjang/domain/i18n/id.json';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from './languages';
import accountsEn from './locales/en/accounts.json';
import auditEn from './locales/en/audit.json';
import dashboardEn from './locales/en/dashboard.json';
import nationalEn from './locales/en/national.json';
import organisationEn from './locales/en/organisation.json';
import surveyAdminEn from './locales/en/survey-admin.json';
import surveyResultsEn from './locales/en/survey-results.json';
import surveyTakeEn from './locales/en/survey-take.json';
import en from './locales/en.json';
import accountsId from './locales/id/accounts.json';
import auditId from './locales/id/audit.json';
import dashboardId from './locales/id/dashboard.json';
import nationalId from './locales/id/national.json';
import organisationId from './locales/id/organisation.json';
import surveyAdminId from './locales/id/survey-admin.json';
import surveyResultsId from './locales/id/survey-results.json';
import surveyTakeId from './locales/id/survey-take.json';
import id from './locales/id.json';

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

// One namespace per large feature, so each has its own pair of files.
export const resources = {
  id: {
    translation: id,
    domain: domainId,
    surveyAdmin: surveyAdminId,
    surveyTake: surveyTakeId,
    surveyResults: surveyResultsId,
    national: nationalId,
    organisation: organisationId,
    accounts: accountsId,
    audit: auditId,
    dashboard: dashboardId,
  },
  en: {
    translation: en,
    domain: domainEn,
    surveyAdmin: surveyAdminEn,
    surveyTake: surveyTakeEn,
    surveyResults: surveyResultsEn,
    national: nationalEn,
    organisation: organisationEn,
    accounts: accountsEn,
    audit: auditEn,
    dashboard: dashboardEn,
  },
} as const;

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'id',
  supportedLngs: LANGUAGES,
  ns: [
    'translation',
    'domain',
    'surveyAdmin',
    'surveyTake',
    'surveyResults',
    'national',
    'organisation',
    'accounts',
    'audit',
    'dashboard',
  ],
  defaultNS: 'translation',
  interpolation: { escapeValue: false },
  initAsync: false,
});

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = isLanguage(language) ? language : 'id';
}

syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

/** The current UI language, as a BCP 47 tag for Intl formatters. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'id';
}
