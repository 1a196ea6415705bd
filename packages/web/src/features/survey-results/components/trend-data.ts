import type { Question } from '@jenjang/domain/surveys/instrument.contract';
import { localized } from '@jenjang/domain/surveys/instrument.rules';
import type { ResultsTrend } from '../../../api/types';
import type { Language } from '../../../i18n/languages';

// The trend chart's figures: one point per published wave, in order, null where the wave is
// hidden (under k) or asked the measure otherwise — a gap, never zero.

export type TrendMeasure = ResultsTrend['measures'][number];

export interface TrendPoint {
  waveId: number;
  label: string;
  value: number | null;
  /** Why there is no value: hidden under k, or not asked the same way. */
  missing: 'hidden' | 'notAsked' | null;
  responses: number | null;
  current: boolean;
  provisional: boolean;
  category: ResultsTrend['waves'][number]['ikmCategory'];
}

export function trendPoints(trend: ResultsTrend, measureKey: string): TrendPoint[] {
  return trend.waves.map((wave) => {
    const value = wave.values[measureKey] ?? null;
    return {
      waveId: wave.id,
      label: wave.label,
      value,
      missing: !wave.shown ? 'hidden' : value === null ? 'notAsked' : null,
      responses: wave.responses,
      current: wave.current,
      provisional: !wave.final,
      category: measureKey === 'ikm' ? wave.ikmCategory : null,
    };
  });
}

/** The axis of a measure: the IKM's 25–100, a rating's scale, or the values' own range. */
export function trendDomain(measure: TrendMeasure, points: readonly TrendPoint[]): [number, number] {
  if (measure.kind === 'ikm') return [25, 100];
  if (measure.scale) return [measure.scale.min, measure.scale.max];
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  return values.length === 0 ? [0, 1] : [Math.min(0, ...values), Math.max(...values)];
}

/** A measure's name: the IKM, a question's text, or a matrix statement's. */
export function measureLabel(
  measure: TrendMeasure,
  questions: readonly Question[],
  language: Language,
  ikmLabel: string,
): string {
  if (measure.kind === 'ikm') return ikmLabel;
  const question = questions.find((q) => q.key === measure.question);
  if (!question) return measure.key;
  if (measure.statement && question.type === 'matrix') {
    const statement = question.statements.find((s) => s.key === measure.statement);
    return statement ? localized(statement.text, language) : measure.key;
  }
  return localized(question.text, language);
}
