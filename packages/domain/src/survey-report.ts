import {
  type InstrumentDefinition,
  type LocalizedText,
  type ProfileField,
  type Question,
  questionsOf,
} from './contracts/instrument.contract';
import { MIN_K, suppressGroups } from './group-suppression.rules';
import {
  computeIkm,
  type IkmResult,
  krejcieMorganSample,
  nrrByElement,
  roundIkmResult,
  skmElementsOf,
  skmScores,
} from './ikm.rules';
import type { Answers } from './survey-response.rules';
import {
  type AbilityNeedSummary,
  compareWaves,
  type NeedRank,
  type QuestionSummary,
  rankNeeds,
  summarizeQuestion,
  type WaveComparison,
} from './survey-results.rules';
import { type WordCount, wordFrequencies } from './word-frequency.rules';

// A wave's results as people may see them: every figure computed from the stored answers, and
// every group smaller than k hidden — the whole wave, each breakdown group, and the texts.

export interface StoredResponse {
  id: string;
  /** The respondent's OPD, where the survey knows it (identified and anonymous waves). */
  unitId: number | null;
  answers: Answers;
}

export type BreakdownBy = 'unit' | ProfileField;

export interface TextAnswer {
  responseId: string;
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
  /** Fewer than k responses: nothing but the count is shown. */
  suppressed: boolean;
  minimumSample: number | null;
  questions: QuestionResult[];
  ikm: IkmResult | null;
  needs: NeedRank[] | null;
  breakdown: Breakdown | null;
  comparison: WaveComparison[] | null;
}

export interface ReportInput {
  definition: Pick<InstrumentDefinition, 'sections'>;
  responses: readonly StoredResponse[];
  minGroupSize: number;
  population: number | null;
  /** Texts a moderator hid: `responseId:questionKey`. */
  hiddenTexts: ReadonlySet<string>;
  breakdown?: { by: BreakdownBy; unitNames: ReadonlyMap<number, string> } | undefined;
  /** The previous wave, to compare with (only when it, too, reached k). */
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
): IkmResult | null {
  const elements = skmElementsOf(questions);
  if (elements.length === 0) return null;
  const scores = responses.map((r) => skmScores(questions, r.answers));
  const result = computeIkm(nrrByElement(scores, elements), elements);
  return result ? roundIkmResult(result) : null;
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
    const bucket = key ?? '\u0000none';
    members.set(bucket, [...(members.get(bucket) ?? []), response]);
  }
  const counts = [...members].map(([key, list]) => ({ key, count: list.length }));
  const suppression = suppressGroups(counts, input.minGroupSize);
  // Profile questions stay out of every group: inside a unit, "1 female" would be a cell smaller than k.
  const measured = questions.filter((q) => q.type !== 'text' && !(q.type === 'single' && q.profile));
  const groups = suppression.shown
    .filter((key) => key !== '\u0000none')
    .map((key) => {
      const list = members.get(key) ?? [];
      return {
        key,
        label: groupLabel(by, key, questions, unitNames),
        n: list.length,
        ikm: ikmOf(questions, list)?.ikm ?? null,
        questions: summaries(measured, list),
      };
    })
    .sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
  return {
    by,
    groups,
    hiddenGroups: suppression.suppressed.filter((key) => key !== '\u0000none').length,
    otherCount: suppression.otherCount,
  };
}

function textsOf(question: Question, input: ReportInput): TextAnswer[] {
  const texts = input.responses.flatMap((r) => {
    const value = r.answers[question.key];
    if (typeof value !== 'string' || input.hiddenTexts.has(`${r.id}:${question.key}`)) return [];
    return [{ responseId: r.id, text: value }];
  });
  // Response ids are random: sorting by them shows texts in no order related to who answered when.
  return texts.sort((a, b) => (a.responseId < b.responseId ? -1 : a.responseId > b.responseId ? 1 : 0));
}

/** The results of a wave under the k rule, with IKM, needs, a breakdown and the change since the last wave. */
export function buildWaveReport(raw: ReportInput): WaveReport {
  // Never below the floor, whatever a caller passes.
  const input = { ...raw, minGroupSize: Math.max(raw.minGroupSize, MIN_K) };
  const questions = questionsOf(input.definition);
  const minimumSample = input.population === null ? null : krejcieMorganSample(input.population);
  const base = { responses: input.responses.length, minGroupSize: input.minGroupSize, minimumSample };
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
  const results: QuestionResult[] = summaries(questions, input.responses).map((result) => {
    const question = questions.find((q) => q.key === result.key)!;
    if (question.type !== 'text') return result;
    const texts = textsOf(question, input);
    return {
      ...result,
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
  let comparison: WaveComparison[] | null = null;
  if (input.previous && input.previous.responses.length >= input.minGroupSize) {
    const before = new Map(
      summaries(questionsOf(input.previous.definition), input.previous.responses).map((s) => [
        s.key,
        s.summary,
      ]),
    );
    comparison = results.flatMap((r) => {
      const old = before.get(r.key);
      const compared = old ? compareWaves(old, r.summary) : null;
      return compared ? [compared] : [];
    });
  }
  return {
    ...base,
    suppressed: false,
    questions: results,
    ikm: ikmOf(questions, input.responses),
    needs: needSummaries.length > 0 ? rankNeeds(needSummaries) : null,
    breakdown: input.breakdown
      ? breakdownOf(input, questions, input.breakdown.by, input.breakdown.unitNames)
      : null,
    comparison,
  };
}
