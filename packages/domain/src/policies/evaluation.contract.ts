import { z } from 'zod';
import { CalendarDate, textBlock } from '../shared/common.contract';
import { RESPONSES } from './consultation.contract';
import { EVALUATION_DECISIONS, RECOMMENDATIONS } from './evaluation.rules';
import { IndicatorView } from './indicator.contract';

// An evaluation of a policy in force: the report Jenjang compiles from its own data (indicators
// against baseline and target, the linked surveys' waves, what the consultations gave), the
// evaluators' findings and recommendation, and the leader's decision. Frozen when decided: the
// report reads as it was when the decision was taken.

const Id = z.number().int().positive();
const Timestamp = z.iso.datetime({ offset: true });

export const Recommendation = z.enum(RECOMMENDATIONS);
export const EvaluationDecision = z.enum(EVALUATION_DECISIONS);

export const AddFindingBody = z.object({ body: textBlock(4000) }).meta({ id: 'AddFindingBody' });
export type AddFindingBody = z.infer<typeof AddFindingBody>;

export const RecommendBody = z
  .object({ recommendation: Recommendation, reason: textBlock(4000) })
  .meta({ id: 'RecommendBody' });
export type RecommendBody = z.infer<typeof RecommendBody>;

const Signed = { by: z.string().nullable(), at: Timestamp };

export const EvaluationFinding = z
  .object({
    id: Id,
    body: z.string(),
    ...Signed,
    /** The provision changes that cite it, in the versions that followed. */
    uses: z.array(
      z.object({
        versionId: Id,
        versionNumber: z.number().int(),
        label: z.string(),
        /** The change removed the provision (the label is the one it had before). */
        removed: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'EvaluationFinding' });

export const EvaluationSummary = z
  .object({
    id: Id,
    versionNumber: z.number().int(),
    period: z.object({ from: CalendarDate, to: CalendarDate }),
    startedAt: Timestamp,
    /** Null when the schedule started it. */
    startedBy: z.string().nullable(),
    findings: z.number().int(),
    recommendation: Recommendation.nullable(),
    decision: EvaluationDecision.nullable(),
    decidedAt: Timestamp.nullable(),
  })
  .meta({ id: 'EvaluationSummary' });
export type EvaluationSummary = z.infer<typeof EvaluationSummary>;

export const EvaluationList = z
  .object({
    items: z.array(EvaluationSummary),
    /** Months between evaluations, and the day the next one falls due (null while nothing is in force). */
    months: z.number().int(),
    nextDue: CalendarDate.nullable(),
  })
  .meta({ id: 'EvaluationList' });
export type EvaluationList = z.infer<typeof EvaluationList>;

/** A linked survey's waves, as the report compares them. */
export const ReportSurvey = z.object({
  surveyId: Id,
  title: z.string(),
  waves: z.array(
    z.object({
      waveId: Id,
      label: z.string(),
      closesAt: Timestamp,
      /** Whether the wave closed within the period evaluated. */
      inPeriod: z.boolean(),
      responses: z.number().int(),
      /** Null where fewer than k answered. */
      responseRate: z.number().nullable(),
    }),
  ),
});

/** The consultation input received in the period and how it was answered. */
export const ReportConsultation = z.object({
  rounds: z.number().int(),
  comments: z.number().int(),
  proposals: z.number().int(),
  responses: z.record(z.enum([...RESPONSES, 'unanswered']), z.number().int()),
});

export const EvaluationReport = z
  .object({
    policyTitle: z.string(),
    version: z.object({ id: Id, number: z.number().int(), effectiveFrom: CalendarDate }),
    indicators: z.array(IndicatorView),
    surveys: z.array(ReportSurvey),
    consultation: ReportConsultation,
    /** When the figures were compiled: now while open, the decision's moment once decided. */
    compiledAt: Timestamp,
  })
  .meta({ id: 'EvaluationReport' });
export type EvaluationReport = z.infer<typeof EvaluationReport>;

export const EvaluationDetail = z
  .object({
    ...EvaluationSummary.shape,
    policyId: Id,
    report: EvaluationReport,
    findings: z.array(EvaluationFinding),
    recommendationDetail: z.object({ reason: z.string(), ...Signed }).nullable(),
    decisionDetail: z.object({ note: z.string().nullable(), ...Signed }).nullable(),
    /** What this reader may do on it now. */
    canAddFinding: z.boolean(),
    canRecommend: z.boolean(),
    canDecide: z.boolean(),
  })
  .meta({ id: 'EvaluationDetail' });
export type EvaluationDetail = z.infer<typeof EvaluationDetail>;
