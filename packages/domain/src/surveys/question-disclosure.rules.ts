import type { Question } from './instrument.contract';
import { effectiveK } from './survey-disclosure.rules';
import type { QuestionSummary } from './survey-results.rules';

// Which of a question's figures may be shown, so that none rests on fewer than k answers and none
// gives away a respondent-profile group under k (docs/privacy.md, "Small groups stay hidden").
//
// 1. A question answered by 1 to k − 1 respondents is hidden, whoever reads it and wherever
//    (results, exports, comparisons, trends, overviews): its mean or its one text is those few
//    people's answer. So is a matrix whose statement was rated by 1 to k − 1.
// 2. A question shown only to some profile groups — its `showIf` names a profile question (sex, age
//    band, …), directly or through other conditional questions — is a profile figure in disguise:
//    "asked of women only, n = 1" tells the reader there is one woman and what she answered, and
//    the sex of colleagues is known from the registry. Such a question is *profile-bound*: like the
//    profile questions it is shown only over a closed wave's final set and the whole wave (never in
//    a slice, a breakdown group, a comparison or a trend), and only when
//    - its answerers and everyone else are each none or at least k (the answerers' count of one
//      side gives the other side's count away by subtraction), and
//    - every profile question it depends on shows all of its groups: where the profile hides a
//      group, the question's count, added to or taken from the groups shown, would count it.

const isProfile = (question: Question) => question.type === 'single' && question.profile !== undefined;

/**
 * The profile questions each question's display depends on, directly or through a chain of `showIf`
 * conditions; questions that depend on none are left out. Conditions name earlier questions
 * (instrument.contract.ts), but the result does not rely on the order.
 */
export function profileSources(questions: readonly Question[]): Map<string, Set<string>> {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const sources = new Map<string, Set<string>>();
  const visit = (question: Question, seen: ReadonlySet<string>): Set<string> => {
    const known = sources.get(question.key);
    if (known) return known;
    const target = question.showIf ? byKey.get(question.showIf.question) : undefined;
    if (!target || seen.has(target.key)) return new Set();
    const found = new Set(visit(target, new Set([...seen, question.key])));
    if (isProfile(target)) found.add(target.key);
    if (found.size > 0) sources.set(question.key, found);
    return found;
  };
  for (const question of questions) visit(question, new Set());
  return sources;
}

/** The keys of profile-bound questions (rule 2). */
export const profileBoundKeys = (questions: readonly Question[]): Set<string> =>
  new Set(profileSources(questions).keys());

/** Rule 1 for one figure: it rests on no answer, or on at least k. */
export const enoughAnswers = (n: number, k: number) => n === 0 || n >= effectiveK(k);

/** Rule 1: every figure of the summary rests on no answer or on at least k (a matrix's statements too). */
export function restsOnEnough(summary: QuestionSummary, k: number): boolean {
  if (!enoughAnswers(summary.n, k)) return false;
  if (summary.type === 'matrix' || summary.type === 'abilityNeed') {
    return summary.statements.every((s) => enoughAnswers(s.n, k));
  }
  return true;
}

/**
 * Rule 2: whether a profile-bound question's figures may be shown over a closed wave's final set,
 * read whole. `total`: the respondents of the wave; `profilesWhole`: every profile question it
 * depends on hides none of its groups.
 */
export function profileBoundShown(input: {
  summary: QuestionSummary;
  total: number;
  k: number;
  profilesWhole: boolean;
}): boolean {
  return (
    input.profilesWhole &&
    restsOnEnough(input.summary, input.k) &&
    enoughAnswers(input.total - input.summary.n, input.k)
  );
}
