import { suppressGroups } from '../shared/group-suppression.rules';
import { type AnswerTally, summaryIn, tallyAnswers, tallyIn } from './answer-tally';
import {
  computeIkm,
  type ElementNrr,
  EXACT_CONVENTION,
  type IkmConvention,
  type IkmResult,
  roundIkmResult,
  SKM_MAX_ANSWER,
  SKM_MIN_ANSWER,
  skmElementsOf,
} from './ikm.rules';
import type { Question } from './instrument.contract';
import type { StoredResponse } from './survey-report';
import type { QuestionSummary, SingleSummary } from './survey-results.rules';

// The figures a wave report is made of, over any tallied set of released answers (answer-tally.ts):
// question summaries, the IKM, and a profile question's counts under the k rule. Which of them a
// reader may see is decided by survey-report.ts, survey-breakdown.ts and question-disclosure.rules.ts.

export const isProfile = (question: Question) => question.type === 'single' && question.profile !== undefined;

export const valuesOf = (responses: readonly StoredResponse[], key: string) =>
  responses.flatMap((r) => (r.answers[key] === undefined ? [] : [r.answers[key]!]));

export function summaries(
  questions: readonly Question[],
  tally: AnswerTally,
): { key: string; summary: QuestionSummary }[] {
  return questions.map((question) => ({ key: question.key, summary: summaryIn(tally, question) }));
}

/**
 * PermenPANRB 14/2017: per element, the respondents who answered it and the mean of their answers
 * (NRR). An answer outside 1–4 throws a RangeError, as in ikm.rules.ts nrrByElement: an element
 * asked on another scale cannot enter the IKM.
 */
function elementNrrs(questions: readonly Question[], tally: AnswerTally): ElementNrr[] {
  return questions.flatMap((question) => {
    if (question.type !== 'likert' || !question.skmElement) return [];
    const counted = tallyIn(tally, question);
    if (counted.type !== 'likert') return [];
    let n = 0;
    let sum = 0;
    counted.points.forEach((count, i) => {
      const value = question.scale.min + i;
      if (count > 0 && (value < SKM_MIN_ANSWER || value > SKM_MAX_ANSWER)) {
        throw new RangeError(`${question.skmElement}: ${value} is not an SKM answer (1–4)`);
      }
      n += count;
      sum += count * value;
    });
    if (counted.other > 0)
      throw new RangeError(`${question.skmElement}: an answer is not an SKM answer (1–4)`);
    return [{ element: question.skmElement, n, nrr: n === 0 ? null : sum / n }];
  });
}

/** PermenPANRB 14/2017 IKM over a tallied set, when the instrument measures SKM elements. */
export function ikmOfTally(
  questions: readonly Question[],
  tally: AnswerTally,
  convention: IkmConvention = EXACT_CONVENTION,
): IkmResult | null {
  const elements = skmElementsOf(questions);
  if (elements.length === 0) return null;
  const result = computeIkm(elementNrrs(questions, tally), elements, convention);
  return result ? roundIkmResult(result) : null;
}

/** PermenPANRB 14/2017 IKM over the responses themselves (small sets and tests). */
export const ikmOf = (
  questions: readonly Question[],
  responses: readonly StoredResponse[],
  convention: IkmConvention = EXACT_CONVENTION,
): IkmResult | null => ikmOfTally(questions, tallyAnswers(questions, responses), convention);

/** The keys of the questions that measure the IKM's elements. */
export const elementKeysOf = (questions: readonly Question[]) =>
  questions.flatMap((q) => (q.type === 'likert' && q.skmElement ? [q.key] : []));

/**
 * The IKM, only when every element's figures are shown (`shown`: the keys of the questions shown):
 * an IKM over an element answered by too few, or by one profile group, would show what its
 * question hides.
 */
export function shownIkmOf(
  questions: readonly Question[],
  tally: AnswerTally,
  shown: ReadonlySet<string>,
  convention?: IkmConvention,
): IkmResult | null {
  return elementKeysOf(questions).every((key) => shown.has(key))
    ? ikmOfTally(questions, tally, convention)
    : null;
}

const NOT_GIVEN = '\u0000none';

/**
 * A profile question over the whole final set: an option answered by fewer than k is hidden, and so
 * is the next smallest while the hidden ones (with those who gave no answer) hold fewer than k, so
 * "respondents minus the options shown" reveals no small group either. Shares are of all respondents.
 */
export function profileSummary(
  question: Extract<Question, { type: 'single' }>,
  tally: AnswerTally,
  k: number,
): SingleSummary {
  const full = summaryIn(tally, question) as SingleSummary;
  const total = tally.respondents;
  const { shown, otherCount } = suppressGroups(
    [
      ...full.options.map((o) => ({ key: o.value, count: o.count })),
      { key: NOT_GIVEN, count: total - full.n },
    ],
    k,
  );
  // An option nobody chose points at nobody: it stays, so charts keep every option.
  const visible = full.options.filter((o) => o.count === 0 || shown.includes(o.value));
  return {
    type: 'single',
    key: question.key,
    n: total,
    options: visible.map((o) => ({ value: o.value, count: o.count, percent: (o.count / total) * 100 })),
    hidden: { options: full.options.length - visible.length, count: otherCount },
  };
}

/**
 * Whether a profile summary hides none of its groups. Those who gave no answer count as a group: when
 * they are fewer than k, an option is hidden to cover them, so no hidden option means none is small.
 */
export const hidesNoGroup = (summary: QuestionSummary) =>
  summary.type === 'single' && (summary.hidden?.options ?? 0) === 0;
