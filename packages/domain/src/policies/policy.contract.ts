import { z } from 'zod';
import { CalendarDate, textBlock, textLine } from '../shared/common.contract';
import { OpenConsultation } from './consultation.contract';
import { EVALUATION_MONTHS } from './evaluation.rules';
import { POLICY_STATES, POLICY_TRANSITIONS } from './policy-lifecycle.rules';
import { PROVISION_CHANGE_KINDS } from './provision-comparison.rules';

// A policy is the government's, written as provisions (sections and clauses) whose identity
// (`provisionId`) outlives their displayed numbers; a version is a text of them, immutable once
// adopted; every change of a provision carries its reason and the evidence behind it.

/** The four areas the seeds name: career, competency, human resources, personnel. */
export const POLICY_AREAS = ['karier', 'kompetensi', 'sdm', 'kepegawaian'] as const;
export const PolicyArea = z.enum(POLICY_AREAS);
export type PolicyArea = z.infer<typeof PolicyArea>;

export const PolicyState = z.enum(POLICY_STATES);
export const PolicyTransition = z.enum(POLICY_TRANSITIONS);

export const VERSION_STATUSES = ['draft', 'adopted', 'discarded'] as const;
export const VersionStatus = z.enum(VERSION_STATUSES);

export const ProvisionChangeKind = z.enum(PROVISION_CHANGE_KINDS);

const Id = z.number().int().positive();
const Timestamp = z.iso.datetime({ offset: true });

/** Limits of one policy: far above a Peraturan Wali Kota's size, low enough to refuse a runaway paste. */
export const POLICY_LIMITS = {
  principles: 12,
  legalBasis: 20,
  surveys: 20,
  evidencePerChange: 20,
  origins: 20,
  bodyLength: 8000,
  reasonLength: 2000,
} as const;

// Evidence

/** What a change of a provision may cite. Later capabilities add theirs (program evaluations). */
export const EVIDENCE_KINDS = [
  'surveyQuestion',
  'surveyWave',
  'document',
  'consultation',
  'finding',
  'forumProposal',
  'indicatorMeasurement',
] as const;

export const EvidenceInput = z
  .discriminatedUnion('kind', [
    /** One question's results in one wave: "satisfaction with promotion fell in semester II". */
    z.object({
      kind: z.literal('surveyQuestion'),
      waveId: Id,
      questionKey: z.string().min(1).max(64),
      /** One statement of a matrix question, e.g. a promotion statement. */
      statementKey: z.string().min(1).max(64).nullable().default(null),
    }),
    /** A whole wave: its IKM, its response rate. */
    z.object({ kind: z.literal('surveyWave'), waveId: Id }),
    /** A document kept elsewhere: a study, the minutes of a meeting, a regulation. */
    z.object({ kind: z.literal('document'), citation: textLine(300) }),
    /** A comment or proposal of a consultation round on this policy, which the change absorbed. */
    z.object({ kind: z.literal('consultation'), commentId: Id }),
    /** A finding of an evaluation of this policy, which the change answers. */
    z.object({ kind: z.literal('finding'), findingId: Id }),
    /** A proposal put to the government's Forum Diskusi ASN, which the change takes up. */
    z.object({ kind: z.literal('forumProposal'), proposalId: Id }),
    /**
     * One final measurement of one of this policy's indicators, named by the moment it stands for
     * (a point's `at`); kept with its value as it reads when cited.
     */
    z.object({
      kind: z.literal('indicatorMeasurement'),
      indicatorId: Id,
      at: z.iso.datetime({ offset: true }),
    }),
  ])
  .meta({ id: 'EvidenceInput' });
export type EvidenceInput = z.infer<typeof EvidenceInput>;

export const EvidenceView = z
  .object({
    kind: z.enum(EVIDENCE_KINDS),
    /** What the evidence is, in words: the survey, wave and question, or the citation. */
    label: z.string(),
    surveyId: Id.nullable(),
    waveId: Id.nullable(),
    questionKey: z.string().nullable(),
    statementKey: z.string().nullable(),
    commentId: Id.nullable(),
    findingId: Id.nullable(),
    /** For a finding: the evaluation it was made in. */
    evaluationId: Id.nullable(),
    /** A forum proposal cited, and its forum (for a link to the forum's page). */
    proposalId: Id.nullable(),
    forumId: Id.nullable(),
    /** A measurement cited: its indicator, the moment it stands for and its value as cited. */
    indicatorId: Id.nullable(),
    measuredAt: z.iso.datetime({ offset: true }).nullable(),
    measuredValue: z.number().nullable(),
  })
  .meta({ id: 'EvidenceView' });
export type EvidenceView = z.infer<typeof EvidenceView>;

// Policies

const policyFields = {
  title: textLine(200),
  area: PolicyArea,
  purpose: textBlock(4000),
  principles: z.array(textLine(120)).max(POLICY_LIMITS.principles),
  legalBasis: z.array(textLine(300)).max(POLICY_LIMITS.legalBasis),
  /** The unit that owns the policy (BKPSDM, usually); null for the government as a whole. */
  ownerUnitId: Id.nullable(),
  /** Surveys whose results the policy is judged by. */
  surveyIds: z.array(Id).max(POLICY_LIMITS.surveys),
  /** Months between evaluations. */
  evaluationMonths: z.number().int().min(EVALUATION_MONTHS.min).max(EVALUATION_MONTHS.max),
};

export const CreatePolicyBody = z
  .object({
    ...policyFields,
    /** Six unless the policy says otherwise (the seeds' six-monthly evaluation). */
    evaluationMonths: policyFields.evaluationMonths.default(EVALUATION_MONTHS.default),
  })
  .meta({ id: 'CreatePolicyBody' });
export type CreatePolicyBody = z.input<typeof CreatePolicyBody>;
export const UpdatePolicyBody = z.object(policyFields).partial().meta({ id: 'UpdatePolicyBody' });
export type UpdatePolicyBody = z.infer<typeof UpdatePolicyBody>;

export const VersionSummary = z
  .object({
    id: Id,
    number: z.number().int(),
    status: VersionStatus,
    adoptedOn: CalendarDate.nullable(),
    effectiveFrom: CalendarDate.nullable(),
    adoptedBy: z.string().nullable(),
    /** The version in force today. */
    inForce: z.boolean(),
    provisionCount: z.number().int(),
    /** Provisions that differ from the version it was drafted from (none for a first text). */
    changeCount: z.number().int(),
  })
  .meta({ id: 'PolicyVersionSummary' });
export type VersionSummary = z.infer<typeof VersionSummary>;

export const PolicySummary = z
  .object({
    id: Id,
    title: z.string(),
    area: PolicyArea,
    state: PolicyState,
    ownerUnitName: z.string().nullable(),
    inForce: z.object({ number: z.number().int(), effectiveFrom: CalendarDate }).nullable(),
    /** The day the next evaluation falls due; null while nothing is in force or the policy is retired. */
    nextEvaluationDue: CalendarDate.nullable(),
    updatedAt: Timestamp,
  })
  .meta({ id: 'PolicySummary' });

export const PolicyList = z.object({ items: z.array(PolicySummary) }).meta({ id: 'PolicyList' });

export const TransitionEntry = z
  .object({
    transition: PolicyTransition,
    from: PolicyState,
    to: PolicyState,
    at: Timestamp,
    by: z.string().nullable(),
    note: z.string().nullable(),
    versionNumber: z.number().int().nullable(),
  })
  .meta({ id: 'PolicyTransitionEntry' });

export const PolicyDetail = z
  .object({
    id: Id,
    title: z.string(),
    area: PolicyArea,
    state: PolicyState,
    purpose: z.string(),
    principles: z.array(z.string()),
    legalBasis: z.array(z.string()),
    ownerUnit: z.object({ id: Id, name: z.string() }).nullable(),
    surveys: z.array(z.object({ id: Id, title: z.string() })),
    /** Versions this reader may see, newest first: drafts only to those who review them. */
    versions: z.array(VersionSummary),
    history: z.array(TransitionEntry),
    /** The steps this reader may take now. */
    transitions: z.array(PolicyTransition),
    /** Whether this reader may edit the draft's text now. */
    canEdit: z.boolean(),
    evaluation: z.object({
      months: z.number().int(),
      nextDue: CalendarDate.nullable(),
      /** The evaluation under way, if any. */
      openId: Id.nullable(),
    }),
    /** Since when citizens read it on the government's transparency page; null when not published. */
    publicSince: Timestamp.nullable(),
    /** The transparency page that shows it (/kebijakan/<the government's slug>); null when not published. */
    publicPage: z.string().nullable(),
    /** Whether this reader may publish it or withdraw it (an adopted version is needed to publish). */
    canPublish: z.boolean(),
    updatedAt: Timestamp,
  })
  .meta({ id: 'PolicyDetail' });
export type PolicyDetail = z.infer<typeof PolicyDetail>;

export const TransitionBody = z
  .object({
    transition: PolicyTransition,
    note: textBlock(2000).optional(),
    /** For adopt: the day the version takes effect (today when left out), on the government's calendar. */
    effectiveFrom: CalendarDate.optional(),
    /** For openConsultation: the round's last day and who is invited. */
    consultation: OpenConsultation.optional(),
  })
  .meta({ id: 'PolicyTransitionBody' });
export type TransitionBody = z.infer<typeof TransitionBody>;

// Provisions

const reasoned = {
  /** Why: required for every change of a revision; optional on a first text. */
  reason: textBlock(POLICY_LIMITS.reasonLength).optional(),
  evidence: z.array(EvidenceInput).max(POLICY_LIMITS.evidencePerChange).default([]),
};

const placement = {
  /** The parent provision (a chapter for an article, an article for a paragraph); null at the top. */
  parentId: Id.nullable(),
  /** The sibling it follows; null to come first under its parent. */
  afterId: Id.nullable(),
};

export const AddProvisionBody = z
  .object({
    ...placement,
    label: textLine(60),
    heading: textLine(200).nullable().default(null),
    body: textBlock(POLICY_LIMITS.bodyLength, { min: 0 }),
    /** Provisions of the text in force it is split from (one) or merges (several). */
    origins: z.array(Id).max(POLICY_LIMITS.origins).default([]),
    ...reasoned,
  })
  .meta({ id: 'AddProvisionBody' });
export type AddProvisionBody = z.infer<typeof AddProvisionBody>;

export const UpdateProvisionBody = z
  .object({
    label: textLine(60).optional(),
    heading: textLine(200).nullable().optional(),
    body: textBlock(POLICY_LIMITS.bodyLength, { min: 0 }).optional(),
    /** Both, to move it: its new parent and the sibling it follows. */
    move: z.object(placement).optional(),
    ...reasoned,
  })
  .meta({ id: 'UpdateProvisionBody' });
export type UpdateProvisionBody = z.infer<typeof UpdateProvisionBody>;

export const RemoveProvisionBody = z.object(reasoned).meta({ id: 'RemoveProvisionBody' });
export type RemoveProvisionBody = z.infer<typeof RemoveProvisionBody>;

/** A change recorded on a provision in one version: what it was, why, on what evidence. */
export const ProvisionChange = z
  .object({
    versionId: Id,
    versionNumber: z.number().int(),
    kind: ProvisionChangeKind,
    reason: z.string().nullable(),
    evidence: z.array(EvidenceView),
  })
  .meta({ id: 'ProvisionChange' });
export type ProvisionChange = z.infer<typeof ProvisionChange>;

export const ProvisionView = z
  .object({
    provisionId: Id,
    parentId: Id.nullable(),
    ordinal: z.number().int(),
    depth: z.number().int(),
    label: z.string(),
    heading: z.string().nullable(),
    body: z.string(),
    /** This version's change of it against the version it was drafted from; null when unchanged. */
    change: ProvisionChange.nullable(),
  })
  .meta({ id: 'ProvisionView' });

export const VersionText = z
  .object({
    policyId: Id,
    policyTitle: z.string(),
    version: VersionSummary,
    /** The provisions in reading order. */
    provisions: z.array(ProvisionView),
    /** Provisions of the earlier version this one removed, with the reason. */
    removed: z.array(
      z.object({
        provisionId: Id,
        label: z.string(),
        heading: z.string().nullable(),
        change: ProvisionChange,
      }),
    ),
    /**
     * Whether the reader stated having read this version, and when (`at` null: not yet); null when
     * there is nothing to state: the version is not adopted, or the reader has no employee record.
     */
    acknowledgement: z.object({ at: Timestamp.nullable() }).nullable(),
  })
  .meta({ id: 'PolicyVersionText' });
export type VersionText = z.infer<typeof VersionText>;

/** "Why does the policy say this?": a provision through every version that holds or changed it. */
export const ProvisionHistory = z
  .object({
    provisionId: Id,
    origins: z.array(z.object({ provisionId: Id, label: z.string() })),
    entries: z.array(
      z.object({
        version: VersionSummary,
        label: z.string().nullable(),
        heading: z.string().nullable(),
        body: z.string().nullable(),
        change: ProvisionChange.nullable(),
      }),
    ),
  })
  .meta({ id: 'ProvisionHistory' });

export const TextSegmentView = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });

const ProvisionText = z.object({
  label: z.string(),
  heading: z.string().nullable(),
  body: z.string(),
  depth: z.number().int(),
  /** The labels of its parents in that version, from the top ("BAB IV", "Pasal 5"). */
  path: z.array(z.string()),
});

export const VersionComparison = z
  .object({
    from: VersionSummary,
    to: VersionSummary,
    items: z.array(
      z.object({
        kind: ProvisionChangeKind,
        provisionId: Id,
        before: ProvisionText.nullable(),
        after: ProvisionText.nullable(),
        textChanged: z.boolean(),
        moved: z.boolean(),
        renumbered: z.boolean(),
        related: z.array(z.object({ provisionId: Id, label: z.string() })),
        /** Word by word, for a provision whose text changed. */
        segments: z.array(TextSegmentView).nullable(),
        /** The changes recorded on it by the versions after `from`, up to `to`. */
        changes: z.array(ProvisionChange),
      }),
    ),
  })
  .meta({ id: 'PolicyVersionComparison' });

/** Two version ids; by default the newest version and the one before it. */
export const CompareQuery = z.object({
  from: z.coerce.number().int().positive().optional(),
  to: z.coerce.number().int().positive().optional(),
});

/** The reverse view: the provision changes that cite a survey wave (or one of its questions). */
export const EvidenceUses = z
  .object({
    items: z.array(
      z.object({
        policyId: Id,
        policyTitle: z.string(),
        versionId: Id,
        versionNumber: z.number().int(),
        versionStatus: VersionStatus,
        provisionId: Id,
        label: z.string(),
        kind: ProvisionChangeKind,
        reason: z.string().nullable(),
        questionKey: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'PolicyEvidenceUses' });

export const EvidenceUsesQuery = z.object({ waveId: z.coerce.number().int().positive() });

/** What a change may cite: each survey's waves, and each wave's questions and statements. */
export const EvidenceSources = z
  .object({
    surveys: z.array(
      z.object({
        id: Id,
        title: z.string(),
        /** Linked to this policy: offered first. */
        linked: z.boolean(),
        waves: z.array(
          z.object({
            id: Id,
            label: z.string(),
            questions: z.array(
              z.object({ key: z.string(), statementKey: z.string().nullable(), text: z.string() }),
            ),
          }),
        ),
      }),
    ),
    /** The findings of this policy's evaluations, newest evaluation first. */
    findings: z.array(
      z.object({ id: Id, evaluationId: Id, body: z.string(), from: CalendarDate, to: CalendarDate }),
    ),
  })
  .meta({ id: 'PolicyEvidenceSources' });

/** An employee's statement of having read an adopted version: when it was first made. */
export const Acknowledgement = z.object({ at: Timestamp }).meta({ id: 'PolicyAcknowledgement' });

const AcknowledgementCount = z.object({
  /** Active employees who stated having read the version, of all active employees counted. */
  acknowledged: z.number().int(),
  employees: z.number().int(),
});

/** How far a version has reached its readers: counts per OPD, never names. */
export const AcknowledgementSummary = z
  .object({
    versionId: Id,
    /** Each OPD (a top-level unit) with active employees, by where they work now. */
    units: z.array(AcknowledgementCount.extend({ unitId: Id, name: z.string() })),
    /** The whole government, employees without a unit included. */
    total: AcknowledgementCount,
  })
  .meta({ id: 'PolicyAcknowledgementSummary' });
export type AcknowledgementSummary = z.infer<typeof AcknowledgementSummary>;
