import {
  type InstrumentDefinition,
  PROFILE_FIELDS,
  type Question,
  type SkmElement,
} from '@jenjang/domain/surveys/instrument.contract';
import { localized, questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import type { Breakdown, BreakdownBy, QuestionSummary, SurveyMode } from '../../../api/types';
import type { Language } from '../../../i18n/languages';

// The breakdown selector and the table of groups side by side: one column per group shown (the API
// has already hidden every group smaller than k), one row per IKM, mean or statement.

/**
 * The breakdowns that can say something for a survey: by OPD only where answers carry the
 * respondent's unit (identified and anonymous waves, never citizens), by a profile field only when
 * the instrument asks it.
 */
export function breakdownChoices(
  definition: Pick<InstrumentDefinition, 'sections'>,
  mode: SurveyMode,
): BreakdownBy[] {
  const asked = new Set(
    questionsOf(definition).flatMap((q) => (q.type === 'single' && q.profile ? [q.profile] : [])),
  );
  return [
    ...(mode === 'public' ? [] : (['unit'] as const)),
    ...PROFILE_FIELDS.filter((field) => asked.has(field)),
  ];
}

export type BreakdownMeasure = 'ikm' | 'mean' | 'gap';

export interface BreakdownRow {
  key: string;
  /** The question's text. */
  label: string;
  /** A matrix or ability–need statement's text, under the question's. */
  detail: string | null;
  /** The SKM element (U1–U9) the question measures, shown before its text. */
  element: SkmElement | null;
  measure: BreakdownMeasure;
  /** One per group, in the groups' order; null where the group gave no answer to average. */
  values: (number | null)[];
}

type Group = Breakdown['groups'][number];

function summaryOf(group: Group, key: string): QuestionSummary | undefined {
  return group.questions.find((q) => q.key === key)?.summary;
}

function statementValue(summary: QuestionSummary | undefined, key: string): number | null {
  if (summary?.type === 'matrix') return summary.statements.find((s) => s.key === key)?.mean ?? null;
  if (summary?.type === 'abilityNeed') return summary.statements.find((s) => s.key === key)?.gap ?? null;
  return null;
}

function questionRows(question: Question, groups: readonly Group[], language: Language): BreakdownRow[] {
  const label = localized(question.text, language);
  if (question.type === 'likert' || question.type === 'number') {
    const values = groups.map((group) => {
      const summary = summaryOf(group, question.key);
      return summary?.type === 'likert' || summary?.type === 'number' ? summary.mean : null;
    });
    const element = question.type === 'likert' ? (question.skmElement ?? null) : null;
    return [{ key: question.key, label, detail: null, element, measure: 'mean', values }];
  }
  if (question.type === 'matrix' || question.type === 'abilityNeed') {
    return question.statements.map((statement) => ({
      key: `${question.key}.${statement.key}`,
      label,
      detail: localized(statement.text, language),
      element: null,
      measure: question.type === 'matrix' ? 'mean' : 'gap',
      values: groups.map((group) => statementValue(summaryOf(group, question.key), statement.key)),
    }));
  }
  return [];
}

/** The rows of the breakdown table: the IKM per group first (SKM), then each mean in instrument order. */
export function breakdownRows(
  definition: Pick<InstrumentDefinition, 'sections'>,
  breakdown: Breakdown,
  language: Language,
  ikmLabel: string,
): BreakdownRow[] {
  const groups = breakdown.groups;
  const ikm: BreakdownRow[] = groups.some((group) => group.ikm !== null)
    ? [
        {
          key: '\u0000ikm',
          label: ikmLabel,
          detail: null,
          element: null,
          measure: 'ikm',
          values: groups.map((g) => g.ikm),
        },
      ]
    : [];
  const measured = new Set(groups.flatMap((group) => group.questions.map((q) => q.key)));
  const questions = questionsOf(definition).filter((q) => measured.has(q.key));
  return [...ikm, ...questions.flatMap((question) => questionRows(question, groups, language))];
}
