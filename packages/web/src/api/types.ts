// The API's shapes, named for the web app. They come from ./schema.d.ts, which is generated from
// the server's OpenAPI document (`npm run api:gen -w @jenjang/server`): when the API changes, the
// web app stops compiling where it relies on the old shape. Every file imports API types from
// here and nowhere else.

import type { GetAnswer } from '../lib/api-client';
import type { components, paths } from './schema';

type Schemas = components['schemas'];
type JsonBody<T> = T extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;

export type Problem = Schemas['Problem'];

export type Me = Schemas['Me'];
export type Session = Schemas['Session'];
export type Role = Me['role'];
export type Locale = Me['locale'];

export type LoginRequest = JsonBody<paths['/api/v1/auth/login']['post']>;
export type ChangePasswordRequest = JsonBody<paths['/api/v1/auth/password']['post']>;
export type SetPasswordRequest = JsonBody<paths['/api/v1/auth/set-password']['post']>;
export type UpdateLocaleRequest = JsonBody<paths['/api/v1/auth/locale']['put']>;

export type Dashboard = Schemas['Dashboard'];
export type DashboardSurveys = Schemas['DashboardSurveys'];
export type HomeIkm = DashboardSurveys['ikm'][number];
export type HomeResult = DashboardSurveys['results'][number];
export type DashboardAttention = Schemas['DashboardAttention'];

export type Instance = Schemas['Instance'];
export type NationalEmployees = Schemas['NationalEmployees'];
export type NationalIkm = Schemas['NationalIkm'];
export type NationalParticipation = Schemas['NationalParticipation'];
export type NationalCompetencyGaps = Schemas['NationalCompetencyGaps'];
export type NationalGovernment = Schemas['NationalGovernment'];

export type EmployeeListQuery = NonNullable<paths['/api/v1/employees']['get']['parameters']['query']>;
export type EmployeeSort = NonNullable<EmployeeListQuery['sort']>;
export type EmployeePage = Schemas['EmployeePage'];
export type EmployeeSummary = Schemas['EmployeeSummary'];
export type EmployeeDetail = Schemas['EmployeeDetail'];
export type EmployeeType = EmployeeSummary['employeeType'];
export type Sex = EmployeeDetail['sex'];

export type UnitList = Schemas['UnitList'];
export type UnitRecord = Schemas['Unit'];
export type UnitClosed = Schemas['UnitClosed'];
export type CreateUnitRequest = JsonBody<paths['/api/v1/units']['post']>;
export type CloseUnitRequest = JsonBody<paths['/api/v1/units/{id}/close']['post']>;
export type Position = Schemas['Position'];
export type PositionPage = Schemas['PositionPage'];
export type PositionListQuery = NonNullable<paths['/api/v1/positions']['get']['parameters']['query']>;
export type PositionRequest = JsonBody<paths['/api/v1/positions']['post']>;
export type PositionKind = NonNullable<Position['kind']>;
export type FungsionalLevel = NonNullable<Position['level']>;
export type CorrectEmployeeRequest = JsonBody<paths['/api/v1/employees/{id}']['patch']>;
export type EmployeeCorrected = Schemas['EmployeeCorrected'];
export type Unit = UnitList['items'][number];
export type GolonganList = Schemas['GolonganList'];
export type Golongan = GolonganList['items'][number];

export type Job = Schemas['Job'];
export type JobStatus = Job['status'];
export type ImportResult = NonNullable<Job['result']>;
export type ImportIssuePage = Schemas['ImportIssuePage'];
export type ImportIssue = ImportIssuePage['items'][number];

export type AuditPage = Schemas['AuditPage'];
export type AuditEntry = AuditPage['items'][number];
export type AuditHead = NonNullable<AuditPage['head']>;
export type AuditListQuery = NonNullable<paths['/api/v1/audit']['get']['parameters']['query']>;

export type AccountListQuery = NonNullable<paths['/api/v1/accounts']['get']['parameters']['query']>;
export type AccountPage = Schemas['AccountPage'];
export type AccountSummary = AccountPage['items'][number];
export type AccountStatus = AccountSummary['status'];
export type CreateAccountRequest = JsonBody<paths['/api/v1/accounts']['post']>;
export type UpdateAccountRequest = JsonBody<paths['/api/v1/accounts/{id}']['patch']>;
export type PasswordLink = Schemas['PasswordLink'];

export type SurveyTemplateList = Schemas['SurveyTemplateList'];
export type SurveyTemplate = SurveyTemplateList['items'][number];
export type InstrumentList = Schemas['InstrumentList'];
export type InstrumentSummary = Schemas['InstrumentSummary'];
export type InstrumentDetail = Schemas['InstrumentDetail'];
export type CreateInstrumentRequest = JsonBody<paths['/api/v1/instruments']['post']>;
export type UpdateInstrumentRequest = JsonBody<paths['/api/v1/instruments/{id}']['put']>;

export type SurveyList = Schemas['SurveyList'];
export type SurveySummary = Schemas['SurveySummary'];
export type SurveyDetail = Schemas['SurveyDetail'];
export type SurveyMode = SurveySummary['mode'];
export type WaveSummary = Schemas['WaveSummary'];
export type WaveStatus = WaveSummary['status'];
export type Audience = Schemas['Audience'];
export type AudiencePreview = Schemas['AudiencePreview'];
export type CreateSurveyRequest = JsonBody<paths['/api/v1/surveys']['post']>;
export type CreateWaveRequest = JsonBody<paths['/api/v1/surveys/{id}/waves']['post']>;
export type ReminderResult = Schemas['ReminderResult'];
export type NonRespondentList = Schemas['NonRespondentList'];
export type NonRespondent = Schemas['NonRespondent'];
export type NonRespondentQuery = NonNullable<
  paths['/api/v1/survey-waves/{id}/non-respondents']['get']['parameters']['query']
>;

export type MySurveyList = Schemas['MySurveyList'];
export type MySurvey = MySurveyList['items'][number];
export type WaveForm = Schemas['WaveForm'];
export type Ballot = Schemas['Ballot'];
export type Submitted = Schemas['Submitted'];

export type WaveResults = Schemas['WaveResults'];
export type WaveReport = WaveResults['report'];
export type QuestionSummary = Schemas['QuestionSummary'];
export type IkmResult = Schemas['IkmResult'];
export type IkmConvention = Schemas['IkmConvention'];
export type WaveComparison = Schemas['WaveComparison'];
export type ReportComparison = Schemas['ReportComparison'];
export type ResultsTrend = Schemas['ResultsTrend'];
export type TenantSettings = Schemas['TenantSettings'];
export type UpdateTenantSettingsRequest = Schemas['UpdateTenantSettingsBody'];
export type EventDeliveryList = Schemas['EventDeliveryList'];
export type RetryEventDeliveryRequest = Schemas['RetryEventDeliveryBody'];
export type ResultsQuery = NonNullable<
  paths['/api/v1/survey-waves/{id}/results']['get']['parameters']['query']
>;
export type Breakdown = NonNullable<WaveReport['breakdown']>;
export type BreakdownBy = Breakdown['by'];
export type HideTextRequest = JsonBody<paths['/api/v1/survey-waves/{id}/texts']['post']>;

export type NotificationList = Schemas['NotificationList'];
export type Notification = NotificationList['items'][number];
export type IkmOverview = Schemas['IkmOverview'];
export type ResultsReach = Schemas['ResultsReach'];
export type VisibleResults = Schemas['VisibleResults'];
export type VisibleResult = VisibleResults['items'][number];

export type PolicyList = Schemas['PolicyList'];
export type PolicySummary = Schemas['PolicySummary'];
export type PolicyDetail = Schemas['PolicyDetail'];
export type PolicyState = PolicyDetail['state'];
export type PolicyArea = PolicyDetail['area'];
export type PolicyTransition = PolicyDetail['transitions'][number];
export type PolicyVersionSummary = Schemas['PolicyVersionSummary'];
export type PolicyTransitionEntry = Schemas['PolicyTransitionEntry'];
export type CreatePolicyRequest = Schemas['CreatePolicyBodyInput'];
export type UpdatePolicyRequest = Schemas['UpdatePolicyBody'];
export type PolicyTransitionRequest = Schemas['PolicyTransitionBody'];
export type PolicyVersionText = Schemas['PolicyVersionText'];
export type ProvisionView = Schemas['ProvisionView'];
export type ProvisionChange = Schemas['ProvisionChange'];
export type ProvisionHistory = Schemas['ProvisionHistory'];
export type PolicyVersionComparison = Schemas['PolicyVersionComparison'];
export type ComparisonItem = PolicyVersionComparison['items'][number];
export type EvidenceInput = Schemas['EvidenceInput'];
export type EvidenceView = Schemas['EvidenceView'];
export type PolicyEvidenceSources = Schemas['PolicyEvidenceSources'];
export type PublicPolicies = Schemas['PublicPolicies'];
export type PublicPolicy = Schemas['PublicPolicy'];
export type AddProvisionRequest = JsonBody<paths['/api/v1/policies/{id}/draft/provisions']['post']>;
export type UpdateProvisionRequest = JsonBody<
  paths['/api/v1/policies/{id}/draft/provisions/{provisionId}']['patch']
>;
export type RemoveProvisionRequest = JsonBody<
  paths['/api/v1/policies/{id}/draft/provisions/{provisionId}']['delete']
>;
export type EvaluationList = Schemas['EvaluationList'];
export type EvaluationSummary = Schemas['EvaluationSummary'];
export type EvaluationDetail = Schemas['EvaluationDetail'];
export type RecommendRequest = Schemas['RecommendBody'];
export type IndicatorList = Schemas['IndicatorList'];
export type IndicatorView = Schemas['IndicatorView'];
export type CreateIndicatorRequest = Schemas['CreateIndicatorBody'];
export type ManualMeasurement = Schemas['ManualMeasurement'];
export type ConsultationList = Schemas['ConsultationList'];
export type ConsultationRound = Schemas['ConsultationRound'];
export type ConsultationComment = Schemas['ConsultationComment'];
export type ConsultationAudience = Schemas['ConsultationAudience'];
export type CreateCommentRequest = Schemas['CreateCommentBody'];
export type RespondToCommentRequest = Schemas['RespondToCommentBody'];
export type PolicyAcknowledgementSummary = Schemas['PolicyAcknowledgementSummary'];
export type ForumList = Schemas['ForumList'];
export type ForumSummary = Schemas['ForumSummary'];
export type Forum = Schemas['Forum'];
export type ForumProposal = Schemas['ForumProposal'];
export type ForumReply = Schemas['ForumReply'];
export type ForumOutcome = NonNullable<ForumProposal['outcome']>['outcome'];
export type CreateForumRequest = Schemas['CreateForumBody'];
export type ForumAgendaRequest = Schemas['ForumAgendaBody'];
export type ForumProposalChoices = Schemas['ForumProposalChoices'];
export type TriggerList = Schemas['TriggerList'];
export type TriggerView = Schemas['TriggerView'];
export type TriggerRule = Schemas['TriggerRule'];
export type RevisionProposal = Schemas['RevisionProposalView'];
export type CreateTriggerRequest = Schemas['CreateTriggerBody'];

export type Competency = Schemas['Competency'];
export type CompetencyType = Competency['type'];
export type CompetencyLevelText = Schemas['CompetencyLevelText'];
export type TechnicalCompetencyRequest = JsonBody<paths['/api/v1/competencies']['post']>;
export type PositionStandard = Schemas['PositionStandard'];
export type StandardRequirement = PositionStandard['requirements'][number];
export type PositionStandardRequest = JsonBody<paths['/api/v1/positions/{id}/standard']['put']>;
export type StandardCopied = Schemas['StandardCopied'];
export type EmployeeCompetencies = Schemas['EmployeeCompetencies'];
export type PositionMatch = Schemas['PositionMatch'];
export type CompetencyGapRow = Schemas['CompetencyGapRow'];
export type BeyondStandardRow = EmployeeCompetencies['beyondStandard'][number];
export type JpmLabel = NonNullable<PositionMatch['jpmLabel']>;
export type Assessment = Schemas['Assessment'];
export type AssessmentMethod = Assessment['method'];
export type AssessmentRequest = JsonBody<paths['/api/v1/employees/{id}/assessments']['post']>;

// Workforce competency figures (Kompetensi › Analisis Kesenjangan, 20 JP).
export type GapAnalysis = Schemas['GapAnalysis'];
export type GapCounts = Schemas['GapCounts'];
export type JpmCounts = Schemas['JpmCounts'];
export type GapQuery = NonNullable<paths['/api/v1/competency-gaps']['get']['parameters']['query']>;
export type NeedsPage = Schemas['NeedsPage'];
export type NeedsComparison = Schemas['NeedsComparison'];
export type NeedAgreement = NeedsComparison['rows'][number]['agreement'];
export type JpAttainmentOverview = Schemas['JpAttainmentOverview'];
export type JpBehindPage = Schemas['JpBehindPage'];
export type JpBehindItem = Schemas['JpBehindItem'];

// Competency development: the annual plan (RPK), a person's history and JP, their IDP.
export type PlanList = Schemas['PlanList'];
export type PlanSummary = Schemas['PlanSummary'];
export type Plan = Schemas['Plan'];
export type PlanItem = Schemas['PlanItem'];
export type PlanState = PlanSummary['state'];
export type PlanTransition = Plan['transitions'][number];
export type PlanEvidence = Schemas['PlanEvidence'];
export type CreatePlanRequest = JsonBody<paths['/api/v1/development-plans']['post']>;
export type UpdatePlanRequest = JsonBody<paths['/api/v1/development-plans/{id}']['patch']>;
export type GeneratePlanRequest = JsonBody<paths['/api/v1/development-plans/{id}/generate']['post']>;
export type PlanItemRequest = JsonBody<paths['/api/v1/development-plans/{id}/items']['post']>;
export type PlanTransitionRequest = JsonBody<paths['/api/v1/development-plans/{id}/transitions']['post']>;
export type EmployeeDevelopment = Schemas['EmployeeDevelopment'];
export type JpAttainment = Schemas['JpAttainment'];
export type DevelopmentRecord = Schemas['DevelopmentRecord'];
export type DevelopmentRecordRequest = JsonBody<paths['/api/v1/employees/{id}/development']['post']>;
export type Idp = Schemas['Idp'];
export type IdpItem = Schemas['IdpItem'];
export type IdpTransition = Idp['transitions'][number];
export type UpdateIdpRequest = JsonBody<paths['/api/v1/employees/{id}/idp/{year}']['put']>;

// Development programs: the catalog, batches, applications and the published selection.
export type ProgramSummary = Schemas['ProgramSummary'];
export type ProgramPage = Schemas['ProgramPage'];
export type Program = Schemas['Program'];
export type ProgramState = Program['state'];
export type ProgramTransition = Program['transitions'][number];
export type ProgramBatch = Schemas['ProgramBatch'];
export type ProgramRequest = JsonBody<paths['/api/v1/programs']['post']>;
export type BatchRequest = JsonBody<paths['/api/v1/programs/{id}/batches']['post']>;
export type ApplyRequest = JsonBody<paths['/api/v1/programs/{id}/applications']['post']>;
export type ProgramApplication = Schemas['Application'];
export type MyApplication = Schemas['MyApplication'];
export type SelectionSummary = Schemas['SelectionSummary'];
export type Ranking = Schemas['Ranking'];
export type Roster = Schemas['Roster'];
export type EquityReport = Schemas['EquityReport'];
export type RosterEntry = Roster['participants'][number];
export type ProgramEvaluation = Schemas['ProgramEvaluation'];
export type LearningTestRequest = JsonBody<paths['/api/v1/programs/{id}/batches/{batchId}/tests']['put']>;
export type EvaluationPlanRequest = JsonBody<paths['/api/v1/programs/{id}/evaluation-plan']['put']>;
export type Curricula = Schemas['Curricula'];
export type CurriculumVersion = Schemas['CurriculumVersion'];
export type CurriculumModule = Schemas['CurriculumModule'];
export type CurriculumDiff = Schemas['CurriculumDiff'];
export type CurriculumRequest = JsonBody<paths['/api/v1/programs/{id}/curricula']['post']>;

// Mentoring and coaching of a program: its scheme, people and pairs; one pair's goals, sessions and reflections.
export type MentoringOverview = Schemas['MentoringOverview'];
export type MentoringScheme = Schemas['MentoringScheme'];
export type MentoringPairSummary = Schemas['MentoringPairSummary'];
export type MentoringCoveredNeed = Schemas['MentoringCoveredNeed'];
export type MentoringProposal = Schemas['MentoringProposal'];
export type MentoringPairDetail = Schemas['MentoringPairDetail'];
export type MentoringSession = Schemas['MentoringSession'];
export type MyMentoring = Schemas['MyMentoring'];
export type MentoringSchemeRequest = JsonBody<paths['/api/v1/programs/{id}/mentoring']['put']>;
export type MentorRequest = JsonBody<paths['/api/v1/programs/{id}/mentoring/mentors']['post']>;
export type MentoringExclusionRequest = JsonBody<paths['/api/v1/programs/{id}/mentoring/exclusions']['post']>;
export type MentoringPairsRequest = JsonBody<paths['/api/v1/programs/{id}/mentoring/pairs']['post']>;
export type MentoringSessionRequest = JsonBody<paths['/api/v1/mentoring/pairs/{pairId}/sessions']['post']>;
export type MentoringReflectionRequest = JsonBody<
  paths['/api/v1/mentoring/pairs/{pairId}/reflection']['put']
>;
export type MentoringGoalState = MentoringPairDetail['goalList'][number]['state'];

// Scholarships (tugas belajar): a call's terms and documents, its awards, each award's status, terms and bond.
export type ScholarshipOverview = Schemas['ScholarshipOverview'];
export type ScholarshipCall = Schemas['ScholarshipCall'];
export type ScholarshipDocument = Schemas['ScholarshipDocument'];
export type ScholarshipApplicant = ScholarshipOverview['applicants'][number];
export type ScholarshipAwardSummary = Schemas['ScholarshipAwardSummary'];
export type ScholarshipAwardDetail = Schemas['ScholarshipAwardDetail'];
export type ScholarshipTerm = ScholarshipAwardDetail['terms'][number];
export type MyScholarshipAwards = Schemas['MyScholarshipAwards'];
export type ScholarshipCallRequest = JsonBody<paths['/api/v1/programs/{id}/scholarship']['put']>;
export type ScholarshipAwardRequest = JsonBody<paths['/api/v1/programs/{id}/scholarship/awards']['post']>;
export type ScholarshipStatusRequest = JsonBody<
  paths['/api/v1/scholarships/awards/{awardId}/status']['post']
>;
export type ScholarshipReturnRequest = JsonBody<
  paths['/api/v1/scholarships/awards/{awardId}/return']['post']
>;
export type ScholarshipReviewRequest = JsonBody<
  paths['/api/v1/scholarships/awards/{awardId}/reports/{term}/review']['post']
>;
export type Degree = ScholarshipCall['degree'];
export type DocumentKind = ScholarshipDocument['kind'];
export type AwardStatus = ScholarshipAwardSummary['status'];

// Partners of the government, their agreements and trainer accounts; a batch's trainers; a trainer's batches.
export type Partner = Schemas['Partner'];
export type PartnerAgreement = Schemas['PartnerAgreement'];
export type PartnerRequest = JsonBody<paths['/api/v1/partners']['post']>;
export type AgreementRequest = JsonBody<paths['/api/v1/partners/{id}/agreements']['post']>;
export type MitraAccount = Schemas['MitraAccountList']['items'][number];
export type Trainer = Schemas['Trainer'];
export type TrainerRequest = JsonBody<paths['/api/v1/programs/{id}/batches/{batchId}/trainers']['post']>;
export type TeachingBatch = Schemas['TeachingBatch'];

// Certificates of development programs, their public verification, and the letterhead they carry.
export type CertificateVerification = Schemas['CertificateVerification'];
export type ProgramCertificate = Schemas['ProgramCertificate'];
export type Letterhead = Schemas['Letterhead'];

// Performance appraisal (SKP): the government's years, each SKP with its feedback and appraisals,
// the reader's own, the year's list and the predikat distribution.
export type PerformanceCycle = Schemas['PerformanceCycle'];
export type PerformanceCycleState = PerformanceCycle['state'];
export type CheckInFrequency = PerformanceCycle['checkIns'];
export type MyPerformance = Schemas['MyPerformance'];
export type SkpDetail = Schemas['SkpDetail'];
export type SkpSummary = Schemas['SkpSummary'];
export type SkpState = SkpDetail['state'];
export type SkpAbilities = SkpDetail['may'];
export type SkpPeriod = SkpDetail['periods'][number];
export type SkpFeedback = SkpPeriod['feedback'][number];
export type SkpPerson = SkpDetail['employee'];
export type PerformanceAppraisal = Schemas['PerformanceAppraisal'];
export type PerformanceRating = PerformanceAppraisal['hasilKerja'];
export type Predikat = PerformanceAppraisal['predikat'];
export type SkpList = Schemas['SkpList'];
export type SkpListQuery = NonNullable<
  paths['/api/v1/performance/cycles/{id}/skp']['get']['parameters']['query']
>;
export type PredikatDistribution = Schemas['PredikatDistribution'];
export type PredikatCounts = PredikatDistribution['total'];
export type AppraiserSpread = PredikatDistribution['appraisers'][number];
export type PerformanceCycleRequest = JsonBody<paths['/api/v1/performance/cycles']['post']>;
export type PerformanceCycleTransition = JsonBody<
  paths['/api/v1/performance/cycles/{id}/transition']['post']
>['to'];
export type SkpResultsRequest = JsonBody<paths['/api/v1/performance/skp/{id}/results']['put']>;
export type SkpExpectationsRequest = JsonBody<paths['/api/v1/performance/skp/{id}/expectations']['put']>;
export type SkpFeedbackRequest = JsonBody<paths['/api/v1/performance/skp/{id}/feedback']['post']>;
export type SkpAppraisalRequest = JsonBody<paths['/api/v1/performance/skp/{id}/appraisals']['put']>;

// Kenaikan pangkat: the rules a policy version states and their effect before adoption, a period's
// eligibility list with every person's checks, proposals and decrees, sanctions, the reader's own.
export type PromotionRules = Schemas['PromotionRules'];
export type PromotionRulesSource = Schemas['PromotionRulesSource'];
export type VersionPromotionRules = Schemas['VersionPromotionRules'];
export type PromotionRulesEffect = Schemas['PromotionRulesEffect'];
export type PromotionRulesPerson = NonNullable<PromotionRulesEffect['gained']>[number];
export type PromotionPeriods = Schemas['PromotionPeriods'];
export type PromotionCheck = Schemas['PromotionCheck'];
export type PromotionRuleKey = PromotionCheck['rule'];
export type PromotionSummary = Schemas['PromotionEligibilitySummary'];
export type Promotion = Schemas['Promotion'];
export type PromotionState = Promotion['state'];
export type EligibilityList = Schemas['PromotionEligibilityList'];
export type EligibilityRow = Schemas['PromotionEligibilityRow'];
export type EligibilityQuery = paths['/api/v1/promotion/eligibility']['get']['parameters']['query'];
export type EligibilityShow = NonNullable<EligibilityQuery['show']>;
export type MyPromotion = Schemas['MyPromotion'];
export type ProposeRequest = JsonBody<paths['/api/v1/promotion/proposals']['post']>;
export type DecideRequest = JsonBody<paths['/api/v1/promotion/proposals/{id}/decision']['post']>;
export type Sanction = Schemas['Sanction'];
export type SanctionLevel = Sanction['level'];
export type SanctionRequest = JsonBody<paths['/api/v1/promotion/sanctions']['post']>;

// Talent mapping (nine-box) and succession planning. Answers carrying the settings are taken as the
// client holds them (GetAnswer): the settings' cut-off pairs arrive as arrays.
export type TalentOverview = GetAnswer<'/api/v1/talent'>;
export type TalentYearSummary = TalentOverview['years'][number];
export type TalentSettings = TalentOverview['settings'];
export type TalentSettingsSource = TalentOverview['current'];
export type TalentYearView = GetAnswer<'/api/v1/talent/years/{year}'>;
export type TalentCell = TalentYearView['cells'][number];
export type TalentPlacement = GetAnswer<'/api/v1/talent/years/{year}/placements/{employeeId}'>;
export type TalentScoreLine = TalentPlacement['performance']['lines'][number];
export type TalentPlacementList = Schemas['TalentPlacementList'];
export type TalentPlacementRow = Schemas['TalentPlacementRow'];
export type TalentScores = GetAnswer<'/api/v1/talent/years/{year}/scores/{employeeId}'>;
export type TalentScoresBody = Schemas['TalentScoresBody'];
export type TalentRecommendation = NonNullable<TalentPlacementRow['recommendation']>;
export type TalentReason = TalentPlacementRow['reasons'][number];
export type PerformanceBand = TalentCell['performanceBand'];
export type PotentialBand = TalentCell['potentialBand'];
export type TalentPlacementQuery = NonNullable<
  paths['/api/v1/talent/years/{year}/placements']['get']['parameters']['query']
>;
export type KeyPositionList = Schemas['KeyPositionList'];
export type KeyPosition = Schemas['KeyPosition'];
export type Succession = Schemas['Succession'];
export type SuccessionCandidate = Schemas['SuccessionCandidate'];
export type SuccessorReadiness = NonNullable<SuccessionCandidate['readiness']>;
export type SuccessorBody = Schemas['SuccessorBody'];
