import { localized, type Question, type SkmElement } from '@jenjang/domain/contracts/instrument.contract';
import type { WaveComparison } from '../../../api/types';
import type { Language } from '../../../i18n/languages';
import { MEAN_DECIMALS, PERCENT_DECIMALS } from './result-format';

// How a question moved since the previous wave, as the comparison table shows it: an arrow and a
// word for the direction (colour only repeats it), and a tone saying whether the move is good news.

export type Direction = 'up' | 'down' | 'same';
export type Tone = 'better' | 'worse' | 'neutral';
/** Means of ratings and numbers; choice shares in percentage points; ability–need gaps. */
export type Measure = 'mean' | 'points' | 'gap';

export interface ComparisonRow {
  key: string;
  label: string;
  before: number | null;
  after: number | null;
  change: number | null;
  direction: Direction | null;
  tone: Tone;
}

export interface ComparisonTable {
  key: string;
  /** The question's text: the table's title. */
  title: string;
  type: WaveComparison['type'];
  /** The SKM element (U1–U9) the question measures, shown before its text. */
  element: SkmElement | null;
  measure: Measure;
  decimals: number;
  rows: ComparisonRow[];
}

export function measureOf(type: WaveComparison['type']): Measure {
  if (type === 'single' || type === 'multiple') return 'points';
  if (type === 'abilityNeed') return 'gap';
  return 'mean';
}

export function decimalsOf(measure: Measure): number {
  return measure === 'points' ? PERCENT_DECIMALS : MEAN_DECIMALS;
}

/** The direction as the reader sees the figure: a change that rounds to zero where shown is 'same'. */
export function directionOf(change: number | null, decimals: number): Direction | null {
  if (change === null) return null;
  if (Math.round(Math.abs(change) * 10 ** decimals) === 0) return 'same';
  return change > 0 ? 'up' : 'down';
}

/**
 * Whether a move is good news. A higher mean rating is; a smaller gap between need and ability is
 * (the need has been met); a choice share moving says nothing good or bad by itself.
 */
export function toneOf(measure: Measure, direction: Direction | null): Tone {
  if (direction === null || direction === 'same' || measure === 'points') return 'neutral';
  const better = measure === 'gap' ? direction === 'down' : direction === 'up';
  return better ? 'better' : 'worse';
}

function row(
  key: string,
  label: string,
  values: { before: number | null; after: number | null; change: number | null },
  measure: Measure,
): ComparisonRow {
  const direction = directionOf(values.change, decimalsOf(measure));
  return { key, label, ...values, direction, tone: toneOf(measure, direction) };
}

/** One comparable question as a table: one row for a mean, one per option or statement otherwise. */
export function comparisonTable(
  item: WaveComparison,
  question: Question | undefined,
  language: Language,
): ComparisonTable {
  const title = question ? localized(question.text, language) : item.key;
  const measure = measureOf(item.type);
  const element = question?.type === 'likert' ? (question.skmElement ?? null) : null;
  const base = { key: item.key, title, type: item.type, element, measure, decimals: decimalsOf(measure) };
  if ('mean' in item) return { ...base, rows: [row(item.key, title, item.mean, measure)] };
  if ('options' in item) {
    const options = question?.type === 'single' || question?.type === 'multiple' ? question.options : [];
    return {
      ...base,
      rows: item.options.map((option) => {
        const found = options.find((o) => o.value === option.value);
        return row(option.value, found ? localized(found.label, language) : option.value, option, measure);
      }),
    };
  }
  const statements =
    question?.type === 'matrix' || question?.type === 'abilityNeed' ? question.statements : [];
  return {
    ...base,
    rows: item.statements.map((statement) => {
      const found = statements.find((s) => s.key === statement.key);
      return row(statement.key, found ? localized(found.text, language) : statement.key, statement, measure);
    }),
  };
}

/** The tables worth showing: those where at least one row has a figure in both waves. */
export function comparableTables(tables: readonly ComparisonTable[]): ComparisonTable[] {
  return tables.filter((table) => table.rows.some((row) => row.change !== null));
}
