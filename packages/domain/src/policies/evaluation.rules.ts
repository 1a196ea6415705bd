import { addMonths } from '../people/service-length.rules';
import { compareCalendarDates } from '../shared/calendar-date';
import type { PolicyTransition } from './policy-lifecycle.rules';

// A policy's evaluation cycle (the seeds' "evaluasi setiap enam bulan", Tanjungbalai): an
// evaluation starts when it falls due, evaluators record findings and a recommendation, and a
// leader decides by keeping the policy or sending it back for revision. The interval is each
// policy's setting (six months unless its owner says otherwise): no regulation fixes it.

/** What the evaluators recommend: keep the text, adjust some provisions, or revise it. */
export const RECOMMENDATIONS = ['keep', 'adjust', 'revise'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** The decisions a leader takes on an evaluation: the lifecycle steps out of "under evaluation". */
export const EVALUATION_DECISIONS = ['keep', 'revise'] as const satisfies readonly PolicyTransition[];
export type EvaluationDecision = (typeof EVALUATION_DECISIONS)[number];

/** A policy's interval between evaluations, in months: its bounds, and six when none is given. */
export const EVALUATION_MONTHS = { min: 1, max: 36, default: 6 } as const;

export function isEvaluationDecision(transition: PolicyTransition): transition is EvaluationDecision {
  return (EVALUATION_DECISIONS as readonly string[]).includes(transition);
}

/** The decision that follows a recommendation: an adjustment is a (smaller) revision. */
export function decisionFor(recommendation: Recommendation): EvaluationDecision {
  return recommendation === 'keep' ? 'keep' : 'revise';
}

/**
 * When the next evaluation falls due: an interval after the later of the day the version in force
 * took effect and the day the last evaluation started. A revision in force restarts the cycle, so
 * a new text is judged on a whole interval of its own. Null while no version is in force.
 */
export function nextEvaluationDue(input: {
  inForceSince: string | null;
  lastStartedOn: string | null;
  months: number;
}): string | null {
  if (input.inForceSince === null) return null;
  const from =
    input.lastStartedOn !== null && compareCalendarDates(input.lastStartedOn, input.inForceSince) > 0
      ? input.lastStartedOn
      : input.inForceSince;
  return addMonths(from, input.months);
}

/**
 * The period an evaluation looks back on: from the later of the version's effective day and the
 * previous evaluation's start, to the day this one starts.
 */
export function evaluationPeriod(input: {
  inForceSince: string;
  previousStartedOn: string | null;
  startedOn: string;
}): { from: string; to: string } {
  const from =
    input.previousStartedOn !== null && compareCalendarDates(input.previousStartedOn, input.inForceSince) > 0
      ? input.previousStartedOn
      : input.inForceSince;
  return { from, to: input.startedOn };
}
