import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  type RouteComponent,
  redirect,
} from '@tanstack/react-router';
import { ForbiddenMessage, NotFoundPage } from '../components/not-found';
import { RouteError } from '../components/route-error';
import { validateAccountsSearch } from '../features/accounts/routes/accounts-search';
import { validateAuditSearch } from '../features/audit/routes/audit-search';
import { safeRedirect, validateLoginSearch } from '../features/auth/routes/login-search';
import { validateSetPasswordSearch } from '../features/auth/routes/set-password-search';
import { validateCompetenciesSearch } from '../features/competencies/routes/competencies-search';
import { validatePlansSearch } from '../features/development-plans/routes/plans-search';
import { validateEmployeesSearch } from '../features/employees/routes/employees-search';
import { validateImportSearch } from '../features/imports/routes/import-search';
import { validateOrganisationSearch } from '../features/organisation/routes/organisation-search';
import {
  plansOwnPerformance,
  readsPerformanceOverview,
} from '../features/performance/routes/performance-access';
import { validatePerformanceAdminSearch } from '../features/performance/routes/performance-admin-search';
import { validateCompareSearch } from '../features/policies/routes/compare-search';
import { validateCheckInSearch } from '../features/programs/routes/check-in-search';
import { validatePromotionSearch } from '../features/promotion/routes/promotion-search';
import { validateNonRespondentsSearch } from '../features/survey-admin/routes/non-respondents-search';
import { validateTalentSearch } from '../features/talent/routes/talent-search';
import { i18n } from '../i18n/i18n';
import { instanceQueryOptions } from '../lib/instance';
import { onFirstInteraction } from '../lib/on-first-interaction';
import { parseSearch, stringifySearch } from '../lib/search-params';
import { hasPermission, readSession, sessionQueryOptions, useMe } from '../lib/session';

export interface RouterContext {
  queryClient: QueryClient;
}

/**
 * A route's loader that fetches the translation namespaces its page reads, in parallel with the
 * page's code, so the page never suspends (which would blank the whole frame) for its words.
 */
const words =
  (...namespaces: string[]) =>
  async () => {
    await i18n.loadNamespaces(namespaces);
  };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: validateLoginSearch,
  beforeLoad: async ({ context, search }) => {
    if (readSession(context.queryClient)) throw redirect({ href: safeRedirect(search.redirect) });
    // Nobody can sign in before a first government exists: say how to set one up instead.
    const instance = await context.queryClient.ensureQueryData(instanceQueryOptions);
    if (instance.setupNeeded) throw redirect({ to: '/setup' });
  },
  component: lazyRouteComponent(() => import('../features/auth/routes/login-page'), 'LoginPage'),
  // Who signs in sees the shell next: its code loads as they start on the form, not while a phone
  // still loads the sign-in page itself.
  onEnter: () => {
    onFirstInteraction(() => void import('./shell/app-layout'));
  },
});

/** A fresh database without demo data: how the operator sets up the first government. */
const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'setup',
  beforeLoad: async ({ context }) => {
    const instance = await context.queryClient.ensureQueryData(instanceQueryOptions);
    if (!instance.setupNeeded) throw redirect({ to: '/login' });
  },
  component: lazyRouteComponent(() => import('../features/setup/routes/setup-page'), 'SetupPage'),
});

const setPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'set-password',
  validateSearch: validateSetPasswordSearch,
  component: lazyRouteComponent(() => import('../features/auth/routes/set-password-page'), 'SetPasswordPage'),
});

/**
 * A government's transparency page: the policies it published, for citizens without an account.
 * Outside the shell and without a session, like the sign-in page.
 */
const transparencyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'kebijakan/$slug',
  loader: words('transparency', 'domain'),
  component: lazyRouteComponent(
    () => import('../features/transparency/routes/transparency-page'),
    'TransparencyPage',
  ),
});

/**
 * Where a program certificate's QR code leads: whether it stands, for anyone without an account.
 * Outside the shell and without a session, like the transparency page.
 */
const certificateVerificationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'verifikasi/$slug/$code',
  loader: words('certificates'),
  component: lazyRouteComponent(
    () => import('../features/certificates/routes/verification-page'),
    'VerificationPage',
  ),
});

/** Every page behind the login: the shell, and a redirect to /login without a session. */
const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_authed',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (!session) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
  // The shell's code (navigation, menus) loads behind the login, never for sign-in or a citizen.
  component: lazyRouteComponent(() => import('./shell/app-layout'), 'AppLayout'),
});

/**
 * A page only for users with `permission` (the server enforces it too). Others see a message in
 * place of the page, at the same address. Checked while rendering rather than in beforeLoad, where
 * a thrown error would be logged to the console as a failure.
 */
function requirePermission(permission: string, Page: RouteComponent): RouteComponent {
  const Guarded: RouteComponent = () =>
    hasPermission(useMe(), permission) ? <Page /> : <ForbiddenMessage />;
  Guarded.preload = Page.preload;
  return Guarded;
}

const DashboardPage = lazyRouteComponent(
  () => import('../features/dashboard/routes/dashboard-page'),
  'DashboardPage',
);
const NationalPage = lazyRouteComponent(
  () => import('../features/national/routes/national-page'),
  'NationalPage',
);

/** Beranda: a government's figures, or for a national viewer the figures across governments. */
const dashboardRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  loader: words('dashboard', 'national'),
  component: function HomeRoute() {
    return useMe().role === 'nasional' ? <NationalPage /> : <DashboardPage />;
  },
});

const employeesRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'employees',
  validateSearch: validateEmployeesSearch,
  component: requirePermission(
    'employee.read',
    lazyRouteComponent(() => import('../features/employees/routes/employees-page'), 'EmployeesPage'),
  ),
});

const EmployeeDetailPage = lazyRouteComponent(
  () => import('../features/employees/routes/employee-detail-page'),
  'EmployeeDetailPage',
);

const employeeDetailRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'employees/$employeeId',
  // The record's Kompetensi, Pengembangan & JP and IDP sections.
  loader: words('competencies', 'development'),
  component: function EmployeeDetailRoute() {
    // Everyone may open their own record; other records need employee.read (the server narrows it).
    const me = useMe();
    const { employeeId } = employeeDetailRoute.useParams();
    const own = me.employeeId !== null && String(me.employeeId) === employeeId;
    return own || hasPermission(me, 'employee.read') ? <EmployeeDetailPage /> : <ForbiddenMessage />;
  },
});

const importEmployeesRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'imports/employees',
  validateSearch: validateImportSearch,
  component: requirePermission(
    'employee.import',
    lazyRouteComponent(
      () => import('../features/imports/routes/import-employees-page'),
      'ImportEmployeesPage',
    ),
  ),
});

const importUnitsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'imports/units',
  validateSearch: validateImportSearch,
  component: requirePermission(
    'unit.manage',
    lazyRouteComponent(
      () => import('../features/imports/routes/import-organisation-pages'),
      'ImportUnitsPage',
    ),
  ),
});

const importPositionsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'imports/positions',
  validateSearch: validateImportSearch,
  component: requirePermission(
    'position.manage',
    lazyRouteComponent(
      () => import('../features/imports/routes/import-organisation-pages'),
      'ImportPositionsPage',
    ),
  ),
});

const importStandardsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'imports/competency-standards',
  validateSearch: validateImportSearch,
  component: requirePermission(
    'competency.manage',
    lazyRouteComponent(
      () => import('../features/imports/routes/import-organisation-pages'),
      'ImportStandardsPage',
    ),
  ),
});

const importAssessmentsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'imports/competency-assessments',
  validateSearch: validateImportSearch,
  component: requirePermission(
    'competency.assess',
    lazyRouteComponent(
      () => import('../features/imports/routes/import-organisation-pages'),
      'ImportAssessmentsPage',
    ),
  ),
});

const importDevelopmentRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'imports/development',
  validateSearch: validateImportSearch,
  component: requirePermission(
    'employee.import',
    lazyRouteComponent(
      () => import('../features/imports/routes/import-organisation-pages'),
      'ImportDevelopmentPage',
    ),
  ),
});

const importPerformanceRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'imports/performance-history',
  validateSearch: validateImportSearch,
  component: requirePermission(
    'performance.manage',
    lazyRouteComponent(
      () => import('../features/imports/routes/import-organisation-pages'),
      'ImportPerformancePage',
    ),
  ),
});

/** Admins: the unit tree and the positions. */
const organisationRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'organisation',
  validateSearch: validateOrganisationSearch,
  loader: words('organisation'),
  component: requirePermission(
    'unit.manage',
    lazyRouteComponent(() => import('../features/organisation/routes/organisation-page'), 'OrganisationPage'),
  ),
});

/** Kompetensi: the competency dictionary and the positions' standards (SKJ), for everyone who reads them. */
const competenciesRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'competencies',
  validateSearch: validateCompetenciesSearch,
  loader: words('competencies'),
  component: requirePermission(
    'competency.read',
    lazyRouteComponent(() => import('../features/competencies/routes/competencies-page'), 'CompetenciesPage'),
  ),
});

const changePasswordRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'account/password',
  component: lazyRouteComponent(
    () => import('../features/auth/routes/change-password-page'),
    'ChangePasswordPage',
  ),
});

const auditRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'audit',
  validateSearch: validateAuditSearch,
  loader: words('audit'),
  component: requirePermission(
    'audit.read',
    lazyRouteComponent(() => import('../features/audit/routes/audit-page'), 'AuditPage'),
  ),
});

const accountsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'settings/accounts',
  validateSearch: validateAccountsSearch,
  loader: words('accounts'),
  component: requirePermission(
    'account.manage',
    lazyRouteComponent(() => import('../features/accounts/routes/accounts-page'), 'AccountsPage'),
  ),
});

/** Pengaturan › Instansi: tenant-wide admins (the server answers 403 to a scoped one). */
const governmentSettingsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'settings/government',
  // The certificates' letterhead fields, and the NIP rules' messages for the signer's NIP.
  loader: words('certificates', 'domain'),
  component: requirePermission(
    'tenant.manage',
    lazyRouteComponent(
      () => import('../features/settings/routes/government-settings-page'),
      'GovernmentSettingsPage',
    ),
  ),
});

/** Pengaturan › Pengiriman peristiwa: tenant-wide admins. */
const eventDeliveriesRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'settings/events',
  component: requirePermission(
    'tenant.manage',
    lazyRouteComponent(
      () => import('../features/events/routes/event-deliveries-page'),
      'EventDeliveriesPage',
    ),
  ),
});

const policiesRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'policies',
  loader: words('policies'),
  component: requirePermission(
    'policy.read',
    lazyRouteComponent(() => import('../features/policies/routes/policies-page'), 'PoliciesPage'),
  ),
});

const policyRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'policies/$policyId',
  loader: words('policies', 'forum'),
  component: requirePermission(
    'policy.read',
    lazyRouteComponent(() => import('../features/policies/routes/policy-page'), 'PolicyPage'),
  ),
});

/** Pengembangan Saya: the signed-in employee's own gaps, JP and IDP. */
const myDevelopmentRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'my-development',
  loader: words('competencies', 'development'),
  component: lazyRouteComponent(
    () => import('../features/employees/routes/my-development-page'),
    'MyDevelopmentPage',
  ),
});

/** Rencana Pengembangan Kompetensi: the year's plans, for readers of the government's figures. */
const developmentPlansRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'development-plans',
  validateSearch: validatePlansSearch,
  loader: words('development'),
  component: requirePermission(
    'aggregate.read',
    requirePermission(
      'competency.read',
      lazyRouteComponent(() => import('../features/development-plans/routes/plans-page'), 'PlansPage'),
    ),
  ),
});

const developmentPlanRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'development-plans/$planId',
  loader: words('development'),
  component: requirePermission(
    'aggregate.read',
    requirePermission(
      'competency.read',
      lazyRouteComponent(() => import('../features/development-plans/routes/plan-page'), 'PlanPage'),
    ),
  ),
});

/** Development programs: the catalog, and one program with the reader's own application. */
const programsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'programs',
  loader: words('programs'),
  component: requirePermission(
    'program.read',
    lazyRouteComponent(() => import('../features/programs/routes/programs-page'), 'ProgramsPage'),
  ),
});

const programRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'programs/$programId',
  loader: words('programs'),
  component: requirePermission(
    'program.read',
    lazyRouteComponent(() => import('../features/programs/routes/program-page'), 'ProgramPage'),
  ),
});

/**
 * A batch's days (attendance, scores; closing, for the agency), for whoever keeps the batch: the
 * agency, or a trainer it names (the server answers 404 to anyone else).
 */
const rosterRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'programs/$programId/batches/$batchId',
  loader: words('programs'),
  component: requirePermission(
    'program.teach',
    lazyRouteComponent(() => import('../features/programs/routes/roster-page'), 'RosterPage'),
  ),
});

/** Where a batch's QR code leads: the participant confirms their presence for the day. */
const checkInRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'programs/$programId/check-in',
  validateSearch: validateCheckInSearch,
  loader: words('programs'),
  component: requirePermission(
    'program.apply',
    lazyRouteComponent(() => import('../features/programs/routes/check-in-page'), 'CheckInPage'),
  ),
});

/** The batches the signed-in account teaches: a partner's trainer's way in to their rosters. */
const teachingRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'teaching',
  loader: words('programs'),
  component: requirePermission(
    'program.teach',
    lazyRouteComponent(() => import('../features/programs/routes/teaching-page'), 'TeachingPage'),
  ),
});

/** The participants' feedback on the batches a trainer taught (the server answers with theirs only). */
const teachingEvaluationRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'teaching/programs/$programId/evaluation',
  validateSearch: (search: Record<string, unknown>): { title?: string } =>
    typeof search.title === 'string' ? { title: search.title.slice(0, 300) } : {},
  loader: words('programs'),
  component: requirePermission(
    'program.teach',
    lazyRouteComponent(
      () => import('../features/programs/routes/teaching-evaluation-page'),
      'TeachingEvaluationPage',
    ),
  ),
});

/** Mentoring Saya: the signed-in employee's pairs as mentor or mentee (mostly opened on a phone). */
const myMentoringRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'mentoring',
  loader: words('programs'),
  component: requirePermission(
    'program.read',
    lazyRouteComponent(() => import('../features/programs/routes/my-mentoring-page'), 'MyMentoringPage'),
  ),
});

/**
 * One mentoring pair: its goals, sessions and reflections, for its mentor and mentee, the agency and
 * the mentee's supervisors (the server answers 404 to anyone else).
 */
const mentoringPairRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'mentoring/$pairId',
  loader: words('programs'),
  component: requirePermission(
    'program.read',
    lazyRouteComponent(() => import('../features/programs/routes/mentoring-pair-page'), 'MentoringPairPage'),
  ),
});

/** Beasiswa Saya: the signed-in employee's scholarship awards (mostly opened on a phone). */
const myScholarshipsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'scholarships',
  loader: words('programs'),
  component: requirePermission(
    'program.read',
    lazyRouteComponent(
      () => import('../features/programs/routes/my-scholarships-page'),
      'MyScholarshipsPage',
    ),
  ),
});

/**
 * One scholarship award: its status and history, term reports, return to work and bond, for the
 * awardee and the agency (the server answers 404 to anyone else).
 */
const scholarshipAwardRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'scholarships/awards/$awardId',
  loader: words('programs'),
  component: requirePermission(
    'program.read',
    lazyRouteComponent(
      () => import('../features/programs/routes/scholarship-award-page'),
      'ScholarshipAwardPage',
    ),
  ),
});

const MyPerformancePage = lazyRouteComponent(
  () => import('../features/performance/routes/my-performance-page'),
  'MyPerformancePage',
);

/** Kinerja Saya: the signed-in employee's SKP, whom they appraise, and their history (mostly on a phone). */
const myPerformanceRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'performance',
  loader: words('performance', 'promotion', 'talent', 'competencies'),
  component: function MyPerformanceRoute() {
    return plansOwnPerformance(useMe()) ? <MyPerformancePage /> : <ForbiddenMessage />;
  },
});

/**
 * One SKP: for its employee and appraiser, the agency, and readers of its reach (the server
 * answers 404 to anyone else).
 */
const skpRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'performance/skp/$skpId',
  loader: words('performance'),
  component: requirePermission(
    'performance.read',
    lazyRouteComponent(() => import('../features/performance/routes/skp-page'), 'SkpPage'),
  ),
});

const PerformanceAdminPage = lazyRouteComponent(
  () => import('../features/performance/routes/performance-admin-page'),
  'PerformanceAdminPage',
);

/** Penilaian Kinerja: the appraisal years, a year's SKP and its predikat distribution. */
const performanceAdminRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'performance/admin',
  validateSearch: validatePerformanceAdminSearch,
  loader: words('performance'),
  component: function PerformanceAdminRoute() {
    return readsPerformanceOverview(useMe()) ? <PerformanceAdminPage /> : <ForbiddenMessage />;
  },
});

/**
 * Kenaikan Pangkat: a period's eligibility list, proposals and decrees, the SIASN export and the
 * disciplinary sanctions, for the agency.
 */
const promotionRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'promotion',
  validateSearch: validatePromotionSearch,
  loader: words('promotion'),
  component: requirePermission(
    'performance.manage',
    lazyRouteComponent(() => import('../features/promotion/routes/promotion-page'), 'PromotionPage'),
  ),
});

/**
 * Manajemen Talenta (PermenPANRB 3/2020): a year's nine-box, its people and why, for the agency and
 * whom the settings in force name; others who read performance are told the policy keeps it from them.
 */
const talentRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'talent',
  validateSearch: validateTalentSearch,
  loader: words('talent', 'performance', 'promotion', 'competencies'),
  component: requirePermission(
    'performance.read',
    lazyRouteComponent(() => import('../features/talent/routes/talent-page'), 'TalentPage'),
  ),
});

/** The government's partners, their agreements and trainer accounts: the agency's. */
const partnersRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'partners',
  loader: words('partners'),
  component: requirePermission(
    'program.manage',
    lazyRouteComponent(() => import('../features/partners/routes/partners-page'), 'PartnersPage'),
  ),
});

/** Forum Diskusi ASN: the government's yearly forums, for everyone of its ASN who reads policies. */
const forumsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'forums',
  loader: words('forum'),
  component: requirePermission(
    'policy.read',
    lazyRouteComponent(() => import('../features/policies/routes/forums-page'), 'ForumsPage'),
  ),
});

/** The guided tour: one policy round its loop in a few clicks (features/policies/routes/tour-page.tsx). */
const tourRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'tour',
  loader: words('tour'),
  component: requirePermission(
    'policy.read',
    lazyRouteComponent(() => import('../features/policies/routes/tour-page'), 'TourPage'),
  ),
});

const forumRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'forums/$forumId',
  loader: words('forum'),
  component: requirePermission(
    'policy.read',
    lazyRouteComponent(() => import('../features/policies/routes/forum-page'), 'ForumPage'),
  ),
});

const policyVersionRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'policies/$policyId/versions/$versionId',
  loader: words('policies', 'promotion', 'talentSettings'),
  component: requirePermission(
    'policy.read',
    lazyRouteComponent(() => import('../features/policies/routes/version-page'), 'VersionPage'),
  ),
});

const policyEvaluationRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'policies/$policyId/evaluations/$evaluationId',
  loader: words('policies'),
  component: requirePermission(
    'policy.review',
    lazyRouteComponent(() => import('../features/policies/routes/evaluation-page'), 'EvaluationPage'),
  ),
});

const policyCompareRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'policies/$policyId/compare',
  validateSearch: validateCompareSearch,
  loader: words('policies'),
  component: requirePermission(
    'policy.read',
    lazyRouteComponent(() => import('../features/policies/routes/compare-page'), 'ComparePage'),
  ),
});

const surveysRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'surveys',
  loader: words('surveyAdmin'),
  component: requirePermission(
    'survey.read',
    lazyRouteComponent(() => import('../features/survey-admin/routes/surveys-page'), 'SurveysPage'),
  ),
});

const newSurveyRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'surveys/new',
  loader: words('surveyAdmin'),
  component: requirePermission(
    'survey.manage',
    lazyRouteComponent(() => import('../features/survey-admin/routes/new-survey-page'), 'NewSurveyPage'),
  ),
});

const surveyDetailRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'surveys/$surveyId',
  loader: words('surveyAdmin'),
  component: requirePermission(
    'survey.read',
    lazyRouteComponent(
      () => import('../features/survey-admin/routes/survey-detail-page'),
      'SurveyDetailPage',
    ),
  ),
});

const surveyPosterRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'surveys/$surveyId/poster',
  loader: words('surveyAdmin'),
  component: requirePermission(
    'survey.read',
    lazyRouteComponent(
      () => import('../features/survey-admin/routes/survey-poster-page'),
      'SurveyPosterPage',
    ),
  ),
});

const nonRespondentsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'surveys/$surveyId/waves/$waveId/non-respondents',
  validateSearch: validateNonRespondentsSearch,
  loader: words('surveyAdmin'),
  component: requirePermission(
    'survey.manage',
    lazyRouteComponent(
      () => import('../features/survey-admin/routes/non-respondents-page'),
      'NonRespondentsPage',
    ),
  ),
});

const instrumentRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'instruments/$instrumentId',
  loader: words('surveyAdmin', 'surveyTake'),
  component: requirePermission(
    'survey.read',
    lazyRouteComponent(
      () => import('../features/survey-admin/routes/instrument-editor-page'),
      'InstrumentEditorPage',
    ),
  ),
});

const waveResultsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'survey-waves/$waveId/results',
  loader: words('surveyResults'),
  component: requirePermission(
    'survey.results',
    lazyRouteComponent(() => import('../features/survey-results/routes/results-page'), 'ResultsPage'),
  ),
});

const mySurveysRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'my-surveys',
  loader: words('surveyTake'),
  component: requirePermission(
    'survey.respond',
    lazyRouteComponent(() => import('../features/survey-take/routes/my-surveys-page'), 'MySurveysPage'),
  ),
});

const answerRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: 'my-surveys/$waveId',
  loader: words('surveyTake'),
  component: requirePermission(
    'survey.respond',
    lazyRouteComponent(() => import('../features/survey-take/routes/answer-page'), 'AnswerPage'),
  ),
});

// A citizen's survey link (/s/<code>) is not a route of the app: the server sends it survey.html,
// the public survey page's own small entry (survey-entry.tsx).

const routeTree = rootRoute.addChildren([
  loginRoute,
  setupRoute,
  setPasswordRoute,
  transparencyRoute,
  certificateVerificationRoute,
  authedRoute.addChildren([
    dashboardRoute,
    employeesRoute,
    employeeDetailRoute,
    importEmployeesRoute,
    importUnitsRoute,
    importPositionsRoute,
    importStandardsRoute,
    importAssessmentsRoute,
    importDevelopmentRoute,
    importPerformanceRoute,
    organisationRoute,
    competenciesRoute,
    changePasswordRoute,
    auditRoute,
    accountsRoute,
    governmentSettingsRoute,
    eventDeliveriesRoute,
    myDevelopmentRoute,
    developmentPlansRoute,
    developmentPlanRoute,
    programsRoute,
    programRoute,
    rosterRoute,
    checkInRoute,
    teachingRoute,
    teachingEvaluationRoute,
    myMentoringRoute,
    mentoringPairRoute,
    myScholarshipsRoute,
    scholarshipAwardRoute,
    myPerformanceRoute,
    skpRoute,
    performanceAdminRoute,
    promotionRoute,
    talentRoute,
    partnersRoute,
    policiesRoute,
    policyRoute,
    policyVersionRoute,
    forumsRoute,
    tourRoute,
    forumRoute,
    policyCompareRoute,
    policyEvaluationRoute,
    surveysRoute,
    newSurveyRoute,
    surveyDetailRoute,
    surveyPosterRoute,
    nonRespondentsRoute,
    instrumentRoute,
    waveResultsRoute,
    mySurveysRoute,
    answerRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
