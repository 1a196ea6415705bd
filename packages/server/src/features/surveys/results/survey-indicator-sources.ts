import type { Tx } from '../../../db/database';
import { ProblemError } from '../../../http/problem';
import { type Locale, translate } from '../../../i18n/translate';
import type { IndicatorSource } from '../../policies/indicator-sources';
import { type WaveReference, waveReferences } from '../surveys/survey-references';
import { type SeriesMeasure, waveSeries } from './wave-series';

// What the surveys offer a policy's indicators (policies/indicator-sources.ts): a theme's mean, a
// service's IKM and a wave's response rate, each wave by wave, whole-government, under the k rule.

async function wavesOf(tx: Tx, surveyId: number, locale: Locale): Promise<WaveReference[]> {
  const waves = [...(await waveReferences(tx, 'all', locale)).values()].filter(
    (w) => w.surveyId === surveyId,
  );
  if (waves.length === 0) throw new ProblemError(400, 'policy.indicatorUnknownSurvey');
  return waves;
}

async function series(tx: Tx, surveyId: number, measure: SeriesMeasure) {
  return (await waveSeries(tx, surveyId, measure)).map((point) => ({
    at: point.closesAt,
    since: point.opensAt,
    label: point.label,
    value: point.value,
    provisional: !point.final,
  }));
}

const surveyMean: IndicatorSource<'survey.mean'> = {
  name: 'survey.mean',
  async check(tx, params) {
    const waves = await wavesOf(tx, params.surveyId, 'id');
    for (const item of params.items) {
      const asked = waves.some((wave) => {
        const question = wave.questions.get(item.questionKey);
        return question && (item.statementKey === null || question.statements.has(item.statementKey));
      });
      if (!asked) {
        throw new ProblemError(400, 'policy.indicatorUnknownQuestion', {
          question: item.statementKey ? `${item.questionKey}.${item.statementKey}` : item.questionKey,
        });
      }
    }
  },
  async describe(tx, params, locale) {
    const waves = await wavesOf(tx, params.surveyId, locale);
    const newest = waves[0]!;
    const texts = params.items.map((item) => {
      const question = waves.map((w) => w.questions.get(item.questionKey)).find(Boolean);
      return (
        (item.statementKey && question?.statements.get(item.statementKey)) ||
        question?.text ||
        item.questionKey
      );
    });
    return `${newest.surveyTitle} · ${translate(locale, 'policy.indicatorSource.mean')}: ${texts.join('; ')}`;
  },
  measure: (tx, params) =>
    series(tx, params.surveyId, {
      kind: 'mean',
      paths: params.items.map((item) =>
        item.statementKey ? ([item.questionKey, item.statementKey] as const) : ([item.questionKey] as const),
      ),
    }),
};

/** A figure of each whole wave (the IKM, the response rate): its parameters name the survey only. */
function wholeWave<N extends 'survey.ikm' | 'survey.responseRate'>(
  name: N,
  kind: 'ikm' | 'responseRate',
): IndicatorSource<N> {
  return {
    name,
    async check(tx: Tx, params: { surveyId: number }) {
      await wavesOf(tx, params.surveyId, 'id');
    },
    async describe(tx: Tx, params: { surveyId: number }, locale: Locale) {
      const [wave] = await wavesOf(tx, params.surveyId, locale);
      return `${wave!.surveyTitle} · ${translate(locale, `policy.indicatorSource.${kind}`)}`;
    },
    measure: (tx: Tx, params: { surveyId: number }) => series(tx, params.surveyId, { kind }),
  };
}

export const SURVEY_INDICATOR_SOURCES = [
  surveyMean,
  wholeWave('survey.ikm', 'ikm'),
  wholeWave('survey.responseRate', 'responseRate'),
] as const;
