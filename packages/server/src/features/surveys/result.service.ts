import { createHash } from 'node:crypto';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import { sliceQuestionKeys } from '@jenjang/domain/surveys/survey-breakdown';
import type { BreakdownBy } from '@jenjang/domain/surveys/survey-report';
import { buildWaveReport } from '@jenjang/domain/surveys/survey-report';
import type { Answers } from '@jenjang/domain/surveys/survey-response.rules';
import { type Db, type Tx, withTenant } from '../../db/database';
import { forbidden, notFound, ProblemError } from '../../http/problem';
import { appendAudit } from '../audit/audit.repository';
import { ikmConvention } from '../settings/settings.repository';
import { parseDefinition } from './instrument.service';
import { findVersionDefinition } from './response.repository';
import * as repo from './result.repository';
import { type ResultsView, resultsView, settledWave, viewUnits } from './result-access';
import { trendOf } from './result-trend';
import { findWave } from './survey.repository';
import { toWaveSummary } from './survey.service';
import { ownedResource } from './survey-access';

/**
 * The id a text answer is shown and moderated by: a one-way hash of its response and question, so
 * a reader cannot tell which texts of different questions one respondent wrote (response ids are
 * random and never shown, so the hash cannot be recomputed from outside).
 */
export const textId = (responseId: string, questionKey: string) =>
  createHash('sha256').update(`${responseId}:${questionKey}`).digest('hex').slice(0, 32);

/** Hidden texts leave the figures too, not only the lists: a text question's count omits them. */
const stored = (rows: Awaited<ReturnType<typeof repo.waveResponses>>, hidden: ReadonlySet<string>) =>
  rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    answers: Object.fromEntries(
      Object.entries(r.answers as Answers).filter(([key]) => !hidden.has(`${r.id}:${key}`)),
    ),
  }));

export async function definitionOf(tx: Tx, versionId: number): Promise<InstrumentDefinition> {
  return parseDefinition((await findVersionDefinition(tx, versionId)).definition);
}

/** The released answers a view reads of a wave, hidden texts taken out. */
async function answersOf(tx: Tx, waveId: number, view: ResultsView) {
  return stored(await repo.waveResponses(tx, waveId, viewUnits(view)), await repo.hiddenTexts(tx, waveId));
}

/**
 * A shown slice's questions: those the wave's breakdown by unit shows for the reader's units (so the
 * slice, set next to the whole and the breakdown, reveals no question's figure over fewer than k).
 * Undefined for the whole wave.
 */
export async function sliceQuestionsOf(
  tx: Tx,
  wave: { id: number; instrument_version_id: number; min_group_size: number },
  view: ResultsView,
): Promise<Set<string> | undefined> {
  if (view.kind !== 'slice' || !view.disclosure.shown) return undefined;
  const questions = questionsOf(await definitionOf(tx, wave.instrument_version_id));
  const whole = stored(await repo.waveResponses(tx, wave.id), new Set());
  return sliceQuestionKeys({ responses: whole, minGroupSize: wave.min_group_size }, questions, view.unitIds);
}

/** The previous wave's answers as this reader sees them, when it sees them at all. */
async function previousOf(tx: Tx, actor: Actor, wave: { survey_id: number; number: number }) {
  const previous = await repo.previousWave(tx, wave.survey_id, wave.number);
  if (!previous) return { previous: null, input: undefined };
  const row = await findWave(tx, previous.id);
  const view = row ? await resultsView(tx, actor, row) : null;
  const visible = view && (view.kind === 'whole' || view.disclosure.shown);
  return {
    previous,
    input: visible
      ? {
          definition: await definitionOf(tx, previous.instrument_version_id),
          responses: await answersOf(tx, previous.id, view),
          sliceQuestions: row ? await sliceQuestionsOf(tx, row, view) : undefined,
        }
      : undefined,
  };
}

/** What the reader reads: the whole wave, or a slice (its units, whether shown, and if not, why). */
async function reachOf(tx: Tx, view: ResultsView) {
  if (view.kind === 'whole') return { kind: 'whole' as const, units: [], shown: true, reason: null };
  return {
    kind: 'slice' as const,
    units: await repo.unitNamesOf(tx, view.unitIds),
    shown: view.disclosure.shown,
    reason: view.disclosure.shown ? null : view.disclosure.reason,
  };
}

/**
 * A wave's results for those who may read them: the whole wave or the reader's slice, under the k
 * rule, with breakdowns and profile counts only once the wave is closed (survey-disclosure.rules.ts),
 * the IKM in the government's convention, the change since the previous wave judged (a real rise or
 * fall only beyond chance), and the survey's trend when it has more than two waves.
 */
export async function getWaveResults(
  db: Db,
  actor: Actor,
  waveId: number,
  breakdown: BreakdownBy | undefined,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const wave = await settledWave(tx, waveId);
    const view = wave ? await resultsView(tx, actor, wave) : null;
    if (!wave || !view) throw notFound();
    const definition = await definitionOf(tx, wave.instrument_version_id);
    const { previous, input: previousInput } = await previousOf(tx, actor, wave);
    const convention = await ikmConvention(tx);
    const report = buildWaveReport({
      definition,
      responses: await answersOf(tx, waveId, view),
      minGroupSize: wave.min_group_size,
      population: wave.population,
      final: wave.status === 'closed',
      view: view.kind,
      withheld: wave.withheld,
      sliceQuestions: await sliceQuestionsOf(tx, wave, view),
      hiddenTexts: await repo.hiddenTexts(tx, waveId),
      textId,
      breakdown: breakdown ? { by: breakdown, unitNames: await repo.unitNames(tx) } : undefined,
      previous: previousInput,
      convention,
    });
    return {
      survey: { id: wave.survey_id, title: wave.title, mode: wave.mode, serviceName: wave.service_name },
      wave: toWaveSummary(wave, view.kind === 'whole', now),
      previousWave: previous ? { id: previous.id, label: previous.label } : null,
      definition,
      canModerate: can(actor, 'survey.manage', await ownedResource(tx, wave)),
      reach: await reachOf(tx, view),
      report,
      trend: await trendOf(tx, actor, wave, convention),
    };
  });
}

/** Hides (or shows again) one abusive text answer; it leaves results, lists and exports. */
export async function setTextHidden(
  db: Db,
  actor: Actor,
  waveId: number,
  input: { textId: string; questionKey: string; hidden: boolean },
) {
  await withTenant(db, actor.tenantId, async (tx) => {
    const wave = await findWave(tx, waveId);
    const resource = wave ? await ownedResource(tx, wave) : null;
    if (!wave || !resource || !can(actor, 'survey.read', resource)) throw notFound();
    if (!can(actor, 'survey.manage', resource)) throw forbidden();
    const definition = await definitionOf(tx, wave.instrument_version_id);
    const question = definition.sections.flatMap((s) => s.questions).find((q) => q.key === input.questionKey);
    if (question?.type !== 'text') throw new ProblemError(400, 'survey.notText');
    const responseId = (await repo.responseIdsOf(tx, waveId)).find(
      (id) => textId(id, input.questionKey) === input.textId,
    );
    if (!responseId) throw notFound();
    await repo.setTextHidden(tx, {
      tenantId: actor.tenantId,
      responseId,
      questionKey: input.questionKey,
      hidden: input.hidden,
      accountId: actor.accountId,
    });
    // The text's id, not the response's: the audit log does not link one respondent's texts either.
    await appendAudit(tx, actor.tenantId, {
      actorAccountId: actor.accountId,
      action: input.hidden ? 'survey.text.hidden' : 'survey.text.shown',
      entity: 'survey_response',
      entityId: input.textId,
      data: { waveId, questionKey: input.questionKey },
    });
  });
}
