import { DEFAULT_FOLLOW_UP_MONTHS } from '@jenjang/domain/programs/follow-up.rules';
import type { ProgramEvaluation } from '../../../api/types';

// The evaluation section's rows (a batch, trainer or curriculum version, and the whole program) and
// what each level reads on them, shared by its tables, cards and charts.

export type Grouping = 'batch' | 'trainer' | 'version';
export const GROUPINGS: Grouping[] = ['batch', 'trainer', 'version'];

export type Learning = ProgramEvaluation['total']['learning'];
/** A survey's figures: the reaction (level 1), or one side of the behaviour follow-up (level 3). */
export type Reaction = ProgramEvaluation['total']['reaction'];
export type Behaviour = ProgramEvaluation['total']['behaviour'];
export type EvaluatedBatch = ProgramEvaluation['batches'][number];
export type Results = NonNullable<ProgramEvaluation['results']>;
export type Timing = Results['points'][number]['timing'];

export interface Row {
  key: string;
  label: string;
  batchIds: number[];
  learning: Learning;
  reaction: Reaction;
  behaviour: Behaviour;
  /** Batches of a group left out of its figures, theirs being withheld. */
  withheld: { learning: number; reaction: number } | null;
  /** A batch's own row: the batch, for its follow-up. */
  batch?: EvaluatedBatch;
  total?: boolean;
}

export const round = (value: number) => Math.round(value * 100) / 100;

/** The rows of a grouping, the whole program last. */
export function rowsOf(
  data: ProgramEvaluation,
  grouping: Grouping,
  labels: { version: (version: number) => string; noVersion: string; total: string },
): Row[] {
  const groups: Row[] =
    grouping === 'batch'
      ? data.batches.map((b) => ({
          key: `batch-${b.id}`,
          label: b.name,
          batchIds: [b.id],
          learning: b.learning,
          reaction: b.reaction,
          behaviour: { alumni: b.behaviour.alumni, supervisors: b.behaviour.supervisors },
          withheld: null,
          batch: b,
        }))
      : grouping === 'trainer'
        ? data.trainers.map((g, i) => ({
            key: `trainer-${i}`,
            label: g.name,
            batchIds: g.batchIds,
            learning: g.learning,
            reaction: g.reaction,
            behaviour: g.behaviour,
            withheld: g.withheldBatches,
          }))
        : data.versions.map((g) => ({
            key: `version-${g.version ?? 'none'}`,
            label: g.version === null ? labels.noVersion : labels.version(g.version),
            batchIds: g.batchIds,
            learning: g.learning,
            reaction: g.reaction,
            behaviour: g.behaviour,
            withheld: g.withheldBatches,
          }));
  return [
    ...groups,
    {
      key: 'total',
      label: labels.total,
      batchIds: data.total.batchIds,
      learning: data.total.learning,
      reaction: data.total.reaction,
      behaviour: data.total.behaviour,
      withheld: data.total.withheldBatches,
      total: true,
    },
  ];
}

/** A survey's overall mean, when shown and computed; else null. */
export const overallOf = (reaction: Reaction): number | null =>
  reaction.shown && reaction.overall !== null ? round(reaction.overall) : null;

/** Whether a row has anything of the behaviour follow-up to show. */
export const hasBehaviour = (row: Row) =>
  overallOf(row.behaviour.alumni) !== null || overallOf(row.behaviour.supervisors) !== null;

export type FollowUpState =
  /** Its surveys went out: the alumni's, and the supervisors' unless none of them has one. */
  | { kind: 'sent'; alumniSurveyId: number; supervisorSurveyId: number | null }
  /** Set when the batch closed, not yet sent. */
  | { kind: 'scheduled'; dueOn: string }
  /** Still running: set for `months` after its end when it closes. */
  | { kind: 'planned'; months: number }
  | { kind: 'none' };

/**
 * A batch's behaviour follow-up. A closed batch keeps the follow-up set when it closed (a plan
 * changed later does not move it); a running one takes the plan's months when it closes.
 */
export function followUpState(batch: EvaluatedBatch, followUpMonths: number | null): FollowUpState {
  const { alumniSurveyId, supervisorSurveyId, dueOn } = batch.behaviour;
  if (alumniSurveyId !== null) return { kind: 'sent', alumniSurveyId, supervisorSurveyId };
  if (dueOn !== null) return { kind: 'scheduled', dueOn };
  if (!batch.closed && followUpMonths !== null) return { kind: 'planned', months: followUpMonths };
  return { kind: 'none' };
}

/** A change with its sign, in the reader's language: "+3,25", "−1,5", "0". */
export function signedNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language, { signDisplay: 'exceptZero', maximumFractionDigits: 2 })
    .format(value)
    .replace('-', '−');
}

/** The evaluation plan's form: months as typed, "none" ticked, the survey's id as a select's value. */
export interface PlanValues {
  noFollowUp: boolean;
  months: number | '';
  surveyId: string;
}

/** The select's value for "no result survey". */
export const NO_SURVEY = 'none';

export function planValues(plan: ProgramEvaluation['plan']): PlanValues {
  return {
    noFollowUp: plan.followUpMonths === null,
    months: plan.followUpMonths ?? DEFAULT_FOLLOW_UP_MONTHS,
    surveyId: plan.resultSurveyId === null ? NO_SURVEY : String(plan.resultSurveyId),
  };
}

export function planBody(values: PlanValues): {
  followUpMonths: number | null;
  resultSurveyId: number | null;
} {
  return {
    followUpMonths: values.noFollowUp || values.months === '' ? null : values.months,
    resultSurveyId: values.surveyId === NO_SURVEY ? null : Number(values.surveyId),
  };
}
