import { z } from 'zod';
import { CalendarDate, textBlock, textLine } from '../shared/common.contract';

// Mentoring (NKL02) and coaching (NKL01) of a program: its scheme (period, pairing rules, JP rule),
// mentors and mentees, the optimal pairs Jenjang proposes with their reasons, and each pair's goals,
// sessions and closing reflections.

const id = z.number().int().positive();

export const UNIT_RULES = ['any', 'sameOpd', 'otherOpd'] as const;
export const PAIR_BLOCKS = ['self', 'sameOpd', 'otherOpd', 'supervisor', 'conflict', 'noCoverage'] as const;
export const GOAL_STATES = ['open', 'achieved', 'dropped'] as const;
export const MENTORING_SIDES = ['mentor', 'mentee'] as const;

export const MentoringSchemeBody = z
  .object({
    startsOn: CalendarDate,
    endsOn: CalendarDate,
    unitRule: z.enum(UNIT_RULES).default('any'),
    allowSupervisor: z.boolean().default(false),
    mentorCapacity: z.number().int().min(1).max(20).default(3),
    /** Null: the government's minutes per JP. */
    minutesPerJp: z.number().int().min(1).max(240).nullable().default(null),
    maxJpPerSession: z.number().gt(0).max(24).multipleOf(0.01).nullable().default(null),
  })
  .strict()
  .refine((b) => b.startsOn <= b.endsOn, {
    path: ['endsOn'],
    params: { i18n: 'errors.mentoring.endsBeforeStart' },
  })
  .meta({ id: 'MentoringSchemeBody' });

export const MentorBody = z
  .object({
    employeeId: id,
    /** Null: the scheme's capacity. */
    capacity: z.number().int().min(0).max(20).nullable().default(null),
  })
  .strict()
  .meta({ id: 'MentorBody' });

export const MenteesBody = z
  .object({ employeeIds: z.array(id).min(1).max(500) })
  .strict()
  .meta({ id: 'MenteesBody' });

export const ExclusionBody = z
  .object({ mentorId: id, menteeId: id, reason: textLine(500) })
  .strict()
  .meta({ id: 'MentoringExclusionBody' });

export const PairsBody = z
  .object({
    pairs: z
      .array(
        z
          .object({
            mentorId: id,
            menteeId: id,
            /** Why a pairing rule is set aside (a supervisor pair, another OPD…); required when one is. */
            overrideReason: textLine(500).nullable().default(null),
          })
          .strict(),
      )
      .min(1)
      .max(500),
  })
  .strict()
  .meta({ id: 'MentoringPairsBody' });

export const GoalBody = z
  .object({ text: textLine(500) })
  .strict()
  .meta({ id: 'MentoringGoalBody' });
export const GoalStateBody = z
  .object({ state: z.enum(GOAL_STATES) })
  .strict()
  .meta({ id: 'MentoringGoalStateBody' });

export const SessionBody = z
  .object({
    heldOn: CalendarDate,
    topic: textLine(300),
    minutes: z.number().int().min(5).max(600),
    notes: textBlock(2000).nullable().default(null),
  })
  .strict()
  .meta({ id: 'MentoringSessionBody' });

export const ReflectionBody = z
  .object({ text: textBlock(3000), usefulness: z.number().int().min(1).max(5) })
  .strict()
  .meta({ id: 'MentoringReflectionBody' });

const Person = z.object({
  id: z.number().int(),
  nip: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
});

export const CoveredNeedSchema = z
  .object({
    competency: z.string(),
    name: z.string(),
    actual: z.number().int(),
    required: z.number().int(),
    mentorLevel: z.number().int(),
  })
  .meta({ id: 'MentoringCoveredNeed' });

export const MentoringScheme = z
  .object({
    programId: z.number().int(),
    startsOn: CalendarDate,
    endsOn: CalendarDate,
    unitRule: z.enum(UNIT_RULES),
    allowSupervisor: z.boolean(),
    mentorCapacity: z.number().int(),
    minutesPerJp: z.number().int().nullable(),
    /** The minutes per JP in force: the scheme's or the government's. */
    effectiveMinutesPerJp: z.number().int(),
    maxJpPerSession: z.number().nullable(),
    endedAt: z.string().nullable(),
  })
  .meta({ id: 'MentoringScheme' });

export const MentoringPairSummary = z
  .object({
    id: z.number().int(),
    mentor: Person,
    mentee: Person,
    source: z.enum(['matched', 'manual']),
    score: z.number().int(),
    covered: z.array(CoveredNeedSchema),
    overrideReason: z.string().nullable(),
    state: z.enum(['active', 'ended']),
    sessions: z.number().int(),
    unconfirmed: z.number().int(),
    jp: z.number(),
    goals: z.number().int(),
    goalsAchieved: z.number().int(),
    reflections: z.array(z.enum(MENTORING_SIDES)),
    /** Mean usefulness of the reflections written (1–5); null without any. */
    usefulness: z.number().nullable(),
  })
  .meta({ id: 'MentoringPairSummary' });

export const MentoringOverview = z
  .object({
    scheme: MentoringScheme.nullable(),
    /** The program's path allows mentoring (NKL01 coaching, NKL02 mentoring). */
    offered: z.boolean(),
    canManage: z.boolean(),
    mentors: z.array(Person.extend({ capacity: z.number().int(), paired: z.number().int() })),
    mentees: z.array(Person.extend({ paired: z.boolean(), needs: z.number().int() })),
    exclusions: z.array(
      z.object({ mentor: Person, mentee: Person, reason: z.string(), createdAt: z.string() }),
    ),
    pairs: z.array(MentoringPairSummary),
    totals: z.object({
      sessions: z.number().int(),
      jp: z.number(),
      goalsAchieved: z.number().int(),
      goals: z.number().int(),
    }),
  })
  .meta({ id: 'MentoringOverview' });

export const MentoringProposal = z
  .object({
    pairs: z.array(
      z.object({
        mentor: Person,
        mentee: Person,
        score: z.number().int(),
        covered: z.array(CoveredNeedSchema),
        fixed: z.boolean(),
        /** The best score this mentee could have had alone; above `score` when that mentor was needed by others. */
        bestAlone: z.number().int(),
      }),
    ),
    unmatched: z.array(z.object({ mentee: Person, reason: z.enum(['noCoverage', 'capacity']) })),
    totalScore: z.number().int(),
  })
  .meta({ id: 'MentoringProposal' });

export const MentoringSession = z
  .object({
    id: z.number().int(),
    heldOn: CalendarDate,
    topic: z.string(),
    minutes: z.number().int(),
    notes: z.string().nullable(),
    jp: z.number(),
    loggedAs: z.enum(['mentor', 'mentee', 'agency']),
    loggedBy: z.string().nullable(),
    confirmedAt: z.string().nullable(),
    /** The reader may confirm it (the other side, or the agency). */
    canConfirm: z.boolean(),
  })
  .meta({ id: 'MentoringSession' });

export const MentoringPairDetail = MentoringPairSummary.extend({
  programId: z.number().int(),
  programTitle: z.string(),
  pathCode: z.string(),
  scheme: MentoringScheme,
  /** The reader's side in the pair; null for the agency or a supervisor reading it. */
  side: z.enum(MENTORING_SIDES).nullable(),
  canManage: z.boolean(),
  goalList: z.array(
    z.object({
      id: z.number().int(),
      text: z.string(),
      state: z.enum(GOAL_STATES),
      settledAt: z.string().nullable(),
    }),
  ),
  sessionList: z.array(MentoringSession),
  reflectionList: z.array(
    z.object({
      author: z.enum(MENTORING_SIDES),
      text: z.string(),
      usefulness: z.number().int(),
      writtenAt: z.string(),
    }),
  ),
  /** Reflections may be written: the pair or the mentoring has ended, or its last day has come. */
  reflectionOpen: z.boolean(),
}).meta({ id: 'MentoringPairDetail' });

export const MyMentoring = z
  .object({
    items: z.array(
      z.object({
        pairId: z.number().int(),
        programId: z.number().int(),
        programTitle: z.string(),
        side: z.enum(MENTORING_SIDES),
        partner: Person,
        state: z.enum(['active', 'ended']),
        sessions: z.number().int(),
        jp: z.number(),
        unconfirmed: z.number().int(),
        endsOn: CalendarDate,
      }),
    ),
  })
  .meta({ id: 'MyMentoring' });

export const PairParams = z.object({ pairId: z.coerce.number().int().positive() });
export const PairItemParams = PairParams.extend({ itemId: z.coerce.number().int().positive() });
export const ProgramEmployeeParams = z.object({
  id: z.coerce.number().int().positive(),
  employeeId: z.coerce.number().int().positive(),
});
