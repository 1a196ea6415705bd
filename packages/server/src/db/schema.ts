// Generated from the migrated database by `npm run schema:gen -w @jenjang/server`: do not edit.
// What the database cannot say (JSON shapes, notes) is written in db/schema-notes.ts.
import type { NotificationKind } from '@jenjang/domain/shared/notification.contract';
import type { ColumnType, Generated } from 'kysely';

/** Calendar dates travel as 'YYYY-MM-DD' strings (see database.ts: DATE is never a JS Date). */
type CalendarDate = string;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface AccountTable {
  id: Generated<number>;
  tenant_id: number;
  username: string;
  display_name: string;
  role: 'admin' | 'pimpinan' | 'atasan' | 'pegawai' | 'mitra' | 'auditor' | 'nasional';
  scope_unit_id: number | null;
  employee_id: number | null;
  password_hash: string | null;
  status: Generated<'active' | 'disabled'>;
  locale: Generated<'id' | 'en'>;
  created_at: Generated<Date>;
  password_changed_at: Timestamp | null;
  email: string | null;
  partner_id: number | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  tenant_id: number;
  seq: number;
  at: Timestamp;
  actor_account_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  prev_hash: string;
  hash: string;
  /**
   * The unit path of what the entry is about when it was written (migration 0010); null: the whole
   * government.
   */
  unit_path: number[] | null;
  /** The name of what was touched, as it was then (migration 0010). */
  subject: string | null;
}

export interface CompetencyTable {
  id: Generated<number>;
  tenant_id: number;
  code: string;
  type: 'manajerial' | 'sosialKultural' | 'teknis';
  reference_code: string | null;
  name: string;
  definition: string | null;
  created_at: Generated<Date>;
}

export interface CompetencyAssessmentTable {
  id: Generated<number>;
  tenant_id: number;
  employee_id: number;
  competency_id: number;
  level: number;
  assessed_on: CalendarDate;
  method: 'assessmentCentre' | 'supervisor' | 'self' | 'test';
  assessor: string | null;
  source: string | null;
  recorded_by: number | null;
  job_id: string | null;
  created_at: Generated<Date>;
}

export interface CompetencyCurrentTable {
  tenant_id: number;
  employee_id: number;
  competency_id: number;
  level: number;
  assessed_on: CalendarDate;
  assessment_id: number;
}

export interface CompetencyGapDirtyTable {
  tenant_id: number;
  unit_id: number;
}

export interface CompetencyGapUnitTable {
  tenant_id: number;
  unit_id: number;
  kind: string;
  competency_id: number;
  required: number;
  assessed: number;
  below: number;
  shortfall: number;
}

export interface CompetencyJpmUnitTable {
  tenant_id: number;
  unit_id: number;
  kind: string;
  jpm_centi: number | null;
  employees: number;
}

export interface CompetencyLevelTable {
  tenant_id: number;
  competency_id: number;
  level: number;
  descriptor: string;
  indicators: Generated<string[]>;
}

export interface CompetencyReferenceTable {
  code: string;
  type: 'manajerial' | 'sosialKultural';
  sort: number;
  name_id: string;
  name_en: string;
  definition_id: string | null;
  definition_en: string | null;
}

export interface CompetencyReferenceLevelTable {
  code: string;
  level: number;
  descriptor_id: string;
  descriptor_en: string;
  indicators_id: string[];
  indicators_en: string[];
}

export interface ConsultationCommentTable {
  id: Generated<number>;
  tenant_id: number;
  round_id: number;
  provision_id: number | null;
  quote: string | null;
  kind: 'comment' | 'proposal';
  body: string;
  author_id: number | null;
  created_at: Generated<Date>;
  hidden_at: Timestamp | null;
  hidden_reason: string | null;
  hidden_by: number | null;
  response: 'accepted' | 'partial' | 'rejected' | null;
  response_reason: string | null;
  responded_by: number | null;
  responded_at: Timestamp | null;
  source: Generated<'identified' | 'anonymous' | 'public'>;
}

export interface ConsultationRoundTable {
  id: Generated<number>;
  tenant_id: number;
  policy_id: number;
  version_id: number;
  opened_at: Timestamp;
  closes_at: Timestamp;
  closed_at: Timestamp | null;
  invites_employees: boolean;
  invites_leaders: boolean;
  invites_partners: boolean;
  opened_by: number | null;
  invites_public: Generated<boolean>;
  allows_anonymous: Generated<boolean>;
  min_group_size: Generated<number>;
  withheld: Generated<number>;
}

export interface ConsultationSupportTable {
  tenant_id: number;
  comment_id: number;
  account_id: number;
  supported_at: Generated<Date>;
}

export interface DevelopmentIdpTable {
  id: Generated<number>;
  tenant_id: number;
  employee_id: number;
  year: number;
  state: Generated<'draft' | 'agreed' | 'inProgress' | 'done'>;
  note: string | null;
  agreed_by: number | null;
  agreed_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface DevelopmentIdpItemTable {
  id: Generated<number>;
  tenant_id: number;
  idp_id: number;
  competency_id: number | null;
  activity: string;
  path_code: string;
  jp: string;
  due_on: CalendarDate | null;
  completed_on: CalendarDate | null;
  policy_id: number | null;
  position: Generated<number>;
}

export interface DevelopmentPlanTable {
  id: Generated<number>;
  tenant_id: number;
  year: number;
  unit_id: number | null;
  state: Generated<'draft' | 'proposed' | 'consolidated' | 'approved'>;
  budget: string | null;
  policy_id: number | null;
  note: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface DevelopmentPlanItemTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  competency_id: number | null;
  title: string;
  target_group: string;
  path_code: string;
  jp: string;
  participants: number;
  estimated_cost: string;
  priority: number;
  basis: 'gap' | 'stated' | 'talent' | 'manual';
  evidence: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  rationale: string | null;
  policy_id: number | null;
  from_item_id: number | null;
  position: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface DevelopmentRecordTable {
  id: Generated<number>;
  tenant_id: number;
  employee_id: number;
  kind: 'diklat' | 'kursus' | 'program';
  category: string | null;
  name: string;
  path_code: string | null;
  institution: string | null;
  certificate_number: string | null;
  started_on: CalendarDate | null;
  ended_on: CalendarDate;
  jp: string;
  source: 'manual' | 'import' | 'program';
  program_ref: string | null;
  recorded_by: number | null;
  job_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface DisciplinarySanctionTable {
  id: Generated<number>;
  tenant_id: number;
  employee_id: number;
  level: 'ringan' | 'sedang' | 'berat';
  starts_on: CalendarDate;
  ends_on: CalendarDate | null;
  decree: string;
  note: string | null;
  recorded_by: number | null;
  recorded_at: Generated<Date>;
}

/**
 * The outbox (migration 0023): events published for queued subscribers, kept until delivered
 * everywhere and a week old.
 */
export interface DomainEventTable {
  tenant_id: number;
  id: string;
  type: string;
  version: number;
  actor_account_id: number | null;
  payload: ColumnType<Record<string, unknown>, string, string>;
  occurred_at: Timestamp;
}

export interface EmployeeTable {
  id: Generated<number>;
  tenant_id: number;
  nip: string;
  employee_type: 'PNS' | 'PPPK';
  pns_id: string | null;
  nip_lama: string | null;
  name: string;
  front_title: string | null;
  back_title: string | null;
  birth_date: CalendarDate;
  sex: 'M' | 'F';
  nik: string | null;
  legal_status: string | null;
  golongan: string | null;
  golongan_rank: number | null;
  golongan_initial: string | null;
  tmt_cpns: CalendarDate | null;
  tmt_pns: CalendarDate | null;
  tmt_golongan: CalendarDate | null;
  tmt_jabatan: CalendarDate | null;
  service_years: number | null;
  service_months: number | null;
  position_id: number | null;
  position_kind: string | null;
  position_level: string | null;
  education_level: string | null;
  education: string | null;
  unit_id: number | null;
  status: Generated<'aktif' | 'nonaktif'>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface EvaluationFindingTable {
  id: Generated<number>;
  tenant_id: number;
  evaluation_id: number;
  body: string;
  created_by: number | null;
  created_at: Timestamp;
}

/** One event to one queued subscriber: pending, delivered or given up (migration 0023). */
export interface EventDeliveryTable {
  tenant_id: number;
  event_id: string;
  /** The subscriber’s stable name; with event_id the key that makes a delivery happen once. */
  subscriber: string;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  delivered_at: Timestamp | null;
}

export interface ForumTable {
  id: Generated<number>;
  tenant_id: number;
  title: string;
  year: number;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place: string;
  state: Generated<'planned' | 'open' | 'closed'>;
  opened_at: Timestamp | null;
  closed_at: Timestamp | null;
  minutes: string | null;
  minutes_at: Timestamp | null;
  minutes_by: number | null;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface ForumAgendaItemTable {
  tenant_id: number;
  forum_id: number;
  ordinal: number;
  time: string | null;
  title: string;
  note: string | null;
}

export interface ForumPolicyTable {
  tenant_id: number;
  forum_id: number;
  policy_id: number;
}

export interface ForumProposalTable {
  id: Generated<number>;
  tenant_id: number;
  forum_id: number;
  title: string;
  body: string;
  author_id: number;
  created_at: Generated<Date>;
  hidden_at: Timestamp | null;
  hidden_reason: string | null;
  hidden_by: number | null;
  outcome: 'accepted' | 'study' | 'rejected' | null;
  outcome_reason: string | null;
  outcome_policy_id: number | null;
  outcome_by: number | null;
  outcome_at: Timestamp | null;
}

export interface ForumReplyTable {
  id: Generated<number>;
  tenant_id: number;
  proposal_id: number;
  body: string;
  author_id: number;
  created_at: Generated<Date>;
  hidden_at: Timestamp | null;
  hidden_reason: string | null;
  hidden_by: number | null;
}

export interface ForumVoteTable {
  tenant_id: number;
  proposal_id: number;
  account_id: number;
  stance: 'agree' | 'disagree';
  voted_at: Timestamp;
}

export interface ImportIssueTable {
  tenant_id: number;
  job_id: string;
  row_number: number;
  severity: 'error' | 'warning';
  column_name: string;
  value: string;
  code: string;
  params: ColumnType<Record<string, string | number>, string | undefined, string>;
}

export interface IndicatorAttachmentTable {
  id: Generated<number>;
  tenant_id: number;
  measurement_id: number;
  file_name: string;
  file_type: 'pdf' | 'xlsx' | 'png' | 'jpeg';
  bytes: number;
  sha256: Buffer;
  content: Buffer;
}

export interface IndicatorMeasurementTable {
  id: Generated<number>;
  tenant_id: number;
  indicator_id: number;
  measured_on: CalendarDate;
  value: number;
  note: string | null;
  data_source: string;
  entered_by: number;
  entered_at: Timestamp;
  withdrawn_at: Timestamp | null;
  withdrawn_by: number | null;
  withdrawn_reason: string | null;
}

export interface InstrumentTable {
  id: Generated<number>;
  tenant_id: number;
  kind: 'needs' | 'reaction' | 'behaviour' | 'satisfaction' | 'skm' | 'publicFeedback' | 'custom';
  template_key: string | null;
  title: string;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** The unit whose admins manage it (migration 0011); null: the whole government’s. */
  owner_unit_id: number | null;
}

export interface InstrumentVersionTable {
  id: Generated<number>;
  tenant_id: number;
  instrument_id: number;
  version: number;
  definition: ColumnType<unknown, string, string>;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface JobTable {
  id: Generated<string>;
  tenant_id: number;
  account_id: number | null;
  kind: string;
  status: Generated<'queued' | 'running' | 'succeeded' | 'failed'>;
  progress_done: Generated<number>;
  progress_total: number | null;
  input: ColumnType<Record<string, unknown>, string | undefined, string>;
  result: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  error: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  created_at: Generated<Date>;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  heartbeat_at: Timestamp | null;
  /** Instance id of the process running the job (migration 0008). */
  worker_id: string | null;
}

/** Devices that signed into a subject before: they keep their own failure count. */
export interface LoginDeviceTable {
  device_hash: Buffer;
  subject: Buffer;
  expires_at: Timestamp;
}

/** Failed sign-ins (and attempts in progress), by hashed subject, address and known device. */
export interface LoginFailureTable {
  subject: Buffer;
  at: Generated<Date>;
  address_hash: Buffer;
  device_hash: Buffer | null;
}

export interface MentoringCreditTable {
  tenant_id: number;
  pair_id: number;
  year: number;
  development_record_id: number;
}

export interface MentoringExclusionTable {
  tenant_id: number;
  program_id: number;
  mentor_employee_id: number;
  mentee_employee_id: number;
  reason: string;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface MentoringGoalTable {
  id: Generated<number>;
  tenant_id: number;
  pair_id: number;
  text: string;
  state: Generated<'open' | 'achieved' | 'dropped'>;
  created_by: number | null;
  created_at: Generated<Date>;
  settled_at: Timestamp | null;
}

export interface MentoringMenteeTable {
  tenant_id: number;
  program_id: number;
  employee_id: number;
  added_at: Generated<Date>;
}

export interface MentoringMentorTable {
  tenant_id: number;
  program_id: number;
  employee_id: number;
  capacity: number;
  added_at: Generated<Date>;
}

export interface MentoringPairTable {
  id: Generated<number>;
  tenant_id: number;
  program_id: number;
  mentor_employee_id: number;
  mentee_employee_id: number;
  source: 'matched' | 'manual';
  score: number;
  covered: ColumnType<Record<string, unknown>, string, string>;
  override_reason: string | null;
  state: Generated<'active' | 'ended'>;
  created_by: number | null;
  created_at: Generated<Date>;
  ended_at: Timestamp | null;
}

export interface MentoringReflectionTable {
  tenant_id: number;
  pair_id: number;
  author: 'mentor' | 'mentee';
  text: string;
  usefulness: number;
  written_by: number | null;
  written_at: Generated<Date>;
}

export interface MentoringSchemeTable {
  tenant_id: number;
  program_id: number;
  starts_on: CalendarDate;
  ends_on: CalendarDate;
  unit_rule: Generated<'any' | 'sameOpd' | 'otherOpd'>;
  allow_supervisor: Generated<boolean>;
  mentor_capacity: Generated<number>;
  minutes_per_jp: number | null;
  max_jp_per_session: string | null;
  ended_at: Timestamp | null;
  ended_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface MentoringSessionTable {
  id: Generated<number>;
  tenant_id: number;
  pair_id: number;
  held_on: CalendarDate;
  topic: string;
  minutes: number;
  notes: string | null;
  jp: string;
  logged_as: 'mentor' | 'mentee' | 'agency';
  logged_by: number | null;
  logged_at: Generated<Date>;
  confirmed_by: number | null;
  confirmed_at: Timestamp | null;
}

export interface NotificationTable {
  id: Generated<number>;
  tenant_id: number;
  account_id: number;
  kind: NotificationKind;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: Generated<Date>;
  read_at: Timestamp | null;
  mail_state: 'pending' | 'sending' | 'sent' | 'skipped' | null;
  mail_claimed_at: Timestamp | null;
}

export interface PartnerTable {
  id: Generated<number>;
  tenant_id: number;
  name: string;
  kind: 'university' | 'ngo' | 'institute' | 'government' | 'company';
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PartnerAgreementTable {
  id: Generated<number>;
  tenant_id: number;
  partner_id: number;
  number: string;
  scope: string;
  valid_from: CalendarDate;
  valid_until: CalendarDate;
  expiry_warned_on: CalendarDate | null;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface PasswordTokenTable {
  token_hash: Buffer;
  tenant_id: number;
  account_id: number;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface PerformanceAppraisalTable {
  id: Generated<number>;
  tenant_id: number;
  employee_id: number;
  year: number;
  period: 'annual' | 'monthly' | 'quarterly' | 'semester';
  from_month: number;
  to_month: number;
  hasil_kerja: 'above' | 'meets' | 'below';
  perilaku_kerja: 'above' | 'meets' | 'below';
  predikat: string;
  coefficient: string | null;
  appraiser_employee_id: number | null;
  appraiser_name: string | null;
  appraiser_nip: string | null;
  appraiser_position: string | null;
  appraiser_unit: string | null;
  appraiser_golongan: string | null;
  appraiser_status: 'ASN' | 'NON ASN' | null;
  skp_id: number | null;
  follow_up: string | null;
  source: 'jenjang' | 'import';
  job_id: string | null;
  recorded_by: number | null;
  recorded_at: Generated<Date>;
}

export interface PerformanceCycleTable {
  id: Generated<number>;
  tenant_id: number;
  year: number;
  check_ins: 'monthly' | 'quarterly' | 'semester';
  state: Generated<'planning' | 'running' | 'appraisal' | 'closed'>;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PolicyTable {
  id: Generated<number>;
  tenant_id: number;
  title: string;
  area: 'karier' | 'kompetensi' | 'sdm' | 'kepegawaian';
  state: Generated<
    'draft' | 'consultation' | 'adopted' | 'in_force' | 'under_evaluation' | 'revising' | 'retired'
  >;
  purpose: string;
  principles: Generated<string[]>;
  legal_basis: Generated<string[]>;
  owner_unit_id: number | null;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  evaluation_months: Generated<number>;
  public_since: Timestamp | null;
}

export interface PolicyAcknowledgementTable {
  tenant_id: number;
  version_id: number;
  employee_id: number;
  unit_id: number | null;
  acknowledged_at: Timestamp;
}

export interface PolicyEvaluationTable {
  id: Generated<number>;
  tenant_id: number;
  policy_id: number;
  version_id: number;
  period_from: CalendarDate;
  period_to: CalendarDate;
  started_at: Timestamp;
  started_by: number | null;
  recommendation: 'keep' | 'adjust' | 'revise' | null;
  recommendation_reason: string | null;
  recommended_by: number | null;
  recommended_at: Timestamp | null;
  decision: 'keep' | 'revise' | null;
  decision_note: string | null;
  decided_by: number | null;
  decided_at: Timestamp | null;
  report: ColumnType<Record<string, unknown> | null, string | null, string | null>;
}

export interface PolicyIndicatorTable {
  id: Generated<number>;
  tenant_id: number;
  policy_id: number;
  name: string;
  source: string;
  params: ColumnType<Record<string, unknown>, string, string>;
  direction: 'up' | 'down';
  baseline: number | null;
  target: number;
  created_at: Generated<Date>;
}

export interface PolicyRevisionProposalTable {
  id: Generated<number>;
  tenant_id: number;
  policy_id: number;
  trigger_id: number;
  indicator_id: number | null;
  indicator_name: string;
  rule: ColumnType<Record<string, unknown>, string, string>;
  point_at: Timestamp;
  point_label: string;
  value: number;
  previous: number | null;
  state: Generated<'open' | 'accepted' | 'dismissed'>;
  note: string | null;
  evaluation_id: number | null;
  created_at: Timestamp;
  decided_by: number | null;
  decided_at: Timestamp | null;
}

export interface PolicyRulesTable {
  tenant_id: number;
  version_id: number;
  kind: 'promotion' | 'talent';
  rules: ColumnType<Record<string, unknown>, string, string>;
  updated_by: number | null;
  updated_at: Generated<Date>;
}

export interface PolicySurveyTable {
  tenant_id: number;
  policy_id: number;
  survey_id: number;
}

export interface PolicyTransitionTable {
  id: Generated<number>;
  tenant_id: number;
  policy_id: number;
  transition: string;
  from_state: string;
  to_state: string;
  version_id: number | null;
  account_id: number | null;
  note: string | null;
  at: Timestamp;
}

export interface PolicyTriggerTable {
  id: Generated<number>;
  tenant_id: number;
  policy_id: number;
  indicator_id: number | null;
  rule: ColumnType<Record<string, unknown>, string, string>;
  created_by: number | null;
  created_at: Timestamp;
  removed_at: Timestamp | null;
}

export interface PolicyVersionTable {
  id: Generated<number>;
  tenant_id: number;
  policy_id: number;
  number: number;
  status: Generated<'draft' | 'adopted' | 'discarded'>;
  based_on_id: number | null;
  adopted_on: CalendarDate | null;
  effective_from: CalendarDate | null;
  adopted_by: number | null;
  created_at: Generated<Date>;
}

export interface PositionTable {
  id: Generated<number>;
  tenant_id: number;
  name: string;
  kind:
    | 'jpt_utama'
    | 'jpt_madya'
    | 'jpt_pratama'
    | 'administrator'
    | 'pengawas'
    | 'fungsional'
    | 'pelaksana'
    | null;
  level: string | null;
  created_at: Generated<Date>;
}

export interface PositionCompetencyTable {
  tenant_id: number;
  position_id: number;
  competency_id: number;
  required_level: number;
  updated_at: Generated<Date>;
}

export interface ProgramTable {
  id: Generated<number>;
  tenant_id: number;
  title: string;
  description: string | null;
  path_code: string;
  jp: string;
  provider_kind: 'internal' | 'lan' | 'partner';
  provider_name: string | null;
  cost_per_participant: Generated<string>;
  policy_id: number | null;
  state: Generated<'draft' | 'open' | 'closed' | 'selected' | 'completed' | 'cancelled'>;
  eligibility: ColumnType<Record<string, unknown>, string, string>;
  weights: ColumnType<Record<string, unknown>, string, string>;
  quota_unit_max: number | null;
  quota_unit_min: number | null;
  applications_close_on: CalendarDate | null;
  ranking_shows_names: Generated<boolean>;
  selection_summary: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  selected_at: Timestamp | null;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  min_attendance_percent: Generated<number>;
  passing_score: string | null;
  partner_id: number | null;
  appeal_days: Generated<number>;
  affirmative_groups: ColumnType<Record<string, unknown>, string | undefined, string>;
  follow_up_months: Generated<number | null>;
  result_survey_id: number | null;
}

export interface ProgramAppealTable {
  id: Generated<number>;
  tenant_id: number;
  application_id: number;
  reason: string;
  filed_by: number | null;
  filed_at: Generated<Date>;
  state: Generated<'pending' | 'upheld' | 'rejected'>;
  decision: string | null;
  decided_by: number | null;
  decided_at: Timestamp | null;
}

export interface ProgramApplicationTable {
  id: Generated<number>;
  tenant_id: number;
  program_id: number;
  employee_id: number;
  preferences: number[];
  source: 'self' | 'nomination' | 'assignment';
  recommended: Generated<boolean>;
  nominated_by: number | null;
  motivation: string | null;
  state: Generated<'applied' | 'selected' | 'waitlisted' | 'notSelected' | 'withdrawn'>;
  batch_id: number | null;
  score: number | null;
  score_lines: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  outcome:
    | 'selected'
    | 'belowCutoff'
    | 'tie'
    | 'groupFull'
    | 'batchesFull'
    | 'ineligible'
    | 'reservedSeats'
    | null;
  waitlist_position: number | null;
  applied_at: Generated<Date>;
  decided_at: Timestamp | null;
  withdrawn_at: Timestamp | null;
  final_score: string | null;
  completion: 'completed' | 'failed' | null;
  completion_failure: 'attendance' | 'score' | 'both' | null;
  completed_at: Timestamp | null;
  development_record_id: number | null;
  pre_test_score: string | null;
  post_test_score: string | null;
  affirmative_group: string | null;
  affirmative_groups: Generated<string[]>;
}

export interface ProgramAttendanceTable {
  tenant_id: number;
  application_id: number;
  day: CalendarDate;
  method: 'qr' | 'manual';
  recorded_by: number | null;
  recorded_at: Generated<Date>;
}

export interface ProgramBatchTable {
  id: Generated<number>;
  tenant_id: number;
  program_id: number;
  name: string;
  starts_on: CalendarDate;
  ends_on: CalendarDate;
  venue: string | null;
  online_url: string | null;
  capacity: number;
  taken: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  closed_at: Timestamp | null;
  curriculum_id: number | null;
  reaction_survey_id: number | null;
  reserved_seats: ColumnType<Record<string, unknown>, string | undefined, string>;
  follow_up_due_on: CalendarDate | null;
  follow_up_alumni_survey_id: number | null;
  follow_up_supervisor_survey_id: number | null;
}

export interface ProgramBatchTrainerTable {
  id: Generated<number>;
  tenant_id: number;
  batch_id: number;
  name: string;
  topic: string | null;
  account_id: number | null;
  partner_id: number | null;
  created_at: Generated<Date>;
}

export interface ProgramCertificateTable {
  id: Generated<number>;
  tenant_id: number;
  application_id: number;
  number: string;
  verification_code: string;
  issued_on: CalendarDate;
  issued_by: number | null;
  revoked_at: Timestamp | null;
  revoked_reason: string | null;
  revoked_by: number | null;
}

export interface ProgramCompetencyTable {
  tenant_id: number;
  program_id: number;
  competency_id: number;
  target_level: number;
}

export interface ProgramCurriculumTable {
  id: Generated<number>;
  tenant_id: number;
  program_id: number;
  version: number;
  modules: ColumnType<Record<string, unknown>, string, string>;
  reason: string | null;
  evidence_batch_ids: Generated<number[]>;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface ProgramPlanItemTable {
  tenant_id: number;
  program_id: number;
  plan_item_id: number;
}

export interface PromotionTable {
  id: Generated<number>;
  tenant_id: number;
  employee_id: number;
  period: CalendarDate;
  kind: Generated<string>;
  from_golongan: string;
  to_golongan: string;
  rules_version_id: number | null;
  eligible: boolean;
  state: Generated<'proposed' | 'approved' | 'rejected'>;
  decree_number: string | null;
  decree_date: CalendarDate | null;
  tmt: CalendarDate | null;
  reason: string | null;
  proposed_by: number | null;
  proposed_at: Generated<Date>;
  decided_by: number | null;
  decided_at: Timestamp | null;
}

export interface ProvisionTable {
  id: Generated<number>;
  tenant_id: number;
  policy_id: number;
  created_in: number;
}

export interface ProvisionChangeTable {
  tenant_id: number;
  version_id: number;
  provision_id: number;
  reason: string | null;
  changed_by: number | null;
  changed_at: Generated<Date>;
}

export interface ProvisionEvidenceTable {
  tenant_id: number;
  version_id: number;
  provision_id: number;
  ordinal: number;
  kind:
    | 'surveyQuestion'
    | 'surveyWave'
    | 'document'
    | 'consultation'
    | 'finding'
    | 'forumProposal'
    | 'indicatorMeasurement';
  wave_id: number | null;
  question_key: string | null;
  statement_key: string | null;
  citation: string | null;
  comment_id: number | null;
  finding_id: number | null;
  forum_proposal_id: number | null;
  indicator_id: number | null;
  measured_at: Timestamp | null;
  measured_label: string | null;
  measured_value: number | null;
}

export interface ProvisionOriginTable {
  tenant_id: number;
  provision_id: number;
  origin_id: number;
}

export interface ProvisionTextTable {
  tenant_id: number;
  version_id: number;
  provision_id: number;
  parent_id: number | null;
  ordinal: number;
  label: string;
  heading: string | null;
  body: string;
}

export interface RegistrySnapshotTable {
  tenant_id: number;
  month: CalendarDate;
  unit_id: number | null;
  unit_path: Generated<number[]>;
  active: number;
  pppk: number;
}

export interface RegistrySnapshotMonthTable {
  tenant_id: number;
  month: CalendarDate;
  taken_at: Timestamp;
}

/** A government's one-off or recurring task (migration 0022, platform/jobs/schedule.ts). */
export interface ScheduledTaskTable {
  tenant_id: number;
  key: string;
  kind: string;
  input: ColumnType<Record<string, unknown>, string | undefined, string>;
  next_local: string;
  next_run_at: Timestamp;
  repeat_unit: 'day' | 'month' | null;
  repeat_count: number | null;
  last_run_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface ScholarshipAwardTable {
  id: Generated<number>;
  tenant_id: number;
  program_id: number;
  application_id: number;
  employee_id: number;
  field_of_study: string;
  institution: string;
  starts_on: CalendarDate;
  expected_end_on: CalendarDate;
  status: Generated<'studying' | 'onLeave' | 'graduated' | 'failed' | 'resigned' | 'bondBroken'>;
  graduated_on: CalendarDate | null;
  returned_on: CalendarDate | null;
  placement_unit_id: number | null;
  placement_position: string | null;
  bond_months: number | null;
  bond_ends_on: CalendarDate | null;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ScholarshipCallTable {
  tenant_id: number;
  program_id: number;
  degree: 'D3' | 'D4' | 'S1' | 'S2' | 'S3' | 'profesi' | 'spesialis';
  fields: string[];
  institution: string;
  partner_id: number | null;
  study_months: number;
  requirements: string | null;
  documents: string[];
  bond_factor: Generated<string>;
  bond_extra_months: Generated<number>;
  report_months: Generated<number>;
  updated_at: Generated<Date>;
}

export interface ScholarshipDocumentTable {
  id: Generated<number>;
  tenant_id: number;
  program_id: number;
  employee_id: number;
  kind:
    | 'ijazah'
    | 'transkrip'
    | 'rekomendasiAtasan'
    | 'suratPernyataan'
    | 'suratKesehatan'
    | 'loa'
    | 'proposalStudi'
    | 'sertifikatBahasa';
  file_name: string;
  file_type: 'pdf' | 'png' | 'jpeg';
  content: Buffer;
  sha256: Buffer;
  uploaded_by: number | null;
  uploaded_at: Generated<Date>;
}

export interface ScholarshipReportTable {
  id: Generated<number>;
  tenant_id: number;
  award_id: number;
  term: number;
  gpa: string | null;
  credits: number | null;
  summary: string;
  file_name: string | null;
  file_type: 'pdf' | 'png' | 'jpeg' | null;
  content: Buffer | null;
  submitted_by: number | null;
  submitted_at: Generated<Date>;
  review: 'accepted' | 'revise' | null;
  review_note: string | null;
  reviewed_by: number | null;
  reviewed_at: Timestamp | null;
}

export interface ScholarshipStatusChangeTable {
  id: Generated<number>;
  tenant_id: number;
  award_id: number;
  from_status: string | null;
  to_status: string;
  changed_on: CalendarDate;
  reason: string | null;
  changed_by: number | null;
  changed_at: Generated<Date>;
}

export interface SessionTable {
  id_hash: Buffer;
  tenant_id: number;
  account_id: number;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  last_seen_at: Generated<Date>;
}

export interface SkpTable {
  id: Generated<number>;
  tenant_id: number;
  cycle_id: number;
  employee_id: number;
  appraiser_employee_id: number;
  state: Generated<'draft' | 'proposed' | 'agreed'>;
  agreed_at: Timestamp | null;
  agreed_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SkpFeedbackTable {
  id: Generated<number>;
  tenant_id: number;
  skp_id: number;
  period: number;
  side: 'employee' | 'appraiser';
  author_account_id: number;
  body: string;
  created_at: Generated<Date>;
}

export interface SkpItemTable {
  id: Generated<number>;
  tenant_id: number;
  skp_id: number;
  kind: 'result' | 'behaviour';
  position: number;
  text: string;
  indicator: string | null;
  target: string | null;
}

export interface SurveyTable {
  id: Generated<number>;
  tenant_id: number;
  instrument_id: number;
  title: string;
  mode: 'identified' | 'anonymous' | 'public';
  audience: ColumnType<Record<string, unknown>, string | undefined, string>;
  service_unit_id: number | null;
  service_name: string | null;
  public_code: string | null;
  min_group_size: Generated<number>;
  created_by: number | null;
  created_at: Generated<Date>;
  /** The unit whose admins manage it (migration 0011); null: the whole government’s. */
  owner_unit_id: number | null;
  /** Out of the default list, results kept (migration 0015); null while in use. */
  archived_at: Timestamp | null;
  archived_by: number | null;
}

export interface SurveyInvitationTable {
  tenant_id: number;
  wave_id: number;
  employee_id: number;
  unit_id: number | null;
  responded: Generated<boolean>;
  reminded_at: Timestamp | null;
}

export interface SurveyResponseTable {
  id: Generated<string>;
  tenant_id: number;
  wave_id: number;
  employee_id: number | null;
  unit_id: number | null;
  answered_on: CalendarDate;
  answers: ColumnType<Record<string, unknown>, string, string>;
}

export interface SurveyTallyTable {
  tenant_id: number;
  wave_id: number;
  unit_id: number | null;
  profile_key: string;
  profile_value: string | null;
  question_key: string;
  part: string;
  value: ColumnType<Record<string, unknown>, string, string>;
  n: number;
}

export interface SurveyTextEntryTable {
  tenant_id: number;
  response_id: string;
  question_key: string;
  wave_id: number;
  unit_id: number | null;
  text_id: string;
}

export interface SurveyTextHiddenTable {
  tenant_id: number;
  response_id: string;
  question_key: string;
  hidden_by: number;
  hidden_at: Generated<Date>;
}

export interface SurveyWaveTable {
  id: Generated<number>;
  tenant_id: number;
  survey_id: number;
  number: number;
  label: string;
  instrument_version_id: number;
  status: Generated<'draft' | 'open' | 'closed'>;
  opens_at: Timestamp;
  closes_at: Timestamp;
  population: number | null;
  invited: Generated<number>;
  opened_at: Timestamp | null;
  closed_at: Timestamp | null;
  /** Answers left waiting (fewer than k) when the wave closed, never released (migration 0011). */
  withheld: Generated<number>;
  /** When its invitees were told it opens (migration 0015); null for a wave not yet announced. */
  invitations_sent_at: Timestamp | null;
  /**
   * A public wave’s next scheduled release (migration 0017): set only by survey_release (a trigger
   * refuses anyone else); null until its first.
   */
  next_release_at: ColumnType<Date | null, never, never>;
}

export interface TalentKeyPositionTable {
  tenant_id: number;
  position_id: number;
  note: string | null;
  marked_by: number | null;
  marked_at: Generated<Date>;
}

export interface TalentMappingTable {
  tenant_id: number;
  year: number;
  settings: ColumnType<Record<string, unknown>, string, string>;
  settings_version_id: number | null;
  considered: number;
  placed: number;
  placed_by: number | null;
  placed_at: Generated<Date>;
  job_id: string | null;
}

export interface TalentPlacementTable {
  tenant_id: number;
  year: number;
  employee_id: number;
  box: number | null;
  performance_band: 'below' | 'meets' | 'above' | null;
  potential_band: 'low' | 'middle' | 'high' | null;
  performance_score: string;
  potential_score: string;
  recommendation: 'talentPool' | 'develop' | 'rotate' | 'performanceFollowUp' | null;
  inputs: ColumnType<Record<string, unknown>, string, string>;
  jpm: string | null;
}

export interface TalentScoreTable {
  tenant_id: number;
  year: number;
  employee_id: number;
  axis: 'performance' | 'potential';
  component: string;
  points: string;
  note: string | null;
  given_by: number | null;
  given_at: Generated<Date>;
}

export interface TalentSuccessorTable {
  tenant_id: number;
  position_id: number;
  employee_id: number;
  readiness: 'now' | 'soon' | 'later';
  note: string | null;
  named_by: number | null;
  named_at: Generated<Date>;
}

export interface TenantTable {
  id: Generated<number>;
  code: string;
  slug: string;
  name: string;
  kind: 'provinsi' | 'kabupaten' | 'kota' | 'nasional';
  created_at: Generated<Date>;
  time_zone: Generated<'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura'>;
  ikm_weight: Generated<'exact' | '0.111'>;
  ikm_round_decimals: 2 | 3 | null;
  demo: Generated<boolean>;
  jpm_meets: Generated<string>;
  jpm_still_meets: Generated<string>;
  jp_target_pns: Generated<string>;
  jp_target_pppk: Generated<string>;
  jp_ceiling_pppk: Generated<string | null>;
  minutes_per_jp: Generated<number>;
  letterhead_agency: string | null;
  letterhead_address: string | null;
  certificate_signer_name: string | null;
  certificate_signer_title: string | null;
  certificate_signer_nip: string | null;
  performance_check_ins: Generated<'monthly' | 'quarterly' | 'semester'>;
}

export interface UnitTable {
  id: Generated<number>;
  tenant_id: number;
  parent_id: number | null;
  path: number[];
  name: string;
  kind: Generated<
    | 'opd'
    | 'sekretariat'
    | 'inspektorat'
    | 'dinas'
    | 'badan'
    | 'kecamatan'
    | 'kelurahan'
    | 'rsud'
    | 'sudin'
    | 'kota_administrasi'
    | 'kabupaten_administrasi'
    | 'bagian'
    | 'subbagian'
    | 'bidang'
    | 'seksi'
    | 'upt'
    | 'unit'
  >;
  created_at: Generated<Date>;
  /** The day a closure took effect (migration 0012); closed units are never deleted. */
  closed_on: CalendarDate | null;
}

/**
 * Tables the app role cannot read are not here: consultation_ballot, consultation_inbox,
 * schema_migration, survey_ballot, survey_public_device, survey_response_inbox (reached only
 * through their SQL functions, or the migrations’ own).
 */
export interface Database {
  account: AccountTable;
  audit_log: AuditLogTable;
  competency: CompetencyTable;
  competency_assessment: CompetencyAssessmentTable;
  competency_current: CompetencyCurrentTable;
  competency_gap_dirty: CompetencyGapDirtyTable;
  competency_gap_unit: CompetencyGapUnitTable;
  competency_jpm_unit: CompetencyJpmUnitTable;
  competency_level: CompetencyLevelTable;
  competency_reference: CompetencyReferenceTable;
  competency_reference_level: CompetencyReferenceLevelTable;
  consultation_comment: ConsultationCommentTable;
  consultation_round: ConsultationRoundTable;
  consultation_support: ConsultationSupportTable;
  development_idp: DevelopmentIdpTable;
  development_idp_item: DevelopmentIdpItemTable;
  development_plan: DevelopmentPlanTable;
  development_plan_item: DevelopmentPlanItemTable;
  development_record: DevelopmentRecordTable;
  disciplinary_sanction: DisciplinarySanctionTable;
  domain_event: DomainEventTable;
  employee: EmployeeTable;
  evaluation_finding: EvaluationFindingTable;
  event_delivery: EventDeliveryTable;
  forum: ForumTable;
  forum_agenda_item: ForumAgendaItemTable;
  forum_policy: ForumPolicyTable;
  forum_proposal: ForumProposalTable;
  forum_reply: ForumReplyTable;
  forum_vote: ForumVoteTable;
  import_issue: ImportIssueTable;
  indicator_attachment: IndicatorAttachmentTable;
  indicator_measurement: IndicatorMeasurementTable;
  instrument: InstrumentTable;
  instrument_version: InstrumentVersionTable;
  job: JobTable;
  login_device: LoginDeviceTable;
  login_failure: LoginFailureTable;
  mentoring_credit: MentoringCreditTable;
  mentoring_exclusion: MentoringExclusionTable;
  mentoring_goal: MentoringGoalTable;
  mentoring_mentee: MentoringMenteeTable;
  mentoring_mentor: MentoringMentorTable;
  mentoring_pair: MentoringPairTable;
  mentoring_reflection: MentoringReflectionTable;
  mentoring_scheme: MentoringSchemeTable;
  mentoring_session: MentoringSessionTable;
  notification: NotificationTable;
  partner: PartnerTable;
  partner_agreement: PartnerAgreementTable;
  password_token: PasswordTokenTable;
  performance_appraisal: PerformanceAppraisalTable;
  performance_cycle: PerformanceCycleTable;
  policy: PolicyTable;
  policy_acknowledgement: PolicyAcknowledgementTable;
  policy_evaluation: PolicyEvaluationTable;
  policy_indicator: PolicyIndicatorTable;
  policy_revision_proposal: PolicyRevisionProposalTable;
  policy_rules: PolicyRulesTable;
  policy_survey: PolicySurveyTable;
  policy_transition: PolicyTransitionTable;
  policy_trigger: PolicyTriggerTable;
  policy_version: PolicyVersionTable;
  position: PositionTable;
  position_competency: PositionCompetencyTable;
  program: ProgramTable;
  program_appeal: ProgramAppealTable;
  program_application: ProgramApplicationTable;
  program_attendance: ProgramAttendanceTable;
  program_batch: ProgramBatchTable;
  program_batch_trainer: ProgramBatchTrainerTable;
  program_certificate: ProgramCertificateTable;
  program_competency: ProgramCompetencyTable;
  program_curriculum: ProgramCurriculumTable;
  program_plan_item: ProgramPlanItemTable;
  promotion: PromotionTable;
  provision: ProvisionTable;
  provision_change: ProvisionChangeTable;
  provision_evidence: ProvisionEvidenceTable;
  provision_origin: ProvisionOriginTable;
  provision_text: ProvisionTextTable;
  registry_snapshot: RegistrySnapshotTable;
  registry_snapshot_month: RegistrySnapshotMonthTable;
  scheduled_task: ScheduledTaskTable;
  scholarship_award: ScholarshipAwardTable;
  scholarship_call: ScholarshipCallTable;
  scholarship_document: ScholarshipDocumentTable;
  scholarship_report: ScholarshipReportTable;
  scholarship_status_change: ScholarshipStatusChangeTable;
  session: SessionTable;
  skp: SkpTable;
  skp_feedback: SkpFeedbackTable;
  skp_item: SkpItemTable;
  survey: SurveyTable;
  survey_invitation: SurveyInvitationTable;
  survey_response: SurveyResponseTable;
  survey_tally: SurveyTallyTable;
  survey_text_entry: SurveyTextEntryTable;
  survey_text_hidden: SurveyTextHiddenTable;
  survey_wave: SurveyWaveTable;
  talent_key_position: TalentKeyPositionTable;
  talent_mapping: TalentMappingTable;
  talent_placement: TalentPlacementTable;
  talent_score: TalentScoreTable;
  talent_successor: TalentSuccessorTable;
  tenant: TenantTable;
  unit: UnitTable;
}
