import type { Question } from './instrument.contract';
import { profileBoundKeys } from './question-disclosure.rules';
import type { ScaleRange } from './survey-results.rules';

// What a survey's trend over its waves can follow: the IKM (SKM instruments) and every mean a
// results page shows — a rating, a number, a matrix statement. Profile questions never: they
// describe who answered, and their small groups stay hidden (docs/privacy.md); nor questions asked
// of some profile groups only (question-disclosure.rules.ts), nor an IKM with such an element.

export interface TrendMeasure {
  /** 'ikm', a question's key, or 'question.statement'. */
  key: string;
  kind: 'ikm' | 'mean';
  question: string | null;
  statement: string | null;
  /** Where the averaged answers lie in a response (none for the IKM). */
  path: string[];
  /** The answers' scale, for the chart's axis; null for the IKM (25–100) and number questions. */
  scale: ScaleRange | null;
}

/** The measures of an instrument's questions, the IKM first. */
export function trendMeasures(questions: readonly Question[]): TrendMeasure[] {
  const measures: TrendMeasure[] = [];
  if (ikmFollowed(questions)) {
    measures.push({ key: 'ikm', kind: 'ikm', question: null, statement: null, path: [], scale: null });
  }
  const bound = profileBoundKeys(questions);
  for (const q of questions) {
    if (bound.has(q.key)) continue;
    if (q.type === 'likert' || q.type === 'number') {
      const scale = q.type === 'likert' ? { min: q.scale.min, max: q.scale.max } : null;
      measures.push({ key: q.key, kind: 'mean', question: q.key, statement: null, path: [q.key], scale });
    }
    if (q.type === 'matrix') {
      for (const s of q.statements) {
        measures.push({
          key: `${q.key}.${s.key}`,
          kind: 'mean',
          question: q.key,
          statement: s.key,
          path: [q.key, s.key],
          scale: { min: q.scale.min, max: q.scale.max },
        });
      }
    }
  }
  return measures;
}

/**
 * Whether another version of the instrument asks a measure the same way (same type, same scale):
 * a mean on 1–4 next to one on 1–5 would draw a false line, so such a wave is a gap.
 */
export function asksAlike(measure: TrendMeasure, questions: readonly Question[]): boolean {
  if (measure.kind === 'ikm') return ikmFollowed(questions);
  const other = trendMeasures(questions).find((m) => m.key === measure.key);
  if (!other) return false;
  const a = measure.scale;
  const b = other.scale;
  return a === null ? b === null : b !== null && a.min === b.min && a.max === b.max;
}

/**
 * Whether an IKM of these questions may be followed across waves (or shown in an overview): it has
 * elements, and none is asked of some profile groups only — its NRR would be that group's.
 */
export function ikmFollowed(questions: readonly Question[]): boolean {
  const bound = profileBoundKeys(questions);
  const elements = questions.filter((q) => q.type === 'likert' && q.skmElement);
  return elements.length > 0 && elements.every((q) => !bound.has(q.key));
}
