import type { InstrumentDefinition, Question } from '@jenjang/domain/surveys/instrument.contract';
import { localized, questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import type { IkmResult, QuestionSummary, WaveReport } from '../../../api/types';
import type { Language } from '../../../i18n/languages';

// The rows behind each chart and table of a results page, from the API's summaries and the
// instrument's own texts. Charts and their tables are drawn from the same rows, so they agree.

type Summary<T extends QuestionSummary['type']> = Extract<QuestionSummary, { type: T }>;
type QuestionOf<T extends Question['type']> = Extract<Question, { type: T }>;
export type QuestionResult = WaveReport['questions'][number];

export interface ShareRow {
  key: string;
  label: string;
  count: number;
  /** 0–100; null when nobody answered. */
  percent: number | null;
}

export interface StatementMeanRow {
  key: string;
  label: string;
  n: number;
  mean: number | null;
}

export interface NeedRow {
  key: string;
  label: string;
  competency: string | null;
  n: number;
  meanAbility: number | null;
  meanNeed: number | null;
  gap: number | null;
}

/** Each point of a Likert scale with its label, low to high: 'Sangat sesuai (4)', or '4' without labels. */
export function likertRows(
  summary: Summary<'likert'>,
  question: QuestionOf<'likert'> | undefined,
  language: Language,
): ShareRow[] {
  return summary.distribution.map((point) => {
    const text = question?.scale.labels[point.value - question.scale.min];
    return {
      key: String(point.value),
      label: text ? `${localized(text, language)} (${point.value})` : String(point.value),
      count: point.count,
      percent: point.percent,
    };
  });
}

/** Each option in the instrument's order, zeros included. */
export function optionRows(
  summary: Summary<'single'> | Summary<'multiple'>,
  question: QuestionOf<'single'> | QuestionOf<'multiple'> | undefined,
  language: Language,
): ShareRow[] {
  return summary.options.map((option) => {
    const found = question?.options.find((o) => o.value === option.value);
    return {
      key: option.value,
      label: found ? localized(found.label, language) : option.value,
      count: option.count,
      percent: option.percent,
    };
  });
}

function statementLabel(
  question: QuestionOf<'matrix'> | QuestionOf<'abilityNeed'> | undefined,
  key: string,
  language: Language,
): string {
  const found = question?.statements.find((s) => s.key === key);
  return found ? localized(found.text, language) : key;
}

/** Each statement's mean, in the instrument's order. */
export function statementMeanRows(
  summary: Summary<'matrix'>,
  question: QuestionOf<'matrix'> | undefined,
  language: Language,
): StatementMeanRow[] {
  return summary.statements.map((statement) => ({
    key: statement.key,
    label: statementLabel(question, statement.key, language),
    n: statement.n,
    mean: statement.mean,
  }));
}

/** Each statement's ability, need and gap, the biggest development need first (the API's ranking). */
export function abilityNeedRows(
  summary: Summary<'abilityNeed'>,
  question: QuestionOf<'abilityNeed'> | undefined,
  language: Language,
): NeedRow[] {
  return summary.ranked.map((statement) => ({
    key: statement.key,
    label: statementLabel(question, statement.key, language),
    competency: statement.competency,
    n: statement.n,
    meanAbility: statement.meanAbility,
    meanNeed: statement.meanNeed,
    gap: statement.gap,
  }));
}

export interface NeedPriorityRow {
  key: string;
  rank: number;
  competency: string | null;
  /** The statements pooled into this need, as respondents read them. */
  statements: string[];
  ratings: number;
  meanAbility: number | null;
  meanNeed: number | null;
  gap: number | null;
}

/** The report's needs per competency, already ranked by gap, with their statements' texts. */
export function needPriorityRows(
  needs: NonNullable<WaveReport['needs']>,
  definition: Pick<InstrumentDefinition, 'sections'>,
  language: Language,
): NeedPriorityRow[] {
  const questions = questionsOf(definition);
  const textOf = (path: string) => {
    const [questionKey = '', statementKey = ''] = path.split('.');
    const question = questions.find((q) => q.key === questionKey);
    const statements = question?.type === 'matrix' || question?.type === 'abilityNeed' ? question : undefined;
    return statementLabel(statements, statementKey, language);
  };
  return needs.map((need, index) => ({
    key: need.competency ?? need.statements.join(','),
    rank: index + 1,
    competency: need.competency,
    statements: need.statements.map(textOf),
    ratings: need.ratings,
    meanAbility: need.meanAbility,
    meanNeed: need.meanNeed,
    gap: need.gap,
  }));
}

export interface ElementRow {
  element: IkmResult['elements'][number]['element'];
  name: string;
  n: number;
  nrr: number;
  weightedNrr: number;
}

/** The IKM's elements in the instrument's order, named in the reader's language. */
export function elementRows(
  ikm: IkmResult,
  nameOf: (element: ElementRow['element']) => string,
): ElementRow[] {
  return ikm.elements.map((row) => ({ ...row, name: nameOf(row.element) }));
}

export interface ResultItem {
  question: Question;
  result: QuestionResult;
}

export interface ResultSection {
  key: string;
  title: string;
  items: ResultItem[];
}

/** The results in the instrument's order, section by section; a section without results is left out. */
export function resultSections(
  definition: Pick<InstrumentDefinition, 'sections'>,
  results: readonly QuestionResult[],
  language: Language,
): ResultSection[] {
  const byKey = new Map(results.map((result) => [result.key, result]));
  return definition.sections.flatMap((section) => {
    const items = section.questions.flatMap((question) => {
      const result = byKey.get(question.key);
      return result && result.summary.type === question.type ? [{ question, result }] : [];
    });
    return items.length === 0 ? [] : [{ key: section.key, title: localized(section.title, language), items }];
  });
}

export interface WeightedWord {
  word: string;
  count: number;
  /** 1 (rarest shown) to 5 (most frequent): the size step of the word in the list. */
  weight: 1 | 2 | 3 | 4 | 5;
}

/** Words with a size step relative to the most frequent, for a simple weighted word list. */
export function weightedWords(words: readonly { word: string; count: number }[]): WeightedWord[] {
  const counts = words.map((w) => w.count);
  const max = Math.max(0, ...counts);
  const min = Math.min(max, ...counts);
  return words.map(({ word, count }) => {
    const step = max === min ? 5 : 1 + Math.round(((count - min) / (max - min)) * 4);
    return { word, count, weight: Math.min(5, Math.max(1, step)) as WeightedWord['weight'] };
  });
}

/** The start of an answer, on one line: tells one answer's hide button from the others'. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
