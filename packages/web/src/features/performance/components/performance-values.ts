import {
  PERIOD_MONTHS,
  PREDIKATS,
  type Predikat,
  predikatOf,
  type Rating,
} from '@jenjang/domain/performance/predikat.rules';
import type {
  PerformanceAppraisal,
  PerformanceCycleState,
  PerformanceCycleTransition,
  PredikatCounts,
  SkpAbilities,
  SkpDetail,
  SkpExpectationsRequest,
  SkpPeriod,
  SkpResultsRequest,
  SkpState,
} from '../../../api/types';

// What the performance screens compute before they ask the server: the predikat a pair of ratings
// gives, the words of a check-in period, the periods already begun, the next stage of a year, what
// the reader may do with an SKP, and the SKP editors' values.

// As in the domain's performance.contract.ts, which is not imported for them: it would bring zod along.
export const CYCLE_STATES: readonly PerformanceCycleState[] = ['planning', 'running', 'appraisal', 'closed'];
export const SKP_STATES: readonly SkpState[] = ['draft', 'proposed', 'agreed'];

/** Limits of the SKP's lists and texts, as the server's contract sets them. */
export const SKP_LIMITS = {
  results: 30,
  expectations: 20,
  text: 1000,
  indicator: 500,
  target: 200,
  reason: 1000,
  feedback: 2000,
  followUp: 2000,
} as const;

const NEXT_STAGE: Record<PerformanceCycleState, PerformanceCycleTransition | null> = {
  planning: 'running',
  running: 'appraisal',
  appraisal: 'closed',
  closed: null,
};

/** The stage a year moves to next (planning → running → appraisal → closed); null once closed. */
export function nextStage(state: PerformanceCycleState): PerformanceCycleTransition | null {
  return NEXT_STAGE[state];
}

/** Whether an SKP may still be opened in a year: while it plans or runs, as the server allows. */
export function opensSkp(state: PerformanceCycleState): boolean {
  return state === 'planning' || state === 'running';
}

/**
 * PermenPANRB 6/2022: the predikat the matrix gives the two ratings chosen so far (the domain's rule,
 * as the server applies it); null until both are chosen.
 */
export function predikatPreview(hasilKerja: Rating | null, perilakuKerja: Rating | null): Predikat | null {
  return hasilKerja && perilakuKerja ? predikatOf(hasilKerja, perilakuKerja) : null;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * How a period is named: the year (tahunan), a month (Bulan Januari), a quarter (Triwulan III) or a
 * semester (Semester II); a span that is none of these (an imported record's own months) by its months.
 */
export type PeriodName =
  | { kind: 'annual' }
  | { kind: 'monthly'; month: number }
  | { kind: 'quarterly' | 'semester'; roman: string }
  | { kind: 'months'; from: number; to: number };

export function periodName(
  period: PerformanceAppraisal['period'],
  fromMonth: number,
  toMonth: number,
): PeriodName {
  if (period === 'annual') return { kind: 'annual' };
  const size = PERIOD_MONTHS[period];
  const aligned = (fromMonth - 1) % size === 0 && toMonth - fromMonth + 1 === size;
  if (!aligned) return { kind: 'months', from: fromMonth, to: toMonth };
  if (period === 'monthly') return { kind: 'monthly', month: fromMonth };
  return { kind: period, roman: ROMAN[(fromMonth - 1) / size] ?? String((fromMonth - 1) / size + 1) };
}

/** A month's name in the language ('Januari', 'January'); months are 1–12. */
export function monthName(month: number, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, 1),
  );
}

/**
 * The check-in periods of the year begun by `today` (YYYY-MM-DD in the government's zone): none
 * before the year, all after it. Feedback and periodic appraisals are given only in these.
 */
export function periodsBegun<P extends Pick<SkpPeriod, 'fromMonth'>>(
  periods: readonly P[],
  year: number,
  today: string,
): P[] {
  const y = Number(today.slice(0, 4));
  if (y < year) return [];
  if (y > year) return [...periods];
  const month = Number(today.slice(5, 7));
  return periods.filter((period) => period.fromMonth <= month);
}

export type SkpAction = 'propose' | 'agree' | 'return' | 'changeAppraiser';

/** The buttons the SKP's header shows, in order, as the server says the reader may use them. */
export function skpActions(may: SkpAbilities): SkpAction[] {
  const actions: SkpAction[] = [];
  if (may.propose) actions.push('propose');
  // Agreeing and sending back are the appraiser's two answers to one proposal.
  if (may.agree) actions.push('agree', 'return');
  if (may.changeAppraiser) actions.push('changeAppraiser');
  return actions;
}

/** What the reader sees of an SKP besides its contents, from its `may` and the periods begun. */
export function skpView(skp: Pick<SkpDetail, 'may' | 'periods' | 'cycle'>, today: string) {
  const begun = periodsBegun(skp.periods, skp.cycle.year, today);
  return {
    actions: skpActions(skp.may),
    editsResults: skp.may.editResults,
    editsExpectations: skp.may.editExpectations,
    /** The periods offered in the feedback form; no form while none has begun. */
    feedbackPeriods: skp.may.feedback ? begun.map((period) => period.index) : [],
    /** The periods with an appraisal form of their own. */
    appraisedPeriods: skp.may.appraise ? begun.map((period) => period.index) : [],
    /** The year's appraisal form: the server refuses it (annualNotYet) before the appraisal stage. */
    appraisesYear: skp.may.appraise,
    annualOpen: skp.cycle.state === 'appraisal',
  };
}

export interface ResultRow {
  text: string;
  indicator: string;
  target: string;
}

export const blankResult = (): ResultRow => ({ text: '', indicator: '', target: '' });

/** The results editor's rows: the SKP's own, or one empty row to start from. */
export function resultRows(skp: Pick<SkpDetail, 'results'>): ResultRow[] {
  return skp.results.length > 0
    ? skp.results.map(({ text, indicator, target }) => ({ text, indicator, target }))
    : [blankResult()];
}

const isBlank = (row: ResultRow) => !row.text.trim() && !row.indicator.trim() && !row.target.trim();

/** What the editor sends: each row trimmed, rows left wholly empty dropped. */
export function resultsBody(rows: readonly ResultRow[]): SkpResultsRequest {
  return {
    results: rows
      .filter((row) => !isBlank(row))
      .map((row) => ({ text: row.text.trim(), indicator: row.indicator.trim(), target: row.target.trim() })),
  };
}

/**
 * What stops the results editor from saving, by form path: a row begun must have its result, its
 * indicator and its target ('required'); at least one row must be written ('atLeastOne').
 */
export function resultErrors(rows: readonly ResultRow[]): Record<string, 'required' | 'atLeastOne'> {
  const errors: Record<string, 'required' | 'atLeastOne'> = {};
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    for (const field of ['text', 'indicator', 'target'] as const) {
      if (!row[field].trim()) errors[`results.${index}.${field}`] = 'required';
    }
  });
  if (rows.every(isBlank)) errors.results = 'atLeastOne';
  return errors;
}

/** The expectations editor's rows: the SKP's own texts. */
export function expectationRows(skp: Pick<SkpDetail, 'expectations'>): { text: string }[] {
  return skp.expectations.map(({ text }) => ({ text }));
}

export function expectationsBody(rows: readonly { text: string }[]): SkpExpectationsRequest {
  return { expectations: rows.filter((row) => row.text.trim()).map((row) => ({ text: row.text.trim() })) };
}

/** The annual appraisals of a history, oldest year first: the chart of the predikat over the years. */
export function annualByYear<A extends Pick<PerformanceAppraisal, 'period' | 'year'>>(
  history: readonly A[],
): A[] {
  return history.filter((a) => a.period === 'annual').sort((a, b) => a.year - b.year);
}

/** How many appraisals the counts hold. */
export function countOf(counts: PredikatCounts): number {
  return PREDIKATS.reduce((sum, predikat) => sum + counts[predikat], 0);
}

/**
 * An appraiser's distance from their peers, a z statistic: signed, two decimals ('+2,31', '−0,40'),
 * so that above and below the others read apart.
 */
export function formatDeviation(value: number, language: string): string {
  return new Intl.NumberFormat(language, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}
