import { liteI18n } from './i18n/lite-i18n';

// The citizen's survey page (/s/<code>, survey.html) is an entry of its own, built apart
// (vite.survey.config.ts): a phone on a regional network loads this page's code only, no router,
// no session, no app shell. Its words start loading now, beside its code rather than after it.

const root = document.getElementById('root');
if (!root) throw new Error('survey.html has no #root element');

const words = liteI18n.load(['translation', 'domain', 'surveyTake']);
void Promise.all([import('./survey-app'), words]).then(([{ mountSurvey }]) => mountSurvey(root));
