import { startI18n } from './i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The words of the shared namespaces start loading now, beside the app's code rather than after
// it: on a phone over a slow network each round trip saved is seen. So does the code of the page
// people reach from outside the app (the router's lazy import then finds it loaded, one round trip
// earlier). A citizen's survey link (/s/<code>) never gets here: it is an entry of its own
// (survey-entry.tsx, survey.html).
const words = startI18n();
if (window.location.pathname === '/login') void import('./features/auth/routes/login-page');

void Promise.all([import('./app/mount'), words]).then(([{ mountApp }]) => mountApp(root));
