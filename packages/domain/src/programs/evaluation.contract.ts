import { z } from 'zod';
import { PredikatCounts } from '../performance/performance.contract';

// Participants' feedback on a program (evaluation.rules.ts): the learning test's scores, entered by
// the batch's trainer or the agency, and the program's results per batch, trainer, curriculum
// version and for the whole program.

const id = z.number().int().positive();
const Score = z.number().min(0).max(100).multipleOf(0.01);

/** A participant's learning test before and after (0–100; null: not taken, or cleared). */
export const LearningTestBody = z
  .object({ applicationId: id, preTestScore: Score.nullable(), postTestScore: Score.nullable() })
  .strict()
  .meta({ id: 'LearningTestBody' });

/** Why a figure is not shown: fewer than k people behind it, or nothing to count yet. */
const Withheld = z.enum(['small', 'none']);

const Learning = z.discriminatedUnion('shown', [
  z.object({
    shown: z.literal(true),
    pairs: z.number().int(),
    meanPre: z.number(),
    meanPost: z.number(),
    /** Mean of post − pre, in points. */
    meanGain: z.number(),
    /** Hake's class-average normalised gain; null when the mean pre-test is 100. */
    normalisedGain: z.number().nullable(),
  }),
  z.object({ shown: z.literal(false), withheld: Withheld }),
]);

const Reaction = z.discriminatedUnion('shown', [
  z.object({
    shown: z.literal(true),
    responses: z.number().int(),
    /** Each rated question's mean on its scale; null when fewer than k answered it. */
    questions: z.array(z.object({ key: z.string(), mean: z.number().nullable() })),
    /** The mean of the questions' means: the reaction score. */
    overall: z.number().nullable(),
  }),
  z.object({ shown: z.literal(false), withheld: Withheld }),
]);

/** Kirkpatrick level 3: the behaviour follow-up's answers, of the alumni and of their supervisors. */
const Behaviour = z.object({ alumni: Reaction, supervisors: Reaction });

const Group = z.object({
  batchIds: z.array(z.number().int()),
  learning: Learning,
  reaction: Reaction,
  behaviour: Behaviour,
  /** Batches of the group left out of its figures because theirs are withheld. */
  withheldBatches: z.object({ learning: z.number().int(), reaction: z.number().int() }),
});

export const ProgramEvaluation = z
  .object({
    programId: z.number().int(),
    /** The smallest group shown (k): the reaction surveys' minimum group size. */
    minGroupSize: z.number().int(),
    /** The reaction survey's rated questions (reaction-instrument.ts), in the order asked. */
    questions: z.array(z.string()),
    /** The behaviour follow-up's rated questions (follow-up.rules.ts), alumni and supervisors alike. */
    behaviourQuestions: z.array(z.string()),
    /** The points they are rated on. */
    scale: z.object({ min: z.number().int(), max: z.number().int() }),
    /** The evaluation plan: months from a batch's end to its follow-up (null: none), the results' survey. */
    plan: z.object({
      followUpMonths: z.number().int().nullable(),
      resultSurveyId: z.number().int().nullable(),
    }),
    batches: z.array(
      z.object({
        id: z.number().int(),
        name: z.string(),
        closed: z.boolean(),
        /** The batch's reaction survey, for whoever may open it in the surveys; null before it closed. */
        reactionSurveyId: z.number().int().nullable(),
        /** The curriculum version it taught; null when none was recorded. */
        curriculumVersion: z.number().int().nullable(),
        trainers: z.array(z.string()),
        learning: Learning,
        reaction: Reaction,
        behaviour: Behaviour.extend({
          /** The day its follow-up falls due (set when the batch closed); null: none planned. */
          dueOn: z.string().nullable(),
          alumniSurveyId: z.number().int().nullable(),
          supervisorSurveyId: z.number().int().nullable(),
        }),
      }),
    ),
    trainers: z.array(Group.extend({ name: z.string() })),
    versions: z.array(Group.extend({ version: z.number().int().nullable() })),
    total: Group,
    /** Kirkpatrick level 4: the IKM of the service the training aims at, before and after it; null: none named. */
    results: z
      .object({
        surveyId: z.number().int(),
        title: z.string(),
        firstDay: z.string(),
        lastDay: z.string(),
        points: z.array(
          z.object({
            label: z.string(),
            opensOn: z.string(),
            closesOn: z.string(),
            /** Null: withheld (fewer than k answers). */
            value: z.number().nullable(),
            /** Closed: the IKM is final; else provisional. */
            final: z.boolean(),
            timing: z.enum(['before', 'during', 'after']),
          }),
        ),
        before: z.number().nullable(),
        after: z.number().nullable(),
        /** Whether the IKM after is final (its wave closed). */
        afterFinal: z.boolean(),
        change: z.number().nullable(),
      })
      .nullable(),
    /**
     * Kirkpatrick level 4 by the appraisal: completed participants' annual predikat the year before
     * their batch and the first full year after it; for the agency only (null for a trainer).
     */
    performance: z
      .object({
        participants: z.number().int(),
        paired: z.number().int(),
        withheld: z.boolean(),
        before: PredikatCounts.nullable(),
        after: PredikatCounts.nullable(),
        atLeastBaikBefore: z.number().nullable(),
        atLeastBaikAfter: z.number().nullable(),
        improved: z.number().int().nullable(),
        same: z.number().int().nullable(),
        worse: z.number().int().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'ProgramEvaluation' });

export const EvaluationPlanBody = z
  .object({
    followUpMonths: z.number().int().min(1).max(24).nullable(),
    resultSurveyId: z.number().int().positive().nullable(),
  })
  .strict()
  .meta({ id: 'EvaluationPlanBody' });
export type ProgramEvaluation = z.infer<typeof ProgramEvaluation>;
