import { suppressGroups } from '../shared/group-suppression.rules';
import { type AnswerTally, type GroupTally, tallyAnswers } from './answer-tally';
import type { IkmConvention } from './ikm.rules';
import type { LocalizedText, Question } from './instrument.contract';
import { profileBoundKeys, restsOnEnough } from './question-disclosure.rules';
import { effectiveK, NO_UNIT } from './survey-disclosure.rules';
import { isProfile, shownIkmOf, summaries } from './survey-figures';
import type { Breakdown, BreakdownBy, StoredResponse } from './survey-report';
import type { QuestionSummary } from './survey-results.rules';

// A closed wave's figures split by unit or by a profile field. Groups under k are hidden, with
// whatever else subtraction would reveal (group-suppression.rules.ts); and because an optional or
// conditional question is answered by only some of a group, each question is then shown only in
// groups where it, and what the whole minus those groups leaves, rests on none or at least k answers.

/** The group a response falls in, as the database groups it (result.repository.ts). */
function groupKey(by: BreakdownBy, questions: readonly Question[], response: StoredResponse): string | null {
  if (by === 'unit') return response.unitId === null ? null : String(response.unitId);
  const question = questions.find((q) => q.type === 'single' && q.profile === by);
  const value = question ? response.answers[question.key] : undefined;
  return typeof value === 'string' ? value : null;
}

function groupLabel(
  by: BreakdownBy,
  key: string,
  questions: readonly Question[],
  unitNames: ReadonlyMap<number, string>,
): LocalizedText {
  if (by === 'unit') {
    const name = unitNames.get(Number(key)) ?? key;
    return { id: name, en: name };
  }
  const question = questions.find((q) => q.type === 'single' && q.profile === by);
  const option = question?.type === 'single' ? question.options.find((o) => o.value === key) : undefined;
  return option?.label ?? { id: key, en: key };
}

/** The counts a question's figures rest on: its respondents, and each statement's raters. */
const countsOf = (summary: QuestionSummary): number[] =>
  summary.type === 'matrix' || summary.type === 'abilityNeed'
    ? [summary.n, ...summary.statements.map((s) => s.n)]
    : [summary.n];

/**
 * The groups (of those shown) in which a question's figures may be shown: each group's own figures
 * rest on none or at least k answers, and so does the whole minus the groups showing it — otherwise
 * the smallest groups leave the question too (ties by key), as group suppression does for groups.
 */
export function groupsShowing(
  whole: QuestionSummary,
  groups: readonly { key: string; summary: QuestionSummary }[],
  rawK: number,
): Set<string> {
  const k = effectiveK(rawK);
  if (!restsOnEnough(whole, k)) return new Set();
  const shown = groups
    .filter((g) => restsOnEnough(g.summary, k))
    .sort((a, b) => a.summary.n - b.summary.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const total = countsOf(whole);
  const remainderFits = () =>
    total.every((n, i) => {
      const left = n - shown.reduce((sum, g) => sum + (countsOf(g.summary)[i] ?? 0), 0);
      return left === 0 || left >= k;
    });
  while (shown.length > 0 && !remainderFits()) shown.shift();
  return new Set(shown.map((g) => g.key));
}

/** Groups a set of stored answers by unit or profile answer, and tallies each (small sets, tests). */
export function groupTallies(
  questions: readonly Question[],
  responses: readonly StoredResponse[],
  by: BreakdownBy,
): GroupTally[] {
  const members = new Map<string | null, StoredResponse[]>();
  for (const response of responses) {
    const key = groupKey(by, questions, response);
    const list = members.get(key);
    if (list) list.push(response);
    else members.set(key, [response]);
  }
  return [...members].map(([key, list]) => ({ key, tally: tallyAnswers(questions, list) }));
}

/**
 * The breakdown of a tallied set (`whole`) by unit or profile field, from its groups' tallies
 * (`groups`, as groupTallies or the database count them).
 */
export function breakdownOf(
  input: {
    whole: AnswerTally;
    groups: readonly GroupTally[];
    minGroupSize: number;
    convention?: IkmConvention | undefined;
  },
  questions: readonly Question[],
  by: BreakdownBy,
  unitNames: ReadonlyMap<number, string>,
): Breakdown {
  // Respondents outside every group (no unit, profile not given) form an implicit group of their
  // own: counting them in the suppression keeps "total minus groups" from revealing them.
  const members = new Map(input.groups.map((g) => [g.key ?? NO_UNIT, g.tally]));
  const counts = [...members].map(([key, tally]) => ({ key, count: tally.respondents }));
  const suppression = suppressGroups(counts, input.minGroupSize);
  // Profile questions and questions asked of some profile groups only stay out of every group:
  // inside a unit, "1 female" would be a cell smaller than k.
  const bound = profileBoundKeys(questions);
  const measured = questions.filter((q) => q.type !== 'text' && !isProfile(q) && !bound.has(q.key));
  const shownKeys = suppression.shown.filter((key) => key !== NO_UNIT);
  const perGroup = shownKeys.map((key) => {
    const tally = members.get(key)!;
    return { key, tally, summaries: summaries(measured, tally) };
  });
  const showing = new Map(
    summaries(measured, input.whole).map(({ key, summary }, i) => [
      key,
      groupsShowing(
        summary,
        perGroup.map((g) => ({ key: g.key, summary: g.summaries[i]!.summary })),
        input.minGroupSize,
      ),
    ]),
  );
  const groups = perGroup
    .map(({ key, tally, summaries: all }) => {
      const shownHere = all.filter((s) => showing.get(s.key)?.has(key));
      return {
        key,
        label: groupLabel(by, key, questions, unitNames),
        n: tally.respondents,
        ikm:
          shownIkmOf(questions, tally, new Set(shownHere.map((s) => s.key)), input.convention)?.ikm ?? null,
        questions: shownHere,
      };
    })
    .sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
  return {
    by,
    groups,
    hiddenGroups: suppression.suppressed.filter((key) => key !== NO_UNIT).length,
    otherCount: suppression.otherCount,
  };
}

/**
 * The questions a slice (the reader's units, each a group the breakdown by unit shows) may show:
 * those the wave's breakdown by unit shows in every one of its units, texts aside (listed one by
 * one anyway). Then the slice, the whole and the breakdown stay consistent question by question.
 * `input`: the whole wave's tally and its tallies by unit.
 */
export function sliceQuestionKeys(
  input: { whole: AnswerTally; groups: readonly GroupTally[]; minGroupSize: number },
  questions: readonly Question[],
  unitIds: readonly number[],
): Set<string> {
  const { groups } = breakdownOf(input, questions, 'unit', new Map());
  const mine = groups.filter((g) => unitIds.includes(Number(g.key)));
  const keys = questions.filter((q) => q.type === 'text').map((q) => q.key);
  for (const q of questions) {
    if (mine.length > 0 && mine.every((g) => g.questions.some((x) => x.key === q.key))) keys.push(q.key);
  }
  return new Set(keys);
}
