import { type AnswerTally, type GroupTally, samplesOfTally, tallyAnswers } from './answer-tally';
import {
  EXACT_CONVENTION,
  type IkmConvention,
  type IkmResult,
  ikmSpread,
  krejcieMorganSample,
  skmElementsOf,
  skmScores,
} from './ikm.rules';
import type { InstrumentDefinition, LocalizedText, ProfileField, Question } from './instrument.contract';
import { questionsOf } from './instrument.rules';
import {
  profileBoundKeys,
  profileBoundShown,
  profileSources,
  restsOnEnough,
} from './question-disclosure.rules';
import { breakdownOf, groupTallies } from './survey-breakdown';
import {
  elementsFirst,
  ikmChange,
  judgeComparisons,
  minimumEffectOf,
  pairWaves,
  type ReportComparison,
} from './survey-comparison.rules';
import { effectiveK } from './survey-disclosure.rules';
import { hidesNoGroup, isProfile, profileSummary, shownIkmOf, summaries } from './survey-figures';
import type { Answers } from './survey-response.rules';
import {
  type AbilityNeedSummary,
  type NeedRank,
  type QuestionSummary,
  rankNeeds,
} from './survey-results.rules';
import { CHANGE_CONFIDENCE } from './wave-comparison.rules';
import { type WordCount, wordFrequencies } from './word-frequency.rules';

// A wave's results as people may see them: every figure computed from the released answers, and
// every group smaller than k hidden — the whole wave, each breakdown group, profile counts, each
// question and the texts. Figures that split the answers wait for the wave's final set
// (survey-disclosure.rules.ts, question-disclosure.rules.ts).

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

/** Why a question is left out of `questions` (question-disclosure.rules.ts). */
export type QuestionHeldBack =
  | HeldBack
  /** Answered by 1 to k − 1: its figures would be those few people's answers. */
  | 'fewAnswers'
  /** Asked of some profile groups only, and showing it would give a group under k away. */
  | 'profileGroup';

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
  /**
   * Questions left out of `questions`, and why: profile questions (sex, age band, …) and those asked
   * of some profile groups only, until the wave closes or in a slice; any answered by too few.
   */
  heldBackQuestions: { key: string; reason: QuestionHeldBack }[];
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
  /**
   * A slice: the questions it may show (survey-breakdown.ts sliceQuestionKeys), so that no question
   * shows in a slice what the wave's breakdown by unit hides for its unit. All when undefined.
   */
  sliceQuestions?: ReadonlySet<string> | undefined;
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
    | {
        definition: Pick<InstrumentDefinition, 'sections'>;
        responses: readonly StoredResponse[];
        /** Read as a slice: the questions its page shows (as `sliceQuestions`). */
        sliceQuestions?: ReadonlySet<string> | undefined;
      }
    | undefined;
}

/**
 * A report's input as counts (answer-tally.ts): what the database gives for a wave of any size.
 * `buildWaveReport` makes the same input from stored answers.
 */
export interface TalliedReportInput
  extends Omit<ReportInput, 'responses' | 'textId' | 'hiddenTexts' | 'breakdown' | 'previous'> {
  /** The released answers the reader reads (the whole wave, or its slice), counted. */
  tally: AnswerTally;
  /** Per text question, the texts listed (hidden ones left out), sorted by their ids. */
  texts: ReadonlyMap<string, readonly TextAnswer[]>;
  /** The spread of the IKM over these answers, for a comparison (null: none measured). */
  ikmSpread?: { n: number; variance: number } | null | undefined;
  /** The answers split by unit or profile field, each group counted (`key` null: in no group). */
  breakdown?:
    | { by: BreakdownBy; unitNames: ReadonlyMap<number, string>; groups: readonly GroupTally[] }
    | undefined;
  previous?:
    | {
        definition: Pick<InstrumentDefinition, 'sections'>;
        tally: AnswerTally;
        sliceQuestions?: ReadonlySet<string> | undefined;
        ikmSpread?: { n: number; variance: number } | null | undefined;
      }
    | undefined;
}

/** A text's id from its response and question: the server's is a one-way hash (result.service.ts). */
const plainTextId = (responseId: string, questionKey: string) => `${responseId}:${questionKey}`;

/** The questions a comparison sets side by side: neither profile questions nor profile-bound ones. */
export function comparableQuestions(questions: readonly Question[]): Question[] {
  const bound = profileBoundKeys(questions);
  return questions.filter((q) => !isProfile(q) && !bound.has(q.key));
}

/** Texts listed in their ids' order: unrelated to answering, and to any other question's order. */
export const byTextId = (a: TextAnswer, b: TextAnswer) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function textsOf(question: Question, input: ReportInput): TextAnswer[] {
  const idOf = input.textId ?? plainTextId;
  const texts = input.responses.flatMap((r) => {
    const value = r.answers[question.key];
    if (typeof value !== 'string' || input.hiddenTexts.has(`${r.id}:${question.key}`)) return [];
    return [{ id: idOf(r.id, question.key), text: value }];
  });
  return texts.sort(byTextId);
}

/** The IKM's spread over stored answers (ikm.rules.ts ikmSpread); null without SKM elements. */
function spreadOf(questions: readonly Question[], responses: readonly StoredResponse[], input: ReportInput) {
  const elements = skmElementsOf(questions);
  if (elements.length === 0) return null;
  const scores = responses.map((r) => skmScores(questions, r.answers));
  return ikmSpread(scores, elements, input.convention ?? EXACT_CONVENTION);
}

/** The counts a report is made of, from stored answers (small sets and tests). */
export function talliedInput(input: ReportInput): TalliedReportInput {
  const { responses, textId: _, hiddenTexts: __, breakdown, previous, ...rest } = input;
  const questions = questionsOf(input.definition);
  const earlier = previous && comparableQuestions(questionsOf(previous.definition));
  return {
    ...rest,
    tally: tallyAnswers(questions, responses),
    texts: new Map(questions.filter((q) => q.type === 'text').map((q) => [q.key, textsOf(q, input)])),
    // The spread only serves a comparison.
    ikmSpread: previous ? spreadOf(questions, responses, input) : null,
    breakdown: breakdown && { ...breakdown, groups: groupTallies(questions, responses, breakdown.by) },
    previous: previous &&
      earlier && {
        definition: previous.definition,
        tally: tallyAnswers(questionsOf(previous.definition), previous.responses),
        sliceQuestions: previous.sliceQuestions,
        ikmSpread: spreadOf(earlier, previous.responses, input),
      },
  };
}

/** The figures of one question over the wave's answers, its texts and their words included. */
function resultOf(question: Question, input: TalliedReportInput & { minGroupSize: number }): QuestionResult {
  if (question.type === 'single' && question.profile) {
    return { key: question.key, summary: profileSummary(question, input.tally, input.minGroupSize) };
  }
  const [result] = summaries([question], input.tally);
  if (question.type !== 'text') return result!;
  const texts = [...(input.texts.get(question.key) ?? [])];
  return {
    ...result!,
    texts,
    words: wordFrequencies(
      texts.map((t) => t.text),
      { limit: 30 },
    ),
  };
}

/**
 * Why a computed question is not shown, or null when it is (question-disclosure.rules.ts): answered
 * by 1 to k − 1, or asked of some profile groups only and then giving a group under k away.
 */
function withheldReason(
  result: QuestionResult,
  bound: ReadonlyMap<string, ReadonlySet<string>>,
  profiles: ReadonlyMap<string, QuestionSummary>,
  total: number,
  k: number,
): QuestionHeldBack | null {
  const sources = bound.get(result.key);
  if (!sources) return profiles.has(result.key) || restsOnEnough(result.summary, k) ? null : 'fewAnswers';
  const profilesWhole = [...sources].every((key) => {
    const profile = profiles.get(key);
    return profile !== undefined && hidesNoGroup(profile);
  });
  return profileBoundShown({ summary: result.summary, total, k, profilesWhole }) ? null : 'profileGroup';
}

/**
 * The results of a wave under the k rule, with IKM, needs, a breakdown and the change since the last
 * wave, from its stored answers (small sets and tests; the server counts in the database and calls
 * buildTalliedReport).
 */
export const buildWaveReport = (raw: ReportInput): WaveReport => buildTalliedReport(talliedInput(raw));

/**
 * The results of a wave under the k rule, from its counts. Breakdowns, profile counts and
 * profile-bound questions only over a final set, never in a slice; no question whose figures rest
 * on 1 to k − 1 answers.
 */
export function buildTalliedReport(raw: TalliedReportInput): WaveReport {
  // Never below the floor, whatever a caller passes.
  const input = { ...raw, minGroupSize: effectiveK(raw.minGroupSize) };
  const k = input.minGroupSize;
  const view = input.view ?? 'whole';
  const questions = questionsOf(input.definition);
  const bound = profileSources(questions);
  const splits = (q: Question) => isProfile(q) || bound.has(q.key);
  const minimumSample = input.population === null ? null : krejcieMorganSample(input.population);
  const heldBack: HeldBack | null = view === 'slice' ? 'slice' : input.final ? null : 'untilClose';
  const total = input.tally.respondents;
  const base = {
    responses: total,
    minGroupSize: k,
    final: input.final,
    view,
    withheld: input.withheld ?? 0,
    minimumSample,
    breakdownsHeldBack: heldBack,
    heldBackQuestions:
      heldBack === null ? [] : questions.filter(splits).map((q) => ({ key: q.key, reason: heldBack })),
  };
  if (total < k) {
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
  const computed = questions.filter((q) => heldBack === null || !splits(q)).map((q) => resultOf(q, input));
  const profiles = new Map(
    computed
      .filter((r) => questions.find((q) => q.key === r.key && isProfile(q)))
      .map((r) => [r.key, r.summary]),
  );
  const withheld: { key: string; reason: QuestionHeldBack }[] = [];
  const results = computed.filter((result) => {
    const reason =
      view === 'slice' && input.sliceQuestions && !input.sliceQuestions.has(result.key)
        ? 'fewAnswers'
        : withheldReason(result, bound, profiles, total, k);
    if (reason) withheld.push({ key: result.key, reason });
    return reason === null;
  });
  const needSummaries = results
    .map((r) => r.summary)
    .filter((s): s is AbilityNeedSummary => s.type === 'abilityNeed');
  return {
    ...base,
    heldBackQuestions: [...base.heldBackQuestions, ...withheld],
    suppressed: false,
    questions: results,
    ikm: shownIkmOf(questions, input.tally, new Set(results.map((r) => r.key)), input.convention),
    needs: needSummaries.length > 0 ? rankNeeds(needSummaries) : null,
    breakdown:
      input.breakdown && heldBack === null
        ? breakdownOf(
            { ...input, whole: input.tally, groups: input.breakdown.groups },
            questions,
            input.breakdown.by,
            input.breakdown.unitNames,
          )
        : null,
    comparison: comparisonOf(
      input,
      results.filter((r) => !splits(questions.find((q) => q.key === r.key)!)),
    ),
  };
}

/**
 * How the IKM and each question moved since the previous wave (when it reached k), each change
 * judged: a real rise or fall only when its 95 % interval excludes 0 (and it reaches the minimum
 * effect, if one is asked). Each wave as its own page shows it: profile questions, and questions
 * asked of some profile groups only, are left out (the previous wave's small profile groups would
 * show through its percentages), and so is a question either wave's page hides (1 to k − 1 answers).
 */
function comparisonOf(
  input: TalliedReportInput,
  results: readonly QuestionResult[],
): ReportComparison | null {
  const previous = input.previous;
  const k = effectiveK(input.minGroupSize);
  if (!previous || previous.tally.respondents < k) return null;
  const share = input.minimumEffect ?? 0;
  const questions = questionsOf(input.definition);
  const earlier = comparableQuestions(questionsOf(previous.definition));
  const before = new Map(
    summaries(earlier, previous.tally)
      .filter((s) => restsOnEnough(s.summary, k) && (previous.sliceQuestions?.has(s.key) ?? true))
      .map((s) => [s.key, s.summary]),
  );
  const paired = results.flatMap((r) => {
    const old = before.get(r.key);
    if (!old) return [];
    const question = questions.find((q) => q.key === r.key)!;
    const oldQuestion = earlier.find((q) => q.key === r.key)!;
    const pair = pairWaves(old, r.summary, minimumEffectOf(r.summary, share), {
      before: samplesOfTally(oldQuestion, previous.tally),
      after: samplesOfTally(question, input.tally),
    });
    return pair ? [pair] : [];
  });
  // All items of the comparison are judged together, so chance alone marks none of them.
  const items = judgeComparisons(paired, { k });
  const now = new Set(results.map((r) => r.key));
  return {
    confidence: CHANGE_CONFIDENCE,
    minimumEffect: share,
    ikm: ikmChange(
      {
        ikm: shownIkmOf(earlier, previous.tally, new Set(before.keys()), input.convention),
        spread: previous.ikmSpread ?? null,
      },
      { ikm: shownIkmOf(questions, input.tally, now, input.convention), spread: input.ikmSpread ?? null },
      { k, minimumEffect: share },
    ),
    items: elementsFirst(items, questions),
  };
}
