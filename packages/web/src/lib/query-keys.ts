import type { Query } from '@tanstack/react-query';
import type {
  AccountListQuery,
  Audience,
  AuditListQuery,
  BreakdownBy,
  EligibilityQuery,
  EmployeeListQuery,
  GapQuery,
  NonRespondentQuery,
  PositionListQuery,
  SkpListQuery,
  TalentPlacementQuery,
} from '../api/types';

/**
 * Every query key of the web app, by API resource rather than by feature: two features reading
 * one endpoint share its cache, and a change invalidates through the root (`all`) of each
 * resource it touched. No other file writes a key (api-client.test.ts holds it so).
 */
export const queryKeys = {
  /** What survives signing in and out (dropUserQueries): who is signed in, what the deployment is. */
  session: {
    all: ['session'],
    me: ['session', 'me'],
    instance: ['session', 'instance'],
  },
  accounts: {
    all: ['accounts'],
    list: (query: AccountListQuery) => ['accounts', 'list', query],
    search: (q: string) => ['accounts', 'search', q],
  },
  audit: {
    all: ['audit'],
    list: (query: AuditListQuery) => ['audit', 'list', query],
  },
  /** Figures of the home pages, computed from employees, units and surveys. */
  dashboard: {
    all: ['dashboard'],
    workforce: ['dashboard', 'workforce'],
    surveys: ['dashboard', 'surveys'],
    attention: ['dashboard', 'attention'],
  },
  /** Deliveries of published events that failed, for admins (Pengaturan › Pengiriman peristiwa). */
  eventDeliveries: { all: ['event-deliveries'] },
  employees: {
    all: ['employees'],
    list: (query: EmployeeListQuery) => ['employees', 'list', query],
    search: (q: string) => ['employees', 'search', q],
    detail: (id: number) => ['employees', 'detail', id],
    /** Levels, gaps and history: under the record, so a correction of the position refreshes them. */
    competencies: (id: number) => ['employees', 'detail', id, 'competencies'],
    competenciesAgainst: (id: number, targetPositionId: number | null) => [
      'employees',
      'detail',
      id,
      'competencies',
      { targetPositionId },
    ],
  },
  units: { all: ['units'] },
  positions: {
    all: ['positions'],
    list: (query: PositionListQuery) => ['positions', 'list', query],
    /** Standar Kompetensi Jabatan: under the position, so a renamed position shows its new name. */
    standards: ['positions', 'standard'],
    standard: (id: number) => ['positions', 'standard', id],
  },
  /** The competency dictionary: the national competencies and the government's technical ones. */
  competencies: { all: ['competencies'] },
  golongan: { all: ['golongan'] },
  jobs: { detail: (id: string) => ['jobs', id] },
  imports: {
    issues: (jobId: string, page: number, pageSize: number) => [
      'imports',
      jobId,
      'issues',
      { page, pageSize },
    ],
  },
  national: {
    all: ['national'],
    employees: ['national', 'employees'],
    ikm: ['national', 'ikm'],
    participation: ['national', 'participation'],
    competencyGaps: ['national', 'competency-gaps'],
  },
  notifications: { all: ['notifications'] },
  settings: {
    all: ['settings'],
    government: ['settings', 'government'],
  },
  surveyTemplates: { all: ['survey-templates'] },
  instruments: {
    all: ['instruments'],
    list: ['instruments', 'list'],
    detail: (id: number) => ['instruments', 'detail', id],
  },
  /** Policies: the list, one policy, a version's text, a comparison, a provision's history. */
  policies: {
    all: ['policies'],
    list: ['policies', 'list'],
    details: ['policies', 'detail'],
    detail: (id: number) => ['policies', 'detail', id],
    texts: ['policies', 'text'],
    text: (id: number, versionId: number) => ['policies', 'text', id, versionId],
    compare: (id: number, from: number | undefined, to: number | undefined) => [
      'policies',
      'compare',
      id,
      { from, to },
    ],
    history: (id: number, provisionId: number) => ['policies', 'history', id, provisionId],
    evidenceSources: (id: number) => ['policies', 'evidence-sources', id],
    indicators: (id: number) => ['policies', 'indicators', id],
    measurements: (id: number, indicatorId: number) => [
      'policies',
      'indicators',
      id,
      'measurements',
      indicatorId,
    ],
    consultations: (id: number) => ['policies', 'consultations', id],
    evaluations: (id: number) => ['policies', 'evaluations', id],
    /** The triggers on a policy's indicators and the revision proposals they opened. */
    triggers: (id: number) => ['policies', 'triggers', id],
    evaluation: (id: number, evaluationId: number) => ['policies', 'evaluations', id, evaluationId],
    /** How far a version reached its readers: counts per OPD, for reviewers. */
    acknowledgements: (id: number, versionId: number) => ['policies', 'acknowledgements', id, versionId],
    /** The provision changes citing a survey wave: read on the wave's results page. */
    evidenceUses: (waveId: number) => ['policies', 'evidence-uses', waveId],
    /** The Forum Diskusi ASN: the government's forums, one forum, the proposals a change may cite. */
    forums: ['policies', 'forums'],
    forum: (id: number) => ['policies', 'forums', id],
    forumProposals: ['policies', 'forum-proposals'],
    /** A version's promotion rules; under them, what they change for a period (the effect). */
    promotionRules: (id: number, versionId: number) => ['policies', 'promotion-rules', id, versionId],
    promotionEffect: (id: number, versionId: number, period: string | null) => [
      'policies',
      'promotion-rules',
      id,
      versionId,
      'effect',
      { period },
    ],
    /** A version's talent settings; under them, how they move people between boxes (the effect). */
    talentSettings: (id: number, versionId: number) => ['policies', 'talent-settings', id, versionId],
    talentEffect: (id: number, versionId: number, year: number | null) => [
      'policies',
      'talent-settings',
      id,
      versionId,
      'effect',
      { year },
    ],
  },
  /** A government's transparency page: its published policies, read without a session. */
  publicPolicies: {
    all: ['public-policies'],
    of: (slug: string) => ['public-policies', slug],
  },
  /** A certificate's public verification, by its government's slug and its code. */
  certificateVerification: {
    all: ['certificate-verification'],
    of: (slug: string, code: string) => ['certificate-verification', slug, code],
  },
  surveys: {
    all: ['surveys'],
    lists: ['surveys', 'list'],
    list: (archived: boolean) => ['surveys', 'list', { archived }],
    detail: (id: number) => ['surveys', 'detail', id],
    audiencePreview: (audience: Audience) => ['surveys', 'audience-preview', audience],
  },
  surveyWaves: {
    nonRespondents: ['survey-waves', 'non-respondents'],
    nonRespondentPage: (waveId: number, query: NonRespondentQuery) => [
      'survey-waves',
      'non-respondents',
      waveId,
      query,
    ],
    form: (waveId: number) => ['survey-waves', 'form', waveId],
    results: (waveId: number) => ['survey-waves', 'results', waveId],
    resultsBy: (waveId: number, breakdown: BreakdownBy | undefined) => [
      'survey-waves',
      'results',
      waveId,
      { breakdown: breakdown ?? null },
    ],
  },
  /** Rencana Pengembangan Kompetensi: the plans of a year, one plan with its items. */
  developmentPlans: {
    all: ['development-plans'],
    list: () => ['development-plans', 'list'],
    detail: (id: number) => ['development-plans', 'detail', id],
  },
  /** Development programs: the catalog, one program, the reader's own standing, applicants, ranking. */
  programs: {
    all: ['programs'],
    list: (query: { state: string | null; page: number }) => ['programs', 'list', query],
    detail: (id: number) => ['programs', 'detail', id],
    mine: (id: number) => ['programs', 'detail', id, 'mine'],
    applications: (id: number, query: { state: string | null; page: number }) => [
      'programs',
      'detail',
      id,
      'applications',
      query,
    ],
    ranking: (id: number, page: number) => ['programs', 'detail', id, 'ranking', page],
    roster: (id: number, batchId: number) => ['programs', 'detail', id, 'roster', batchId],
    equity: (id: number) => ['programs', 'detail', id, 'equity'],
    appeals: (id: number) => ['programs', 'detail', id, 'appeals'],
    checkInCode: (id: number, batchId: number) => ['programs', 'detail', id, 'check-in', batchId],
    curricula: (id: number) => ['programs', 'detail', id, 'curricula'],
    evaluation: (id: number) => ['programs', 'detail', id, 'evaluation'],
    trainers: (id: number, batchId: number) => ['programs', 'detail', id, 'trainers', batchId],
    /** A scholarship call's terms, documents, applicants and awards (refreshed with its program). */
    scholarship: (id: number) => ['programs', 'detail', id, 'scholarship'],
  },
  /** Scholarship awards: one award's status, terms and bond, and the reader's own awards. */
  scholarships: {
    all: ['scholarships'],
    award: (awardId: number) => ['scholarships', 'award', awardId],
    mine: ['scholarships', 'mine'],
  },
  /**
   * Mentoring and coaching: a program's scheme with its people and pairs, the optimal pairs proposed
   * (fetched on demand, never cached for long), one pair's work, and the reader's own pairs.
   */
  mentoring: {
    all: ['mentoring'],
    program: (programId: number) => ['mentoring', 'program', programId],
    proposal: (programId: number) => ['mentoring', 'program', programId, 'proposal'],
    pairs: ['mentoring', 'pair'],
    pair: (pairId: number) => ['mentoring', 'pair', pairId],
    mine: ['mentoring', 'mine'],
  },
  /** The batches the signed-in account teaches (a trainer's own list). */
  teaching: {
    all: ['teaching'],
  },
  /** The government's partners with their agreements, and its trainer accounts (role mitra). */
  partners: {
    all: ['partners'],
    list: (query: { q: string; page: number }) => ['partners', 'list', query],
    accounts: ['partners', 'accounts'],
    /** Every partner, for choosing one (a program's provider, a trainer's institution). */
    options: ['partners', 'options'],
  },
  /** A person's development history and JP, and their IDP: under the record like its competencies. */
  employeeDevelopment: {
    of: (id: number) => ['employees', 'detail', id, 'development'],
    year: (id: number, year: number) => ['employees', 'detail', id, 'development', year],
    idp: (id: number) => ['employees', 'detail', id, 'idp'],
    idpYear: (id: number, year: number) => ['employees', 'detail', id, 'idp', year],
  },
  /** Competency gaps over many people (a unit subtree or the government), and who is furthest below. */
  competencyGaps: {
    all: ['competency-gaps'],
    analysis: (query: GapQuery) => ['competency-gaps', 'analysis', query],
    needs: (query: GapQuery & { page: number }) => ['competency-gaps', 'needs', query],
    stated: (waveId: number, unitId: number | null) => ['competency-gaps', 'stated', waveId, { unitId }],
  },
  /** The year's JP attainment of a unit subtree (or the government), and who is behind. */
  jpAttainment: {
    all: ['jp-attainment'],
    overview: (year: number, unitId: number | null) => ['jp-attainment', 'overview', year, { unitId }],
    behind: (year: number, unitId: number | null, page: number) => [
      'jp-attainment',
      'behind',
      year,
      { unitId, page },
    ],
  },
  /**
   * Performance appraisal: the reader's own (their SKP, open years, whom they appraise, history), one
   * SKP, the government's years, a year's SKP list and its predikat distribution.
   */
  performance: {
    all: ['performance'],
    mine: ['performance', 'mine'],
    skp: (id: number) => ['performance', 'skp', id],
    cycles: ['performance', 'cycles'],
    skps: (cycleId: number, query: SkpListQuery) => ['performance', 'cycles', cycleId, 'skp', query],
    distributions: ['performance', 'distribution'],
    distribution: (year: number, unitId: number | null) => ['performance', 'distribution', year, { unitId }],
  },
  /**
   * Kenaikan pangkat: the periods ahead, a period's eligibility list (the agency's), the sanctions,
   * and the signed-in employee's own next period and history.
   */
  promotion: {
    all: ['promotion'],
    periods: ['promotion', 'periods'],
    eligibility: (query: EligibilityQuery) => ['promotion', 'eligibility', query],
    sanctions: ['promotion', 'sanctions'],
    mine: ['promotion', 'mine'],
  },
  /** Talent mapping: the years placed, a year's grid and people, one placement, points, succession. */
  talent: {
    all: ['talent'],
    overview: ['talent', 'overview'],
    year: (year: number, unitId: number | undefined) => ['talent', 'year', year, unitId ?? null],
    placements: (year: number, query: TalentPlacementQuery) => ['talent', 'placements', year, query],
    placement: (year: number, employeeId: number) => ['talent', 'placement', year, employeeId],
    scores: (year: number, employeeId: number) => ['talent', 'scores', year, employeeId],
    mine: ['talent', 'mine'],
    succession: ['talent', 'succession'],
    keyPositions: ['talent', 'succession', 'list'],
    keyPosition: (positionId: number) => ['talent', 'succession', 'detail', positionId],
  },
  /** The signed-in employee's invitations (home card and "my surveys"). */
  mySurveys: { all: ['my-surveys'] },
} as const;

/** Whether a cached query's key starts with `root` (a resource's `all`, or a narrower key). */
export function isUnder(query: Pick<Query, 'queryKey'>, root: readonly unknown[]): boolean {
  return root.every((part, index) => query.queryKey[index] === part);
}

/**
 * Whether a cached query belongs to the signed-in user: everything but the session's, dropped
 * when someone signs in or out so that nothing of a previous user of the tab survives.
 */
export function isUserQuery(query: Pick<Query, 'queryKey'>): boolean {
  return !isUnder(query, queryKeys.session.all);
}
