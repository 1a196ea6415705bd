import type { Actor } from '@jenjang/domain/shared/access';
import {
  computeIkm,
  elementWeight,
  IKM_CONVERSION,
  type IkmConvention,
  krejcieMorganSample,
  roundIkmResult,
  skmElementsOf,
  spreadOfContributions,
} from '@jenjang/domain/surveys/ikm.rules';
import { questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import { enoughAnswers } from '@jenjang/domain/surveys/question-disclosure.rules';
import { effectiveK } from '@jenjang/domain/surveys/survey-disclosure.rules';
import { elementKeysOf } from '@jenjang/domain/surveys/survey-figures';
import { ikmFollowed } from '@jenjang/domain/surveys/survey-trend';
import { type Db, type Tx, withTenant } from '../../../db/database';
import { ikmConvention } from '../../settings/settings.service';
import * as repo from './result.repository';
import { definitionOf, sliceQuestionsOf } from './result.service';
import { resultsView, settleBeforeReading, viewUnits } from './result-access';

// Results across waves, for overviews and role homes: the same reach and k rules as one wave's
// results (result-access.ts), computed in the database rather than from every answer.

type WaveRow = Awaited<ReturnType<typeof repo.resultWaves>>[number];

/**
 * The figures of a wave the actor may see: its view, the answers counted, and the IKM of
 * PermenPANRB 14/2017 from per-element means (SKM instruments) in the government's convention,
 * with its spread (for telling a real change from noise). Null when the actor may not read the
 * wave at all, or reads a slice that is not shown (nothing about it is given, not even a count).
 */
async function figuresOf(tx: Tx, actor: Actor, wave: WaveRow, convention: IkmConvention) {
  const view = await resultsView(tx, actor, wave);
  if (!view || (view.kind === 'slice' && !view.disclosure.shown)) return null;
  const units = viewUnits(view);
  const responses = await repo.responseCount(tx, wave.id, units);
  const suppressed = responses < effectiveK(wave.min_group_size);
  let ikm = null;
  let spread = null;
  const questions =
    !suppressed && wave.kind === 'skm' ? questionsOf(await definitionOf(tx, wave.instrument_version_id)) : [];
  const sliceQuestions = questions.length > 0 ? await sliceQuestionsOf(tx, wave, view) : undefined;
  const inSlice = elementKeysOf(questions).every((key) => sliceQuestions?.has(key) ?? true);
  if (ikmFollowed(questions) && inSlice) {
    const elements = skmElementsOf(questions);
    const keyOf = new Map(
      questions.flatMap((q) => (q.type === 'likert' && q.skmElement ? [[q.skmElement, q.key] as const] : [])),
    );
    const keys = elements.map((e) => keyOf.get(e)!);
    const means = await repo.answerMeans(tx, wave.id, keys, units);
    // An element answered by 1 to k − 1 gives no IKM: its NRR would be those few people's answers.
    const few = means.some((m) => !enoughAnswers(m.n, wave.min_group_size));
    const result = few
      ? null
      : computeIkm(
          elements.map((element, i) => ({ element, n: means[i]!.n, nrr: means[i]!.mean })),
          elements,
          convention,
        );
    ikm = result ? roundIkmResult(result) : null;
    if (result) {
      const parts = await repo.ikmContributions(
        tx,
        wave.id,
        keys.map((key, i) => ({ key, mean: means[i]!.mean!, n: means[i]!.n })),
        elementWeight(convention, elements.length) * IKM_CONVERSION,
        units,
      );
      spread = spreadOfContributions(parts.n, parts.sumSquares);
    }
  }
  return { wave, reach: view.kind, responses, suppressed, ikm, spread };
}

/**
 * PermenPANRB 14/2017 per service unit and per period: the IKM of every published SKM wave the
 * actor may read (whole, or its slice once shown). A wave with fewer than k responses shows no IKM.
 */
export async function getIkmOverview(db: Db, actor: Actor) {
  await settleBeforeReading(db, actor.tenantId, (tx) => repo.resultWaves(tx, { skmOnly: true }));
  return withTenant(db, actor.tenantId, async (tx) => {
    const convention = await ikmConvention(tx);
    const items = [];
    for (const row of await repo.resultWaves(tx, { skmOnly: true })) {
      const figures = await figuresOf(tx, actor, row, convention);
      if (!figures) continue;
      const { wave } = figures;
      items.push({
        surveyId: wave.survey_id,
        title: wave.title,
        serviceName: wave.service_name,
        serviceUnit: wave.service_unit_name,
        wave: {
          id: wave.id,
          number: wave.number,
          label: wave.label,
          opensAt: new Date(wave.opens_at).toISOString(),
          closesAt: new Date(wave.closes_at).toISOString(),
        },
        reach: figures.reach,
        responses: figures.responses,
        population: wave.population,
        minimumSample: wave.population === null ? null : krejcieMorganSample(wave.population),
        ikm: figures.ikm,
        spread: figures.spread,
        suppressed: figures.suppressed,
      });
    }
    return { convention, items };
  });
}

const RESULTS_LISTED = 50;

/**
 * The newest waves whose figures the actor may see (at least k answers in what it reads): for a
 * role's home page. Each with its count and IKM, never anything finer.
 */
export async function listVisibleResults(db: Db, actor: Actor) {
  await settleBeforeReading(db, actor.tenantId, (tx) =>
    repo.resultWaves(tx, { skmOnly: false, limit: RESULTS_LISTED }),
  );
  return withTenant(db, actor.tenantId, async (tx) => {
    const convention = await ikmConvention(tx);
    const items = [];
    for (const row of await repo.resultWaves(tx, { skmOnly: false, limit: RESULTS_LISTED })) {
      const figures = await figuresOf(tx, actor, row, convention);
      if (!figures || figures.suppressed) continue;
      const { wave } = figures;
      items.push({
        waveId: wave.id,
        surveyId: wave.survey_id,
        title: wave.title,
        label: wave.label,
        mode: wave.mode,
        kind: wave.kind,
        final: wave.status === 'closed',
        closesAt: new Date(wave.closes_at).toISOString(),
        reach: figures.reach,
        responses: figures.responses,
        ikm: figures.ikm?.ikm ?? null,
      });
    }
    return { convention, items };
  });
}
