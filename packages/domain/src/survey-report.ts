import {
  type InstrumentDefinition,
  type LocalizedText,
  type ProfileField,
  type Question,
  questionsOf,
} from './contracts/instrument.contract';
import { suppressGroups } from './group-suppression.rules';
import {
  computeIkm,
  EXACT_CONVENTION,
  type IkmConvention,
  type IkmResult,
  krejcieMorganSample,
  nrrByElement,
  roundIkmResult,
  skmElementsOf,
  skmScores,
} from './ikm.rules';
import {
  elementsFirst,
  type IkmSide,
  ikmChange,
  judgeComparisons,
  minimumEffectOf,
  pairWaves,
  type ReportComparison,
} from './survey-comparison.rules';
import { effectiveK, NO_UNIT } from './survey-disclosure.rules';
import type { Answers } from './survey-response.rules';
import {
  type AbilityNeedSummary,
  type NeedRank,
  type QuestionSummary,
  rankNeeds,
  type SingleSummary,
  summarizeQuestion,
} from './survey-results.rules';
import { CHANGE_CONFIDENCE } from './wave-comparison.rules';
import { type WordCount, wordFrequencies } from './word-frequency.rules';

// A wave's results as people may see them: every figure computed from the released answers, and
// every group smaller than k hidden — the whole wave, each breakdown group, profile counts, and the
// texts. Figures that split the answers wait for the wave's final set (survey-disclosure.rules.ts).

export interface StoredResponse {
  id: string;
  /** The respondent's OPD, where the survey knows it (identified and anonymous waves). */
  unitId: number | null;
  answers: Answers;
}

export type BreakdownBy = 'unit' | ProfileField;

export interface TextAnswer {
  /**
   * This text's own id (ReportInput.textId): not the response's, so two texts of one respondent
   * cannot be matched by id across questions.
   */
  id: string;
  text: string;
}

export interface QuestionResult {
  key: string;
  summary: QuestionSummary;
  /** Text questions: the answers not hidden by a moderator, in an order unrelated to answering. */
  texts?: TextAnswer[];
  words?: WordCount[];
}

export interface BreakdownGroup {
  key: string;
  label: LocalizedText;
  n: number;
  ikm: number | null;
  questions: { key: string; summary: QuestionSummary }[];
}

/** Why a part of the results is not there yet, or not for this reader. */
export type HeldBack =
  /** Shown over the final set once the wave closes (a growing set's splits could be compared). */
  | 'untilClose'
  /** A reader who reaches only part of the wave: no profile figures and no breakdowns. */
  | 'slice';

export interface Breakdown {
  by: BreakdownBy;
  groups: BreakdownGroup[];
  /** Groups hidden because they, or what subtracting them would reveal, are smaller than k. */
  hiddenGroups: number;
  /** Respondents of the hidden groups together, when at least k; null otherwise. */
  otherCount: number | null;
}

export interface WaveReport {
  responses: number;
  minGroupSize: number;
  /** The wave takes no more answers: these are its final figures. */
  final: boolean;
  /** The whole wave, or the part a reader of some units reaches. */
  view: 'whole' | 'slice';
  /** Answers that arrived last, fewer than k, withheld for good when the wave closed. */
  withheld: number;
  /** Fewer than k responses: nothing but the count is shown. */
  suppressed: boolean;
  minimumSample: number | null;
  questions: QuestionResult[];
  ikm: IkmResult | null;
  needs: NeedRank[] | null;
  breakdown: Breakdown | null;
  /** Null when breakdowns are offered; otherwise why not. */
  breakdownsHeldBack: HeldBack | null;
  /** Profile questions (sex, age band, …) left out of `questions`, and why. */
  heldBackQuestions: { key: string; reason: HeldBack }[];
  comparison: ReportComparison | null;
}

export interface ReportInput {
  definition: Pick<InstrumentDefinition, 'sections'>;
  responses: readonly StoredResponse[];
  minGroupSize: number;
  population: number | null;
  /** The wave takes no more answers (closed): its set is final. */
  final: boolean;
  /** 'slice': the part of the wave a reader reaches (default 'whole'). */
  view?: 'whole' | 'slice' | undefined;
  /** Answers withheld when the wave closed. */
  withheld?: number | undefined;
  /** The id a text answer is shown with, from its response and question (default: both, plainly). */
  textId?: ((responseId: string, questionKey: string) => string) | undefined;
  /** Texts a moderator hid: `responseId:questionKey`. */
  hiddenTexts: ReadonlySet<string>;
  breakdown?: { by: BreakdownBy; unitNames: ReadonlyMap<number, string> } | undefined;
  /** The government's IKM convention (default: exactly 1/9). */
  convention?: IkmConvention | undefined;
  /** The smallest change marked in a comparison, as a share of a measure's scale (default 0). */
  minimumEffect?: number | undefined;
  /** The previous wave's final set, to compare with (only when it, too, reached k). */
  previous?:
    | { definition: Pick<InstrumentDefinition, 'sections'>; responses: readonly StoredResponse[] }
    | undefined;
}

function summaries(questions: readonly Question[], responses: readonly StoredResponse[]) {
  return questions.map((question) => {
    const values = responses.flatMap((r) =>
      r.answers[question.key] === undefined ? [] : [r.answers[question.key]!],
    );
    return { key: question.key, summary: summarizeQuestion(question, values) };
  });
}

/** PermenPANRB 14/2017 IKM over the responses, when the instrument measures SKM elements. */
export function ikmOf(
  questions: readonly Question[],
  responses: readonly StoredResponse[],
  convention: IkmConvention = EXACT_CONVENTION,
): IkmResult | null {
  const elements = skmElementsOf(questions);
  if (elements.length === 0) return null;
  const scores = responses.map((r) => skmScores(questions, r.answers));
  const result = computeIkm(nrrByElement(scores, elements), elements, convention);
  return result ? roundIkmResult(result) : null;
}

const isProfile = (question: Question) => question.type === 'single' && question.profile !== undefined;

const NOT_GIVEN = '\u0000none';

/**
 * A profile question over the whole final set: an option answered by fewer than k is hidden, and so
 * is the next smallest while the hidden ones (with those who gave no answer) hold fewer than k, so
 * "respondents minus the options shown" reveals no small group either. Shares are of all respondents.
 */
function profileSummary(
  question: Extract<Question, { type: 'single' }>,
  responses: readonly StoredResponse[],
  k: number,
): SingleSummary {
  const values = responses.flatMap((r) =>
    r.answers[question.key] === undefined ? [] : [r.answers[question.key]!],
  );
  const full = summarizeQuestion(question, values) as SingleSummary;
  const total = responses.length;
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

function breakdownOf(
  input: ReportInput,
  questions: readonly Question[],
  by: BreakdownBy,
  unitNames: ReadonlyMap<number, string>,
): Breakdown {
  const members = new Map<string, StoredResponse[]>();
  for (const response of input.responses) {
    const key = groupKey(by, questions, response);
    // Respondents outside every group (no unit, profile not given) form an implicit group of their
    // own: counting them in the suppression keeps "total minus groups" from revealing them.
    const bucket = key ?? NO_UNIT;
    members.set(bucket, [...(members.get(bucket) ?? []), response]);
  }
  const counts = [...members].map(([key, list]) => ({ key, count: list.length }));
  const suppression = suppressGroups(counts, input.minGroupSize);
  // Profile questions stay out of every group: inside a unit, "1 female" would be a cell smaller than k.
  const measured = questions.filter((q) => q.type !== 'text' && !isProfile(q));
  const groups = suppression.shown
    .filter((key) => key !== NO_UNIT)
    .map((key) => {
      const list = members.get(key) ?? [];
      return {
        key,
        label: groupLabel(by, key, questions, unitNames),
        n: list.length,
        ikm: ikmOf(questions, list, input.convention)?.ikm ?? null,
        questions: summaries(measured, list),
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

/** A text's id from its response and question: the server's is a one-way hash (result.service.ts). */
const plainTextId = (responseId: string, questionKey: string) => `${responseId}:${questionKey}`;

function textsOf(question: Question, input: ReportInput): TextAnswer[] {
  const idOf = input.textId ?? plainTextId;
  const texts = input.responses.flatMap((r) => {
    const value = r.answers[question.key];
    if (typeof value !== 'string' || input.hiddenTexts.has(`${r.id}:${question.key}`)) return [];
    return [{ id: idOf(r.id, question.key), text: value }];
  });
  // Response ids are random: sorting by them shows texts in no order related to who answered when.
  // Sorted by their own ids: each question's texts in an order unrelated to answering, and to the
  // order of any other question's texts.
  return texts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The results of a wave under the k rule, with IKM, needs, a breakdown and the change since the last
 * wave. Breakdowns and profile counts only over a final set, never in a slice.
 */
export function buildWaveReport(raw: ReportInput): WaveReport {
  // Never below the floor, whatever a caller passes.
  const input = { ...raw, minGroupSize: effectiveK(raw.minGroupSize) };
  const view = input.view ?? 'whole';
  const questions = questionsOf(input.definition);
  const minimumSample = input.population === null ? null : krejcieMorganSample(input.population);
  const heldBack: HeldBack | null = view === 'slice' ? 'slice' : input.final ? null : 'untilClose';
  const base = {
    responses: input.responses.length,
    minGroupSize: input.minGroupSize,
    final: input.final,
    view,
    withheld: input.withheld ?? 0,
    minimumSample,
    breakdownsHeldBack: heldBack,
    heldBackQuestions:
      heldBack === null ? [] : questions.filter(isProfile).map((q) => ({ key: q.key, reason: heldBack })),
  };
  if (input.responses.length < input.minGroupSize) {
    return {
      ...base,
      suppressed: true,
      questions: [],
      ikm: null,
      needs: null,
      breakdown: null,
      comparison: null,
    };
  }
  const shownQuestions = questions.filter((q) => heldBack === null || !isProfile(q));
  const results: QuestionResult[] = shownQuestions.map((question) => {
    if (question.type === 'single' && question.profile) {
      return { key: question.key, summary: profileSummary(question, input.responses, input.minGroupSize) };
    }
    const [result] = summaries([question], input.responses);
    if (question.type !== 'text') return result!;
    const texts = textsOf(question, input);
    return {
      ...result!,
      texts,
      words: wordFrequencies(
        texts.map((t) => t.text),
        { limit: 30 },
      ),
    };
  });
  const needSummaries = results
    .map((r) => r.summary)
    .filter((s): s is AbilityNeedSummary => s.type === 'abilityNeed');
  return {
    ...base,
    suppressed: false,
    questions: results,
    ikm: ikmOf(questions, input.responses, input.convention),
    needs: needSummaries.length > 0 ? rankNeeds(needSummaries) : null,
    breakdown:
      input.breakdown && heldBack === null
        ? breakdownOf(input, questions, input.breakdown.by, input.breakdown.unitNames)
        : null,
    comparison: comparisonOf(input, results),
  };
}

const valuesOf = (responses: readonly StoredResponse[], key: string) =>
  responses.flatMap((r) => (r.answers[key] === undefined ? [] : [r.answers[key]!]));

/** One wave's IKM with the answers its spread is computed from. */
function ikmSide(
  questions: readonly Question[],
  responses: readonly StoredResponse[],
  input: ReportInput,
): IkmSide {
  return {
    ikm: ikmOf(questions, responses, input.convention),
    scores: responses.map((r) => skmScores(questions, r.answers)),
    elements: skmElementsOf(questions),
  };
}

/**
 * How the IKM and each question moved since the previous wave (when it reached k), each change
 * judged: a real rise or fall only when its 95 % interval excludes 0 (and it reaches the minimum
 * effect, if one is asked). Profile questions are left out: the previous wave's small profile
 * groups would show through its percentages.
 */
function comparisonOf(input: ReportInput, results: readonly QuestionResult[]): ReportComparison | null {
  const previous = input.previous;
  if (!previous || previous.responses.length < effectiveK(input.minGroupSize)) return null;
  const share = input.minimumEffect ?? 0;
  const questions = questionsOf(input.definition);
  const earlier = questionsOf(previous.definition).filter((q) => !isProfile(q));
  const before = new Map(summaries(earlier, previous.responses).map((s) => [s.key, s.summary]));
  const paired = results.flatMap((r) => {
    const old = before.get(r.key);
    if (!old) return [];
    const pair = pairWaves(old, r.summary, minimumEffectOf(r.summary, share), {
      before: valuesOf(previous.responses, r.key),
      after: valuesOf(input.responses, r.key),
    });
    return pair ? [pair] : [];
  });
  // All items of the comparison are judged together, so chance alone marks none of them.
  const items = judgeComparisons(paired, { k: input.minGroupSize });
  return {
    confidence: CHANGE_CONFIDENCE,
    minimumEffect: share,
    ikm: ikmChange(ikmSide(earlier, previous.responses, input), ikmSide(questions, input.responses, input), {
      k: input.minGroupSize,
      minimumEffect: share,
      convention: input.convention ?? EXACT_CONVENTION,
    }),
    items: elementsFirst(items, questions),
  };
}
