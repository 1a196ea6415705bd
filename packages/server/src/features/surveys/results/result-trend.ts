import type { Actor } from '@jenjang/domain/shared/access';
import {
  computeIkm,
  type IkmConvention,
  roundIkmResult,
  skmElementsOf,
} from '@jenjang/domain/surveys/ikm.rules';
import type { SkmElement } from '@jenjang/domain/surveys/instrument.contract';
import { questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import { enoughAnswers } from '@jenjang/domain/surveys/question-disclosure.rules';
import { effectiveK } from '@jenjang/domain/surveys/survey-disclosure.rules';
import { elementKeysOf } from '@jenjang/domain/surveys/survey-figures';
import {
  asksAlike,
  ikmFollowed,
  type TrendMeasure,
  trendMeasures,
} from '@jenjang/domain/surveys/survey-trend';
import type { Tx } from '../../../db/database';
import * as repo from './result.repository';
import { definitionOf, sliceQuestionsOf } from './result.service';
import { resultsView, viewUnits } from './result-access';

// A survey's figures over all its published waves, for the trend chart of a results page. Each
// wave is read exactly as its own results page reads it for this reader (settled first, whole or
// its shown slice, nothing under k), so the trend shows no figure that page would not: a wave
// hidden there is a gap here. Waves are different sets of answers, never differenced.

/** A trend is drawn for more than two waves; two are a comparison (survey-report.ts). */
const TREND_FROM = 3;

type WaveRow = Awaited<ReturnType<typeof repo.resultWaves>>[number];

/** A mean over 1 to k − 1 answers is those few people's answer: none is given (question-disclosure.rules.ts). */
const meanShown = (figure: { n: number; mean: number | null }, k: number) =>
  enoughAnswers(figure.n, k) ? figure.mean : null;

/**
 * The IKM of one wave from its element means, under the government's convention: none when an
 * element was answered by 1 to k − 1 (its NRR would be those few people's answers).
 */
function ikmFrom(
  elements: readonly SkmElement[],
  means: readonly { n: number; mean: number | null }[],
  convention: IkmConvention,
  k: number,
) {
  if (means.some((m) => !enoughAnswers(m.n, k))) return null;
  const result = computeIkm(
    elements.map((element, i) => ({ element, n: means[i]!.n, nrr: means[i]!.mean })),
    elements,
    convention,
  );
  return result ? roundIkmResult(result) : null;
}

async function pointOf(
  tx: Tx,
  actor: Actor,
  wave: WaveRow,
  measures: readonly TrendMeasure[],
  convention: IkmConvention,
) {
  const base = { id: wave.id, number: wave.number, label: wave.label, final: wave.status === 'closed' };
  const hidden = { ...base, shown: false, responses: null, values: {}, ikmCategory: null };
  const view = await resultsView(tx, actor, wave);
  if (!view || (view.kind === 'slice' && !view.disclosure.shown)) return hidden;
  const units = viewUnits(view);
  const responses = await repo.responseCount(tx, wave.id, units);
  if (responses < effectiveK(wave.min_group_size)) return hidden;
  const questions = questionsOf(await definitionOf(tx, wave.instrument_version_id));
  // A slice shows only the questions the wave's breakdown by unit shows for its units.
  const sliceQuestions = await sliceQuestionsOf(tx, wave, view);
  const inSlice = (key: string | null) => key === null || (sliceQuestions?.has(key) ?? true);
  const asked = measures.filter((m) => m.kind === 'mean' && asksAlike(m, questions) && inSlice(m.question));
  const elements =
    measures.some((m) => m.kind === 'ikm') &&
    ikmFollowed(questions) &&
    elementKeysOf(questions).every(inSlice)
      ? skmElementsOf(questions)
      : [];
  const keyOf = new Map(
    questions.flatMap((q) => (q.type === 'likert' && q.skmElement ? [[q.skmElement, q.key] as const] : [])),
  );
  const means = await repo.pathMeans(
    tx,
    wave.id,
    [...asked.map((m) => m.path), ...elements.map((e) => [keyOf.get(e)!])],
    units,
  );
  const k = wave.min_group_size;
  const ikm = elements.length > 0 ? ikmFrom(elements, means.slice(asked.length), convention, k) : null;
  const values: Record<string, number | null> = {};
  for (const measure of measures) values[measure.key] = null;
  asked.forEach((m, i) => {
    values[m.key] = meanShown(means[i]!, k);
  });
  if (elements.length > 0) values.ikm = ikm?.ikm ?? null;
  return { ...base, shown: true, responses, values, ikmCategory: ikm?.category ?? null };
}

/**
 * The trend of the survey a wave belongs to, as this reader may see it: null unless the survey has
 * more than two published waves. Measures follow the current wave's questions.
 */
export async function trendOf(
  tx: Tx,
  actor: Actor,
  current: { id: number; survey_id: number; instrument_version_id: number },
  convention: IkmConvention,
) {
  const waves = (await repo.resultWaves(tx, { surveyId: current.survey_id })).sort(
    (a, b) => a.number - b.number,
  );
  if (waves.length < TREND_FROM) return null;
  const measures = trendMeasures(questionsOf(await definitionOf(tx, current.instrument_version_id)));
  if (measures.length === 0) return null;
  const points = [];
  for (const wave of waves) {
    points.push({
      ...(await pointOf(tx, actor, wave, measures, convention)),
      current: wave.id === current.id,
    });
  }
  return {
    measures: measures.map(({ path: _path, ...measure }) => measure),
    waves: points,
    ikmConvention: convention,
  };
}
