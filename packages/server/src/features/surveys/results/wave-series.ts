import { computeIkm, roundIkmResult, skmElementsOf } from '@jenjang/domain/surveys/ikm.rules';
import { questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import { enoughAnswers } from '@jenjang/domain/surveys/question-disclosure.rules';
import { effectiveK } from '@jenjang/domain/surveys/survey-disclosure.rules';
import type { Tx } from '../../../db/database';
import { ikmConvention } from '../../settings/settings.service';
import * as repo from './result.repository';
import { definitionOf } from './result.service';

// A survey's figure wave by wave, whole-government, for other features to follow over time (a
// policy's indicators): the mean of some questions or statements, the IKM, or the response rate.
// Under the results' k rule: a wave with fewer than k released answers, or a figure that 1 to k − 1
// answered, gives no value. The caller authorises its own resource; these are aggregates only.

export type SeriesMeasure =
  /** The mean of the answers to these questions (or matrix statements), pooled: a theme. */
  | { kind: 'mean'; paths: readonly (readonly [string] | readonly [string, string])[] }
  | { kind: 'ikm' }
  | { kind: 'responseRate' };

export interface SeriesPoint {
  waveId: number;
  label: string;
  /** When its answers were collected: the wave's close (its window's end). */
  closesAt: Date;
  opensAt: Date;
  final: boolean;
  responses: number;
  value: number | null;
}

type Wave = Awaited<ReturnType<typeof repo.resultWaves>>[number];

/** The survey's published waves, oldest first, each with the measure's value. */
export async function waveSeries(tx: Tx, surveyId: number, measure: SeriesMeasure): Promise<SeriesPoint[]> {
  const waves = (await repo.resultWaves(tx, { surveyId })).sort((a, b) => a.number - b.number);
  const points: SeriesPoint[] = [];
  for (const wave of waves) {
    const responses = await repo.responseCount(tx, wave.id);
    const shown = responses >= effectiveK(wave.min_group_size);
    points.push({
      waveId: wave.id,
      label: wave.label,
      closesAt: wave.closes_at,
      opensAt: wave.opens_at,
      final: wave.status === 'closed',
      responses,
      value: shown ? await measureWave(tx, wave, measure, responses) : null,
    });
  }
  return points;
}

async function measureWave(
  tx: Tx,
  wave: Wave,
  measure: SeriesMeasure,
  responses: number,
): Promise<number | null> {
  const k = wave.min_group_size;
  switch (measure.kind) {
    case 'responseRate': {
      const invited = await repo.invitedCount(tx, wave.id);
      return invited > 0 ? Math.min(1, responses / invited) : null;
    }
    case 'mean': {
      const means = await repo.pathMeans(tx, wave.id, measure.paths);
      if (means.some((m) => !enoughAnswers(m.n, k))) return null;
      const n = means.reduce((sum, m) => sum + m.n, 0);
      return n === 0 ? null : means.reduce((sum, m) => sum + m.n * (m.mean ?? 0), 0) / n;
    }
    case 'ikm': {
      const questions = questionsOf(await definitionOf(tx, wave.instrument_version_id));
      const elements = skmElementsOf(questions);
      if (elements.length === 0) return null;
      const keyOf = new Map(
        questions.flatMap((q) =>
          q.type === 'likert' && q.skmElement ? [[q.skmElement, q.key] as const] : [],
        ),
      );
      const means = await repo.pathMeans(
        tx,
        wave.id,
        elements.map((e) => [keyOf.get(e)!] as const),
      );
      if (means.some((m) => !enoughAnswers(m.n, k))) return null;
      const result = computeIkm(
        elements.map((element, i) => ({ element, n: means[i]!.n, nrr: means[i]!.mean })),
        elements,
        await ikmConvention(tx),
      );
      return result ? roundIkmResult(result).ikm : null;
    }
  }
}
