import { startI18n } from './i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The words this page needs start loading now, beside the app's code rather than after it: on a
// phone over a slow network each round trip saved is seen. A citizen's survey link (/s/<code>)
// needs the survey form's words; the other pages load theirs with their route.
const words = startI18n(window.location.pathname.startsWith('/s/') ? ['surveyTake'] : []);

void Promise.all([import('./app/mount'), words]).then(([{ mountApp }]) => mountApp(root));
