import type { Question, SkmElement } from '@jenjang/domain/surveys/instrument.contract';
import { localized } from '@jenjang/domain/surveys/instrument.rules';
import type { WaveComparison } from '../../../api/types';
import type { Language } from '../../../i18n/languages';
import { MEAN_DECIMALS, PERCENT_DECIMALS } from './result-format';

// How a question moved since the previous wave, as the comparison tables show it. The server
// judges each change (domain wave-comparison.rules.ts): only a change whose 95 % interval excludes
// 0 is a rise or a fall, marked with an arrow, a word and a colour that only repeats them; the rest
// read "no meaningful change" in a neutral style, so the one real fall does not drown.

export type Verdict = 'up' | 'down' | 'steady' | 'tooFew';
export type Tone = 'better' | 'worse' | 'neutral';
/** Means of ratings and numbers; choice shares in percentage points; ability–need gaps. */
export type Measure = 'mean' | 'points' | 'gap';

export interface ComparisonRow {
  key: string;
  label: string;
  before: number | null;
  after: number | null;
  change: number | null;
  low: number | null;
  high: number | null;
  /** Null when one wave has no figure: nothing to judge. */
  verdict: Verdict | null;
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

/**
 * Whether a real move is good news. A higher mean rating (or IKM) is; a smaller gap between need
 * and ability is (the need has been met); a choice share moving says nothing good or bad by itself.
 * No meaningful change has no tone.
 */
export function toneOf(measure: Measure | 'ikm', verdict: Verdict | null): Tone {
  if (verdict !== 'up' && verdict !== 'down') return 'neutral';
  if (measure === 'points') return 'neutral';
  const better = measure === 'gap' ? verdict === 'down' : verdict === 'up';
  return better ? 'better' : 'worse';
}

type Judged = Pick<ComparisonRow, 'before' | 'after' | 'change' | 'low' | 'high' | 'verdict'>;

function row(key: string, label: string, values: Judged, measure: Measure): ComparisonRow {
  const { before, after, change, low, high, verdict } = values;
  return { key, label, before, after, change, low, high, verdict, tone: toneOf(measure, verdict) };
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

/**
 * The tables in the order a reader needs them: the SKM elements (U1–U9, as the server orders
 * them), then the other questions with one mean each, then options and statements.
 */
export function groupTables(tables: readonly ComparisonTable[]) {
  const single = (table: ComparisonTable) => table.type === 'likert' || table.type === 'number';
  return {
    elements: tables.filter((table) => table.element !== null),
    means: tables.filter((table) => table.element === null && single(table)),
    others: tables.filter((table) => !single(table)),
  };
}

/** How many rows rose or fell for real: the summary line above the tables. */
export function countMarked(tables: readonly ComparisonTable[]): { up: number; down: number } {
  const rows = tables.flatMap((table) => table.rows);
  return {
    up: rows.filter((r) => r.verdict === 'up').length,
    down: rows.filter((r) => r.verdict === 'down').length,
  };
}
