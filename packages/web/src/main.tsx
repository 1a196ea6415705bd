import { startI18n } from './i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The words this page needs start loading now, beside the app's code rather than after it: on a
// phone over a slow network each round trip saved is seen. A citizen's survey link (/s/<code>)
// needs the survey form's words; the other pages load theirs with their route.
const path = window.location.pathname;
const citizen = path.startsWith('/s/');
const words = startI18n(citizen ? ['surveyTake'] : []);
// So is the code of the two pages people reach from outside the app (the router's lazy import
// then finds it loaded, one round trip earlier).
if (citizen) void import('./features/survey-take/routes/public-survey-page');
else if (path === '/login') void import('./features/auth/routes/login-page');

void Promise.all([import('./app/mount'), words]).then(([{ mountApp }]) => mountApp(root));
