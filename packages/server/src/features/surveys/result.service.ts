import { type Actor, can, permissionsOf } from '@jenjang/domain/access';
import { questionsOf } from '@jenjang/domain/contracts/instrument.contract';
import { MIN_K } from '@jenjang/domain/group-suppression.rules';
import { computeIkm, krejcieMorganSample, roundIkmResult, skmElementsOf } from '@jenjang/domain/ikm.rules';
import type { BreakdownBy } from '@jenjang/domain/survey-report';
import { buildWaveReport } from '@jenjang/domain/survey-report';
import type { Answers } from '@jenjang/domain/survey-response.rules';
import { waveState } from '@jenjang/domain/survey-wave.rules';
import { type Db, type Tx, withTenant } from '../../db/database';
import { notFound, ProblemError } from '../../http/problem';
import { appendAudit } from '../audit/audit.repository';
import { parseDefinition } from './instrument.service';
import { findVersionDefinition, mixInbox } from './response.repository';
import * as repo from './result.repository';
import { findWave } from './survey.repository';
import { toWaveSummary } from './survey.service';

/** Hidden texts leave the figures too, not only the lists: a text question's count omits them. */
const stored = (rows: Awaited<ReturnType<typeof repo.waveResponses>>, hidden: ReadonlySet<string>) =>
  rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    answers: Object.fromEntries(
      Object.entries(r.answers as Answers).filter(([key]) => !hidden.has(`${r.id}:${key}`)),
    ),
  }));

async function definitionOf(tx: Tx, versionId: number) {
  return parseDefinition((await findVersionDefinition(tx, versionId)).definition);
}

/**
 * A wave's results for those who may read them. A closed anonymous wave first mixes what still
 * waits in its inbox (fewer than k answers that arrived last), so the final figures are complete.
 */
export async function getWaveResults(
  db: Db,
  actor: Actor,
  waveId: number,
  breakdown: BreakdownBy | undefined,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    let wave = await findWave(tx, waveId);
    if (!wave || !can(actor, 'survey.results', { tenantId: wave.tenant_id })) throw notFound();
    const state = waveState(
      { status: wave.status, opensAt: wave.opens_at, closesAt: wave.closes_at },
      new Date(),
    );
    if (state === 'closed' && wave.pending > 0) {
      await mixInbox(tx, actor.tenantId, waveId, 1);
      wave = (await findWave(tx, waveId))!;
    }
    const definition = await definitionOf(tx, wave.instrument_version_id);
    const previous = await repo.previousWave(tx, wave.survey_id, wave.number);
    const hiddenTexts = await repo.hiddenTexts(tx, waveId);
    const report = buildWaveReport({
      definition,
      responses: stored(await repo.waveResponses(tx, waveId), hiddenTexts),
      minGroupSize: wave.min_group_size,
      population: wave.population,
      hiddenTexts,
      breakdown: breakdown ? { by: breakdown, unitNames: await repo.unitNames(tx) } : undefined,
      previous: previous
        ? {
            definition: await definitionOf(tx, previous.instrument_version_id),
            responses: stored(
              await repo.waveResponses(tx, previous.id),
              await repo.hiddenTexts(tx, previous.id),
            ),
          }
        : undefined,
    });
    return {
      survey: { id: wave.survey_id, title: wave.title, mode: wave.mode, serviceName: wave.service_name },
      wave: toWaveSummary(wave),
      previousWave: previous ? { id: previous.id, label: previous.label } : null,
      definition,
      canModerate: permissionsOf(actor.role).includes('survey.manage'),
      report,
    };
  });
}

/** Hides (or shows again) one abusive text answer; it leaves results, lists and exports. */
export async function setTextHidden(
  db: Db,
  actor: Actor,
  waveId: number,
  input: { responseId: string; questionKey: string; hidden: boolean },
) {
  await withTenant(db, actor.tenantId, async (tx) => {
    const wave = await findWave(tx, waveId);
    if (!wave || !can(actor, 'survey.manage', { tenantId: wave.tenant_id })) throw notFound();
    if (!(await repo.responseOfWave(tx, input.responseId, waveId))) throw notFound();
    const definition = await definitionOf(tx, wave.instrument_version_id);
    const question = definition.sections.flatMap((s) => s.questions).find((q) => q.key === input.questionKey);
    if (question?.type !== 'text') throw new ProblemError(400, 'survey.notText');
    await repo.setTextHidden(tx, { tenantId: actor.tenantId, ...input, accountId: actor.accountId });
    await appendAudit(tx, actor.tenantId, {
      actorAccountId: actor.accountId,
      action: input.hidden ? 'survey.text.hidden' : 'survey.text.shown',
      entity: 'survey_response',
      entityId: input.responseId,
      data: { waveId, questionKey: input.questionKey },
    });
  });
}

/**
 * PermenPANRB 14/2017 per service unit and per period: the IKM of every published SKM wave, from
 * per-element means computed in the database. A wave with fewer than k responses shows no IKM.
 */
export async function getIkmOverview(db: Db, actor: Actor) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const items = [];
    for (const wave of await repo.skmWaves(tx)) {
      const questions = questionsOf(await definitionOf(tx, wave.instrument_version_id));
      const responses = await repo.responseCount(tx, wave.id);
      const suppressed = responses < Math.max(wave.min_group_size, MIN_K);
      let ikm = null;
      if (!suppressed) {
        const elements = skmElementsOf(questions);
        const keyOf = new Map(
          questions.flatMap((q) =>
            q.type === 'likert' && q.skmElement ? [[q.skmElement, q.key] as const] : [],
          ),
        );
        const means = await repo.answerMeans(
          tx,
          wave.id,
          elements.map((e) => keyOf.get(e)!),
        );
        const result = computeIkm(
          elements.map((element, i) => ({ element, n: means[i]!.n, nrr: means[i]!.mean })),
          elements,
        );
        ikm = result ? roundIkmResult(result) : null;
      }
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
        responses,
        population: wave.population,
        minimumSample: wave.population === null ? null : krejcieMorganSample(wave.population),
        ikm,
        suppressed,
      });
    }
    return { items };
  });
}
