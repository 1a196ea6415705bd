import type { DevelopmentPath } from '@jenjang/domain/competency/development-paths';
import type { PolicyArea } from '@jenjang/domain/policies/policy.contract';
import type { PolicyTransition } from '@jenjang/domain/policies/policy-lifecycle.rules';
import type { TriggerRule } from '@jenjang/domain/policies/trigger.rules';
import type { EligibilityRules, ScoreWeights } from '@jenjang/domain/programs/program.rules';
import type { TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import type { PromotionRules } from '@jenjang/domain/talent/promotion.contract';
import type { AnswerBias } from '../demo-answers';
import type { TextRecipe } from './free-text';
import type { DemoPromotions } from './story-promotions';

// A demo story: what one seed article (shared/seeds beside the project; summarised in
// each story's `signal`) says a government wants to do, told as the surveys it runs, how its
// people answer, and the policies those surveys evaluate. Days are relative to the story's today,
// so the demo always has a wave open to answer and waves closed to read.

export interface DemoWave {
  label: string;
  /** Window in days from today (negative: in the past). */
  from: number;
  to: number;
  /** Responses at demo scale 1. */
  responses: number;
  population?: number;
  bias: AnswerBias;
}

export interface DemoSurvey {
  templateKey: string;
  title: string;
  mode: 'identified' | 'anonymous' | 'public';
  /** Everyone, or a sample of `size` employees spread over many OPDs (a training's participants). */
  audience?: { kind: 'all' } | { kind: 'sample'; size: number; units?: RegExp };
  /** Public surveys: the service counter's unit, its service, and a readable demo code. */
  service?: { unit: RegExp; name: string; code: string };
  waves: DemoWave[];
}

export interface DemoStory {
  /** The seed article's number ('000'–'004'), which names the story's file. */
  seed: string;
  /** The government it happens in (demo-regions.ts). */
  region: string;
  /** What the article asks for, and what the demo's results show because of it. */
  signal: string;
  surveys: DemoSurvey[];
  /** The policies the surveys evaluate, told after them (seed/demo-policies.ts). */
  policies?: DemoPolicy[];
  /** The development programs that carry the policies out, told after them (seed/demo-programs.ts). */
  programs?: DemoProgram[];
  /** Mentoring or coaching run by the agency, told after the programs (seed/demo-mentoring.ts). */
  mentoring?: DemoMentoring[];
  /** Scholarships for degree study, told after the programs (seed/demo-scholarships.ts). */
  scholarships?: DemoScholarship[];
  /** Kenaikan pangkat under the policies' rules, told after the appraisals (seed/demo-promotions.ts). */
  promotions?: DemoPromotions;
}

/**
 * A scholarship call of the past (tugas belajar): its applicants upload the documents and apply, the
 * selection picks within the quota, the awardees study from `studyFrom`; each awardee's `fates` (in
 * the order of the selection's ranking) says how it went.
 */
export interface DemoScholarship {
  title: string;
  description: string;
  policy: string;
  /** The partner it is run with, by name (demo-partners.ts). */
  partner: string;
  degree: 'S1' | 'S2' | 'S3';
  fields: string[];
  studyMonths: number;
  documents: ('ijazah' | 'transkrip' | 'rekomendasiAtasan' | 'suratPernyataan' | 'loa')[];
  /** Days from the story's today. */
  opens: number;
  closes: number;
  studyFrom: number;
  applicants: number;
  quota: number;
  fates: DemoScholarFate[];
}

export type DemoScholarFate =
  | { kind: 'returned'; graduated: number; returned: number; position: string }
  | { kind: 'graduated'; graduated: number }
  | { kind: 'studying'; leave?: { from: number; to: number; reason: string }; skipsLastReport?: boolean }
  | { kind: 'resigned'; on: number; reason: string };

/**
 * A mentoring (NKL02) or coaching (NKL01) scheme: seniors of the OPDs `units` names mentor their
 * juniors with development needs, paired as Jenjang proposes; the pairs meet, log their sessions
 * (the other side confirming each), keep goals, and those whose pair has ended reflect.
 */
export interface DemoMentoring {
  title: string;
  description: string;
  pathCode: 'NKL01' | 'NKL02';
  /** The story's policy it carries out, by title. */
  policy: string;
  jp: number;
  /** The OPDs its mentors and mentees come from, by name. */
  units: RegExp;
  /** Its period, in days from the story's today. */
  from: number;
  to: number;
  /** How many mentors and mentees at demo scale 1 (at least two of each at any scale). */
  mentors: number;
  mentees: number;
  capacity: number;
  /** The competencies it develops, by code (its pairs cover needs in these only). */
  competencies: string[];
  /** Session topics, in the order pairs work through them. */
  topics: string[];
  goals: string[];
  reflections: { mentor: string[]; mentee: string[] };
}

/**
 * A provision of a policy's text: a BAB, a Pasal or an ayat, with the parts below it; in a first
 * text it may already say why and cite what it rests on (a needs survey, say).
 */
export interface DemoProvision {
  label: string;
  heading?: string;
  body?: string;
  parts?: DemoProvision[];
  reason?: string;
  evidence?: DemoEvidence[];
}

/**
 * What a change of a revision cites: a wave of one of the story's surveys (by title and label),
 * optionally one question of its questionnaire and one statement of a matrix question; or a
 * document kept elsewhere, such as the minutes of a Forum Diskusi ASN.
 */
export type DemoEvidence =
  | { survey: string; wave: string; question?: string; statement?: string }
  | { document: string }
  /** Input of the policy's consultation rounds, by the key its comment step gave it. */
  | { comment: string }
  /** A finding of one of the policy's evaluations, by the key its finding step gave it. */
  | { finding: string }
  /** A proposal put to the story's Forum Diskusi ASN, by the key its forum step gave it. */
  | { forumProposal: string }
  /** One final value of one of the policy's indicators (by name), named by its point's label: a wave's. */
  | { indicator: string; point: string };

interface Reasoned {
  reason: string;
  evidence?: DemoEvidence[];
}

/**
 * One change of a revision. Provisions are named as the adopted text being revised cites them:
 * 'Pasal 9', 'Pasal 9 ayat (2)', 'BAB IV'.
 */
export type DemoProvisionChange =
  | ({ modify: string; heading?: string; body?: string } & Reasoned)
  /** Replaced by the parts `into`, each recording the provision it was split from. */
  | ({ split: string; into: DemoProvision[] } & Reasoned)
  /** A new number alone, which needs no reason. */
  | { renumber: string; label: string }
  /** A new provision under `under` (null: at the top), after `after` (null: first). */
  | ({ add: DemoProvision; under: string | null; after: string | null } & Reasoned)
  | ({ remove: string } & Reasoned);

/**
 * A step of a policy's life on its day (from today, negative in the past), in order: a transition
 * of policy-lifecycle.rules.ts taken by the admin, or by the leader (pimpinan) where it needs one;
 * an adoption with the day the version takes effect (entered into force on that day when it has
 * come, else left to the schedule); or the edits of a revision's draft.
 */
export type DemoPolicyStep =
  | { day: number; take: Exclude<PolicyTransition, 'adopt' | 'enterIntoForce'>; note?: string }
  | { day: number; take: 'adopt'; effective: number; note?: string }
  | { day: number; edit: DemoProvisionChange[] }
  /** Input to the open consultation round, by a demo account of the story's government. */
  | { day: number; comment: DemoComment }
  /** Others supporting that input, once each. */
  | { day: number; support: { comment: string; by: DemoParticipant[] } }
  /** The drafters' official response to it. */
  | {
      day: number;
      respond: { comment: string; response: 'accepted' | 'partial' | 'rejected'; reason: string };
    }
  /** A finding of the evaluation under way, by the admins' evaluation team; `key` names it as evidence. */
  | { day: number; finding: { key: string; body: string } }
  /** The evaluators' recommendation, which the leader's keep or revise follows. */
  | { day: number; recommend: { recommendation: 'keep' | 'adjust' | 'revise'; reason: string } }
  /** An act of the government's Forum Diskusi ASN, told in the policy's time line (seed/demo-forum.ts). */
  | { day: number; forum: DemoForumAct }
  /** A manual indicator's value with its evidence. */
  | { day: number; measure: DemoMeasurement }
  /** The rules of kenaikan pangkat the draft states from now on (its text says them in an edit). */
  | { day: number; promotionRules: PromotionRules };

/**
 * The story's Forum Diskusi ASN, one act at a time: the admin announces it (linked to the policy,
 * with its agenda) and opens it for input; staff propose, reply and vote; the admin closes it with
 * its minutes and records what became of each proposal.
 */
export type DemoForumAct =
  | {
      announce: {
        title: string;
        year: number;
        /** The forum's own day (from today) and its hours on the government's clock. */
        on: number;
        from: string;
        until: string;
        place: string;
        agenda: { time: string; title: string; note?: string }[];
      };
    }
  | { propose: { key: string; by: DemoParticipant; title: string; body: string } }
  | { reply: { to: string; by: DemoParticipant; body: string } }
  | { vote: { on: string; by: DemoParticipant[]; stance: 'agree' | 'disagree' } }
  | { close: { minutes: string } }
  | { outcome: { of: string; outcome: 'accepted' | 'study' | 'rejected'; reason: string } };

/** The demo accounts that take part in a consultation (each government has one of each). */
export type DemoParticipant = 'pegawai' | 'atasan' | 'pimpinan';

export interface DemoComment {
  /** How later steps name it (a response, a revision's evidence). */
  key: string;
  by: DemoParticipant;
  /** The provision it is about, as the draft consulted on cites it; null for a general proposal. */
  on: string | null;
  quote?: string;
  kind: 'comment' | 'proposal';
  body: string;
}

export interface DemoPolicy {
  title: string;
  area: PolicyArea;
  purpose: string;
  principles: string[];
  legalBasis: string[];
  /** Titles of the story's surveys the policy is judged by, each linked once the survey exists. */
  surveys: string[];
  /** The day the first text is drafted. */
  drafted: number;
  text: DemoProvision[];
  /** The rules of kenaikan pangkat the first text states, set on its draft. */
  promotionRules?: PromotionRules;
  /** The talent-mapping settings the first text states, set on its draft. */
  talentSettings?: TalentSettings;
  steps: DemoPolicyStep[];
  /** What the policy is judged by: figures of the story's surveys (by title), wave by wave. */
  indicators?: DemoIndicator[];
  /** Published on the government's transparency page (/kebijakan/<slug>) once the story is told. */
  public?: boolean;
}

export type DemoIndicator = {
  name: string;
  direction: 'up' | 'down';
  baseline: number | null;
  target: number;
  /**
   * A trigger set with the indicator: the government checks it every morning, and a final wave
   * that breaks it opens a revision proposal (the next evaluation started is taken up from it).
   */
  trigger?: TriggerRule;
} & (
  | {
      survey: string;
      /** A theme's mean (its questions, or a matrix question's statements), the IKM, or the response rate. */
      measure: { mean: (readonly [string] | readonly [string, string])[] } | 'ikm' | 'responseRate';
    }
  /** A registry figure of the whole government, month by month. */
  | { registry: 'pppkShare' | 'headCount' }
  /** Values from outside Jenjang, entered by the admin with evidence (`measure` steps). */
  | { manual: { unitLabel: string | null } }
);

/**
 * A value of a manual indicator, entered by the admin on the step's day with its evidence: a short
 * PDF the demo writes (its title and lines), as the partner's report would be.
 */
export interface DemoMeasurement {
  indicator: string;
  /** The day the value stands for, from today. */
  measuredOn: number;
  value: number;
  note?: string;
  dataSource: string;
  file: { name: string; title: string; lines: string[] };
}

/**
 * A development program the story's government runs to carry out its policy: drafted by the admin
 * with its published terms and its batches (angkatan), opened on `opens`, applied to by the
 * government's ASN until `closes`, then, unless it is still open today, selected by the published
 * score; a completed program's batches are over. Days are from today.
 */
export interface DemoProgram {
  title: string;
  description: string;
  pathCode: DevelopmentPath;
  jp: number;
  provider: { kind: 'internal' | 'lan' | 'partner'; name: string };
  costPerParticipant: number;
  /** The story's policy it carries out, by title. */
  policy: string;
  /** The competencies it develops, by code, and the level it aims at: the gap the score counts. */
  competencies?: { code: string; targetLevel: number }[];
  /**
   * The items of the government's development plan it fulfils: those of this basis, and of this
   * competency or with this title where given; only items of the plan for its first batch's year.
   */
  fulfils?: { basis: 'gap' | 'stated' | 'talent'; competency?: string; title?: RegExp }[];
  /** Who may apply, as published; `units` names the OPDs by pattern (every OPD when absent). */
  eligibility?: Partial<Omit<EligibilityRules, 'unitIds'>> & { units?: RegExp };
  weights?: ScoreWeights;
  /** At most / at least this many of one OPD selected, at demo scale 1 (scaled with the seats). */
  quota?: { max?: number; min?: number };
  rankingShowsNames?: boolean;
  /**
   * Affirmative groups, in order (an applicant counts in the first they belong to); each batch's
   * `reserved` seats name them by key.
   */
  affirmative?: { key: string; label: string; sexes?: ('M' | 'F')[]; employeeTypes?: ('PNS' | 'PPPK')[] }[];
  /** Days after the selection in which those not selected may appeal (sanggah). */
  appealDays?: number;
  /**
   * Appeals filed the day after the selection by applicants on the waiting list (in its order), and
   * decided the day after: upheld without a seat (the record corrected) or rejected, with reasons.
   */
  appeals?: { reason: string; decision: 'upheld' | 'rejected'; because: string }[];
  opens: number;
  closes: number;
  /** Still taking applications today, selected (seats given, batches ahead) or completed. */
  state: 'open' | 'selected' | 'completed';
  /** The day the selection is computed, after `closes`; a program still open has none. */
  selectedOn?: number;
  batches: DemoBatch[];
  applicants: DemoApplicants;
  /** Selected applicants who withdraw after the selection: their seats go down the waiting list. */
  withdrawals?: number;
  /** The story's public-service survey (by title) whose IKM is the program's result (Kirkpatrick level 4). */
  resultSurvey?: string;
}

/** A batch (angkatan): its days from today, where it is held or its meeting link, its seats at scale 1. */
export interface DemoBatch {
  name: string;
  from: number;
  to: number;
  venue?: string;
  onlineUrl?: string;
  capacity: number;
  /** Seats reserved per affirmative group key, at scale 1 (scaled with the capacity). */
  reserved?: Record<string, number>;
}

/** Who applies to a program: eligible ASN of the government, drawn at random across its OPDs. */
export interface DemoApplicants {
  /**
   * How many apply, at demo scale 1. Scaled with the program's seats, so a program with more
   * applicants than seats has them at every scale.
   */
  count: number;
  /** Of the applicants the supervisor demo account may nominate (its own unit's staff), the share it nominates. */
  nominated?: number;
  /**
   * The employee demo account applies too (when eligible), so its score and outcome can be read.
   * Left out of programs still open, for it to apply itself.
   */
  demoEmployee?: boolean;
  /** What some applicants write about why they apply. */
  motivations?: TextRecipe;
}
