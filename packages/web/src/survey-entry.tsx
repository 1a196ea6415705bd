import { getPublicSurvey } from './features/survey-take/api/get-public-survey';
import { codeOf, isPublicCode } from './features/survey-take/public-code';
import { liteI18n } from './i18n/lite-i18n';
import { early } from './lib/early';
import { formatDeadline } from './lib/format';
import { getInstance } from './lib/get-instance';

// The citizen's survey page (/s/<code>, survey.html) is an entry of its own, built apart
// (vite.survey.config.ts): a phone on a regional network loads this page's code only, no router,
// no session, no app shell. survey.html names the page's code, so the browser fetches it beside
// this file; its words and its two questions to the API start here, beside the code too.

const root = document.getElementById('root');
if (!root) throw new Error('survey.html has no #root element');

const code = codeOf(window.location.pathname);
const words = liteI18n.load(['translation', 'domain', 'surveyTake']);
// The survey (which the server's Link header already has the browser fetch) and whether this is a
// demo: with both in at the first render, the page draws the form once, instead of a loader and
// then the form, then again with the demo band above it (each time a render and a layout of the
// whole form, most of a second at a phone's speed). They arrive long before the code; a failure
// leaves the page to ask again itself.
const survey = isPublicCode(code) ? early(getPublicSurvey(code)) : undefined;
const instance = early(getInstance());
const settled = (promise: Promise<unknown> | undefined) => promise?.catch(() => {});
// While the code downloads, the phone's CPU waits: the formatter of the form's closing date (its
// first use loads the language's calendar and the zone's rules) is made then, not during the
// first render.
void survey?.promise.then(
  (form) => formatDeadline(form.closesAt, liteI18n.language, form.timeZone),
  () => {},
);

void Promise.all([import('./survey-app'), words, settled(survey?.promise), settled(instance.promise)]).then(
  ([{ mountSurvey }]) => mountSurvey(root, { code, survey, instance }),
);
