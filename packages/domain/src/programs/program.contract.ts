import { z } from 'zod';
import { COMPETENCY_TYPES } from '../competency/competency-dictionary';
import { CalendarDate, pageOf, textBlock, textLine } from '../shared/common.contract';
import { groupHasCriteria, SEXES } from './affirmative.rules';
import { EQUITY_DIMENSIONS } from './equity.rules';
import {
  DEFAULT_SCORE_WEIGHTS,
  EMPLOYEE_TYPES,
  INELIGIBILITY_REASONS,
  OPEN_TO_ALL,
  PROGRAM_STATES,
  PROGRAM_TRANSITIONS,
  SCORE_CRITERIA,
  SELECTION_OUTCOMES,
  weightsValid,
} from './program.rules';
import { PROGRAM_PATH_CODES, STUDY_PATH } from './program-paths';

// Development programs: the catalog, batches, applications and the published selection.

const id = z.number().int().positive();
const APPLICATION_STATES = ['applied', 'selected', 'waitlisted', 'notSelected', 'withdrawn'] as const;

export const EligibilityRulesSchema = z
  .object({
    unitIds: z.array(id).max(200).default([]),
    positionKinds: z.array(textLine(100)).max(20).default([]),
    golonganRankMin: z.number().int().min(1).max(17).nullable().default(null),
    golonganRankMax: z.number().int().min(1).max(17).nullable().default(null),
    employeeTypes: z.array(z.enum(EMPLOYEE_TYPES)).max(2).default([]),
    requiresGap: z.boolean().default(false),
    repeatAfterYears: z.number().int().min(0).max(50).nullable().default(null),
    /** Talent boxes (1–9) whose people may apply; empty: anyone. Absent from programs stored before it. */
    talentBoxes: z
      .array(z.number().int().min(1).max(9))
      .max(9)
      .refine((boxes) => new Set(boxes).size === boxes.length, {
        params: { i18n: 'errors.program.talentBoxRepeated' },
      })
      .default([]),
  })
  .strict()
  .refine(
    (r) => r.golonganRankMin === null || r.golonganRankMax === null || r.golonganRankMin <= r.golonganRankMax,
    {
      path: ['golonganRankMax'],
      params: { i18n: 'errors.program.golonganRange' },
    },
  )
  .meta({ id: 'EligibilityRules' });

/** An affirmative group: who belongs (every criterion set must hold), named by a key batches use. */
export const AffirmativeGroupSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
    label: textLine(100),
    sexes: z.array(z.enum(SEXES)).max(2).default([]),
    employeeTypes: z.array(z.enum(EMPLOYEE_TYPES)).max(2).default([]),
    unitIds: z.array(id).max(200).default([]),
    golonganRankMax: z.number().int().min(1).max(17).nullable().default(null),
    ageMin: z.number().int().min(18).max(70).nullable().default(null),
  })
  .strict()
  .refine(groupHasCriteria, { path: ['sexes'], params: { i18n: 'errors.program.affirmativeEmpty' } })
  .meta({ id: 'AffirmativeGroup' });

/** Per affirmative group key, the seats of a batch reserved for it. */
const ReservedSeats = z.record(
  z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
  z.number().int().min(0).max(100_000),
);

export const ScoreWeightsSchema = z
  .object(
    Object.fromEntries(SCORE_CRITERIA.map((c) => [c, z.number().int().min(0).max(100)])) as Record<
      (typeof SCORE_CRITERIA)[number],
      z.ZodNumber
    >,
  )
  .strict()
  .refine(weightsValid, { params: { i18n: 'errors.program.weightsSum' } })
  .meta({ id: 'ScoreWeights' });

const ProgramCompetency = z.object({
  competencyId: id,
  code: z.string(),
  name: z.string(),
  type: z.enum(COMPETENCY_TYPES),
  targetLevel: z.number().int().min(1).max(5),
});

export const ProgramBatch = z
  .object({
    id: z.number().int(),
    name: z.string(),
    startsOn: CalendarDate,
    endsOn: CalendarDate,
    venue: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    capacity: z.number().int(),
    taken: z.number().int(),
    reserved: ReservedSeats,
  })
  .meta({ id: 'ProgramBatch' });

export const ProgramSummary = z
  .object({
    id: z.number().int(),
    title: z.string(),
    pathCode: z.enum(PROGRAM_PATH_CODES),
    jp: z.number(),
    providerKind: z.enum(['internal', 'lan', 'partner']),
    providerName: z.string().nullable(),
    state: z.enum(PROGRAM_STATES),
    applicationsCloseOn: CalendarDate.nullable(),
    firstDay: CalendarDate.nullable(),
    seats: z.number().int(),
    applicants: z.number().int(),
    /** The reader's own application's state, if they applied. */
    myState: z.enum(APPLICATION_STATES).nullable(),
  })
  .meta({ id: 'ProgramSummary' });

export const ProgramPage = pageOf(ProgramSummary).meta({ id: 'ProgramPage' });

export const ProgramListQuery = z.object({
  state: z.enum(PROGRAM_STATES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const SelectionSummary = z
  .object({
    applicants: z.number().int(),
    selected: z.number().int(),
    waitlisted: z.number().int(),
    totalScore: z.number().int(),
    seats: z.number().int(),
    minimumsMet: z.array(
      z.object({ unitId: z.number().int(), unit: z.string(), selected: z.number().int() }),
    ),
    /** Per batch and affirmative group: the seats reserved and how many of the group's members took them. */
    reservedMet: z
      .array(
        z.object({
          batchId: z.number().int(),
          group: z.string(),
          reserved: z.number().int(),
          filled: z.number().int(),
        }),
      )
      .optional(),
    computedAt: z.string(),
    milliseconds: z.number().int(),
  })
  .meta({ id: 'SelectionSummary' });

export const Program = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string().nullable(),
    pathCode: z.enum(PROGRAM_PATH_CODES),
    jp: z.number(),
    providerKind: z.enum(['internal', 'lan', 'partner']),
    providerName: z.string().nullable(),
    /** The partner providing it (providerKind 'partner'), from the government's partners. */
    partnerId: z.number().int().nullable(),
    costPerParticipant: z.number(),
    policyId: z.number().int().nullable(),
    state: z.enum(PROGRAM_STATES),
    eligibility: EligibilityRulesSchema,
    weights: ScoreWeightsSchema,
    quotaUnitMax: z.number().int().nullable(),
    quotaUnitMin: z.number().int().nullable(),
    applicationsCloseOn: CalendarDate.nullable(),
    rankingShowsNames: z.boolean(),
    minAttendancePercent: z.number().int(),
    passingScore: z.number().nullable(),
    affirmativeGroups: z.array(AffirmativeGroupSchema),
    /** Days after the selection in which an applicant may appeal it (0: no appeals). */
    appealDays: z.number().int(),
    competencies: z.array(ProgramCompetency),
    planItemIds: z.array(z.number().int()),
    batches: z.array(ProgramBatch),
    applicants: z.number().int(),
    selectedAt: z.string().nullable(),
    /** The published selection's figures, once computed. */
    selection: SelectionSummary.nullable(),
    /** The moves the reader may make now, and whether they may edit the program. */
    transitions: z.array(z.enum(PROGRAM_TRANSITIONS)),
    editable: z.boolean(),
    manageable: z.boolean(),
    /** The reader is a trainer of one of its batches (and reads their evaluation). */
    teaches: z.boolean(),
  })
  .meta({ id: 'Program' });

export const ProgramBody = z
  .object({
    title: textLine(300),
    description: textBlock(5000).nullable().default(null),
    pathCode: z.enum(PROGRAM_PATH_CODES),
    /** Lesson hours (JP); 0 for degree study (PEND), which earns none. */
    jp: z.number().min(0).max(2000).multipleOf(0.01),
    providerKind: z.enum(['internal', 'lan', 'partner']),
    providerName: textLine(200).nullable().default(null),
    partnerId: id.nullable().default(null),
    costPerParticipant: z.number().min(0).max(1e12).multipleOf(0.01).default(0),
    policyId: id.nullable().default(null),
    eligibility: EligibilityRulesSchema.default({
      ...OPEN_TO_ALL,
      unitIds: [],
      positionKinds: [],
      employeeTypes: [],
      talentBoxes: [],
    }),
    weights: ScoreWeightsSchema.default({ ...DEFAULT_SCORE_WEIGHTS }),
    quotaUnitMax: z.number().int().min(1).max(100_000).nullable().default(null),
    quotaUnitMin: z.number().int().min(1).max(100_000).nullable().default(null),
    applicationsCloseOn: CalendarDate.nullable().default(null),
    rankingShowsNames: z.boolean().default(false),
    /** Completion: the share of session days to attend, and the final score to pass (null: no test). */
    minAttendancePercent: z.number().int().min(0).max(100).default(80),
    passingScore: z.number().min(0).max(100).multipleOf(0.01).nullable().default(null),
    /** Affirmative groups in order: an applicant counts in the first they belong to. */
    affirmativeGroups: z.array(AffirmativeGroupSchema).max(5).default([]),
    appealDays: z.number().int().min(0).max(30).default(0),
    competencies: z
      .array(z.object({ competencyId: id, targetLevel: z.number().int().min(1).max(5) }).strict())
      .max(20)
      .default([]),
    planItemIds: z.array(id).max(50).default([]),
  })
  .strict()
  .refine((b) => b.quotaUnitMin === null || b.quotaUnitMax === null || b.quotaUnitMin <= b.quotaUnitMax, {
    path: ['quotaUnitMin'],
    params: { i18n: 'errors.program.quotaOrder' },
  })
  .refine((b) => (b.pathCode === STUDY_PATH ? b.jp === 0 : b.jp > 0), {
    path: ['jp'],
    params: { i18n: 'errors.program.jpOfPath' },
  })
  .refine((b) => b.partnerId === null || b.providerKind === 'partner', {
    path: ['partnerId'],
    params: { i18n: 'errors.program.partnerNotProvider' },
  })
  .refine((b) => new Set(b.affirmativeGroups.map((g) => g.key)).size === b.affirmativeGroups.length, {
    path: ['affirmativeGroups'],
    params: { i18n: 'errors.program.affirmativeRepeated' },
  })
  .meta({ id: 'ProgramBody' });

export const ProgramTransitionBody = z
  .object({ transition: z.enum(PROGRAM_TRANSITIONS) })
  .strict()
  .meta({ id: 'ProgramTransitionBody' });

export const BatchBody = z
  .object({
    name: textLine(100),
    startsOn: CalendarDate,
    endsOn: CalendarDate,
    venue: textLine(300).nullable().default(null),
    onlineUrl: z
      .string()
      .max(500)
      .regex(/^https?:\/\/\S+$/)
      .nullable()
      .default(null),
    capacity: z.number().int().min(0).max(100_000),
    /** Seats reserved per affirmative group of the program; they add up to at most the capacity. */
    reserved: ReservedSeats.default({}),
  })
  .strict()
  .refine((b) => b.startsOn <= b.endsOn, { path: ['endsOn'], params: { i18n: 'errors.program.batchDates' } })
  .refine((b) => Object.values(b.reserved).reduce((sum, seats) => sum + seats, 0) <= b.capacity, {
    path: ['reserved'],
    params: { i18n: 'errors.program.reservedOverCapacity' },
  })
  .meta({ id: 'BatchBody' });

export const ApplyBody = z
  .object({
    /** Batches asked for, most wanted first. */
    preferences: z.array(id).min(1).max(10),
    motivation: textBlock(1000).nullable().default(null),
  })
  .strict()
  .refine((b) => new Set(b.preferences).size === b.preferences.length, {
    path: ['preferences'],
    params: { i18n: 'errors.program.preferencesRepeated' },
  })
  .meta({ id: 'ApplyBody' });

export const NominateBody = z
  .object({ employeeId: id, preferences: z.array(id).min(1).max(10) })
  .strict()
  .refine((b) => new Set(b.preferences).size === b.preferences.length, {
    path: ['preferences'],
    params: { i18n: 'errors.program.preferencesRepeated' },
  })
  .meta({ id: 'NominateBody' });

export const AssignBody = z.object({ employeeId: id, batchId: id }).strict().meta({ id: 'AssignBody' });

export const ScoreLineSchema = z.object({
  criterion: z.enum(SCORE_CRITERIA),
  weight: z.number().int(),
  value: z.number().nullable(),
  points: z.number().int(),
  contribution: z.number().int(),
});

export const Eligibility = z
  .object({
    eligible: z.boolean(),
    reasons: z.array(z.enum(INELIGIBILITY_REASONS)),
    /** Why each reason holds, in the reader's language. */
    explanations: z.array(z.string()),
  })
  .meta({ id: 'Eligibility' });

export const Application = z
  .object({
    id: z.number().int(),
    programId: z.number().int(),
    employee: z.object({
      id: z.number().int(),
      nip: z.string(),
      name: z.string(),
      unit: z.string().nullable(),
    }),
    preferences: z.array(z.number().int()),
    source: z.enum(['self', 'nomination', 'assignment']),
    recommended: z.boolean(),
    motivation: z.string().nullable(),
    state: z.enum(APPLICATION_STATES),
    batchId: z.number().int().nullable(),
    score: z.number().int().nullable(),
    scoreLines: z.array(ScoreLineSchema).nullable(),
    outcome: z.enum(SELECTION_OUTCOMES).nullable(),
    waitlistPosition: z.number().int().nullable(),
    /** The affirmative group the selection counted the applicant in. */
    affirmativeGroup: z.string().nullable(),
    appliedAt: z.string(),
    /** Decided when the batch closed: completed (JP credited, certificate issued) or failed. */
    completion: z.enum(['completed', 'failed']).nullable(),
    completionFailure: z.enum(['attendance', 'score', 'both']).nullable(),
    certificateId: z.number().int().nullable(),
  })
  .meta({ id: 'Application' });

export const ApplicationPage = pageOf(Application).meta({ id: 'ApplicationPage' });

export const ApplicationQuery = z.object({
  state: z.enum(APPLICATION_STATES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** The reader's own standing in a program: eligibility, application and why it came out so. */
export const MyApplication = z
  .object({
    eligibility: Eligibility,
    application: Application.nullable(),
    /** The lowest score selected in each batch asked for (null: none selected there). */
    cutoffs: z.array(z.object({ batchId: z.number().int(), cutoff: z.number().int().nullable() })),
    /** The outcome in words, in the reader's language. */
    explanation: z.string().nullable(),
  })
  .meta({ id: 'MyApplication' });

export const RankingEntry = z.object({
  position: z.number().int(),
  /** Shown only when the program publishes names. */
  name: z.string().nullable(),
  score: z.number().int(),
  state: z.enum(['selected', 'waitlisted', 'notSelected']),
  batch: z.string().nullable(),
  mine: z.boolean(),
});

export const Ranking = z
  .object({
    items: z.array(RankingEntry),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'Ranking' });

export const COMPLETIONS = ['completed', 'failed'] as const;

export const RosterEntry = z.object({
  applicationId: z.number().int(),
  employee: z.object({
    id: z.number().int(),
    nip: z.string(),
    name: z.string(),
    unit: z.string().nullable(),
  }),
  /** The session days attended, as YYYY-MM-DD. */
  attended: z.array(CalendarDate),
  finalScore: z.number().nullable(),
  /** The learning test before and after (0–100; evaluation.rules.ts). */
  preTestScore: z.number().nullable(),
  postTestScore: z.number().nullable(),
  completion: z.enum(COMPLETIONS).nullable(),
  completionFailure: z.enum(['attendance', 'score', 'both']).nullable(),
  certificateId: z.number().int().nullable(),
  certificateRevoked: z.boolean(),
});

/** A batch's participants with their attendance per session day, scores and completion. */
export const Roster = z
  .object({
    programId: z.number().int(),
    batchId: z.number().int(),
    name: z.string(),
    days: z.array(CalendarDate),
    /** The government's today: attendance is taken for days up to it. */
    today: CalendarDate,
    closedAt: z.string().nullable(),
    participants: z.array(RosterEntry),
    /** The reader may record attendance and scores, and close the batch. */
    editable: z.boolean(),
  })
  .meta({ id: 'Roster' });

export const BatchParams = z.object({
  id: z.coerce.number().int().positive(),
  batchId: z.coerce.number().int().positive(),
});

export const AttendanceBody = z
  .object({ applicationId: id, day: CalendarDate, present: z.boolean() })
  .strict()
  .meta({ id: 'AttendanceBody' });

export const FinalScoreBody = z
  .object({ applicationId: id, finalScore: z.number().min(0).max(100).multipleOf(0.01).nullable() })
  .strict()
  .meta({ id: 'FinalScoreBody' });

export const CheckInCodeQuery = z.object({ day: CalendarDate.optional() });

/** What a trainer shows on the screen for the day's check-in: the link and its QR code. */
export const CheckInCode = z
  .object({ day: CalendarDate, url: z.string(), svg: z.string() })
  .meta({ id: 'CheckInCode' });

export const CheckInBody = z
  .object({ batchId: id, day: CalendarDate, code: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) })
  .strict()
  .meta({ id: 'CheckInBody' });

export const CheckInResult = z
  .object({ batch: z.string(), day: CalendarDate, attended: z.number().int(), of: z.number().int() })
  .meta({ id: 'CheckInResult' });

export const EquityReport = z
  .object({
    /** False before the selection: only application rates mean something yet. */
    selected: z.boolean(),
    dimensions: z.array(
      z.object({
        dimension: z.enum(EQUITY_DIMENSIONS),
        rows: z.array(
          z.object({
            group: z.string(),
            label: z.string(),
            population: z.number().int(),
            applicants: z.number().int(),
            selected: z.number().int(),
            applicationRate: z.number().nullable(),
            selectionRate: z.number().nullable(),
            ratioToBest: z.number().nullable(),
            judged: z.boolean(),
            flagged: z.boolean(),
          }),
        ),
        /** The lowest selection rate relative to the best group's (1: alike); null: too few to judge. */
        parity: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'EquityReport' });

export const EquityYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
