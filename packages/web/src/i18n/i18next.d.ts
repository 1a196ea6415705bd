import type domain from '@jenjang/domain/i18n/id.json';
import type accounts from './locales/id/accounts.json';
import type audit from './locales/id/audit.json';
import type certificates from './locales/id/certificates.json';
import type competencies from './locales/id/competencies.json';
import type dashboard from './locales/id/dashboard.json';
import type development from './locales/id/development.json';
import type forum from './locales/id/forum.json';
import type national from './locales/id/national.json';
import type organisation from './locales/id/organisation.json';
import type partners from './locales/id/partners.json';
import type performance from './locales/id/performance.json';
import type policies from './locales/id/policies.json';
import type programs from './locales/id/programs.json';
import type promotion from './locales/id/promotion.json';
import type surveyAdmin from './locales/id/survey-admin.json';
import type surveyResults from './locales/id/survey-results.json';
import type surveyTake from './locales/id/survey-take.json';
import type talent from './locales/id/talent.json';
import type talentSettings from './locales/id/talent-settings.json';
import type tour from './locales/id/tour.json';
import type transparency from './locales/id/transparency.json';
import type translation from './locales/id.json';

// The keys t() accepts, per namespace; the files themselves load lazily (i18n.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof translation;
      domain: typeof domain;
      surveyAdmin: typeof surveyAdmin;
      surveyTake: typeof surveyTake;
      surveyResults: typeof surveyResults;
      national: typeof national;
      organisation: typeof organisation;
      accounts: typeof accounts;
      audit: typeof audit;
      dashboard: typeof dashboard;
      policies: typeof policies;
      transparency: typeof transparency;
      forum: typeof forum;
      tour: typeof tour;
      competencies: typeof competencies;
      development: typeof development;
      programs: typeof programs;
      certificates: typeof certificates;
      partners: typeof partners;
      performance: typeof performance;
      promotion: typeof promotion;
      talent: typeof talent;
      talentSettings: typeof talentSettings;
    };
  }
}
