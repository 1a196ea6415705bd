import { createHash } from 'node:crypto';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { IkmConvention } from '@jenjang/domain/surveys/ikm.rules';
import type { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import { sliceQuestionKeys } from '@jenjang/domain/surveys/survey-breakdown';
import { effectiveK } from '@jenjang/domain/surveys/survey-disclosure.rules';
import {
  type BreakdownBy,
  buildTalliedReport,
  comparableQuestions,
} from '@jenjang/domain/surveys/survey-report';
import { type Db, type Tx, withTenant } from '../../../db/database';
import { publish } from '../../../events';
import { forbidden, notFound, ProblemError } from '../../../http/problem';
import { ikmConvention } from '../../settings/settings.service';
import { parseDefinition } from '../instruments/instrument.service';
import { findVersionDefinition } from '../responses/response.repository';
import { findWave } from '../surveys/survey.repository';
import { toWaveSummary } from '../surveys/survey.service';
import { ownedResource } from '../surveys/survey-access';
import * as repo from './result.repository';
import { type ResultsView, resultsView, settleBeforeReading } from './result-access';
import { groupingOf, ikmSpreadOf, textsOf, viewTally } from './result-input';
import * as tallies from './result-tally.repository';
import { trendOf } from './result-trend';

/**
 * The id a text answer is shown and moderated by: a one-way hash of its response and question, so
 * a reader cannot tell which texts of different questions one respondent wrote (response ids are
 * random and never shown, so the hash cannot be recomputed from outside).
 */
export const textId = (responseId: string, questionKey: string) =>
  createHash('sha256').update(`${responseId}:${questionKey}`).digest('hex').slice(0, 32);

export async function definitionOf(tx: Tx, versionId: number): Promise<InstrumentDefinition> {
  return parseDefinition((await findVersionDefinition(tx, versionId)).definition);
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
  const byUnit = await tallies.waveTallies(tx, wave.id, questions, { grouping: { kind: 'unit' } });
  return sliceQuestionKeys({ ...byUnit, minGroupSize: wave.min_group_size }, questions, view.unitIds);
}

/** The previous wave's counts as this reader sees them, when it sees them at all. */
async function previousOf(
  tx: Tx,
  actor: Actor,
  wave: { survey_id: number; number: number },
  convention: IkmConvention,
) {
  const previous = await repo.previousWave(tx, wave.survey_id, wave.number);
  if (!previous) return { previous: null, input: undefined };
  const row = await findWave(tx, previous.id);
  const view = row ? await resultsView(tx, actor, row) : null;
  const visible = view && (view.kind === 'whole' || view.disclosure.shown);
  if (!visible) return { previous, input: undefined };
  const definition = await definitionOf(tx, previous.instrument_version_id);
  const tally = await viewTally(tx, previous.id, questionsOf(definition), view);
  return {
    previous,
    input: {
      definition,
      tally: tally.whole,
      sliceQuestions: row ? await sliceQuestionsOf(tx, row, view) : undefined,
      ikmSpread: await ikmSpreadOf(
        tx,
        previous.id,
        comparableQuestions(questionsOf(definition)),
        tally.whole,
        view,
        convention,
      ),
    },
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
 * Texts listed per question on the results page, and in an export: past these, a random sample of
 * this many (texts are sorted by their ids, hashes of random response ids). The page's words are
 * counted over the texts it lists.
 */
export const TEXTS_LISTED = 1_000;
export const TEXTS_EXPORTED = 100_000;

/**
 * A wave's results for those who may read them: the whole wave or the reader's slice, under the k
 * rule, with breakdowns and profile counts only once the wave is closed (survey-disclosure.rules.ts),
 * the IKM in the government's convention, the change since the previous wave judged (a real rise or
 * fall only beyond chance), and the survey's trend when it has more than two waves. Every figure is
 * counted in the database (result-tally.repository.ts) and decided by the domain's rules; each text
 * question lists at most `textsListed` texts.
 */
export async function getWaveResults(
  db: Db,
  actor: Actor,
  waveId: number,
  breakdown: BreakdownBy | undefined,
  now: Date,
  textsListed = TEXTS_LISTED,
) {
  // The survey's other waves too: the trend reads them.
  await settleBeforeReading(db, actor.tenantId, async (tx) => {
    const wave = await findWave(tx, waveId);
    return wave ? repo.resultWaves(tx, { surveyId: wave.survey_id }) : [];
  });
  return withTenant(db, actor.tenantId, async (tx) => {
    const wave = await findWave(tx, waveId);
    const view = wave ? await resultsView(tx, actor, wave) : null;
    if (!wave || !view) throw notFound();
    const definition = await definitionOf(tx, wave.instrument_version_id);
    const questions = questionsOf(definition);
    const convention = await ikmConvention(tx);
    const { previous, input: previousInput } = await previousOf(tx, actor, wave, convention);
    const grouping =
      breakdown && wave.status === 'closed' && view.kind === 'whole'
        ? groupingOf(breakdown, questions)
        : undefined;
    const { whole, groups } = await viewTally(tx, waveId, questions, view, grouping);
    const enough = whole.respondents >= effectiveK(wave.min_group_size);
    const report = buildTalliedReport({
      definition,
      tally: whole,
      texts: enough ? await textsOf(tx, waveId, questions, view, textsListed) : new Map(),
      ikmSpread:
        previousInput && enough ? await ikmSpreadOf(tx, waveId, questions, whole, view, convention) : null,
      minGroupSize: wave.min_group_size,
      population: wave.population,
      final: wave.status === 'closed',
      view: view.kind,
      withheld: wave.withheld,
      sliceQuestions: await sliceQuestionsOf(tx, wave, view),
      breakdown: breakdown ? { by: breakdown, unitNames: await repo.unitNames(tx), groups } : undefined,
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
    const responseId = await tallies.responseOfText(tx, waveId, input.questionKey, input.textId);
    if (!responseId) throw notFound();
    await repo.setTextHidden(tx, {
      tenantId: actor.tenantId,
      responseId,
      questionKey: input.questionKey,
      hidden: input.hidden,
      accountId: actor.accountId,
    });
    // The text's id, not the response's: the audit log does not link one respondent's texts either.
    await publish(tx, actor.tenantId, {
      type: input.hidden ? 'survey.text.hidden' : 'survey.text.shown',
      actorAccountId: actor.accountId,
      payload: { textId: input.textId, waveId, questionKey: input.questionKey },
    });
  });
}

export interface SurveyAnswerSums {
  /** The survey's k. */
  minGroupSize: number;
  /** Its released responses (0 until a first group of at least k has been released). */
  responses: number;
  /** Per question answered by at least k: how many gave it a number, and their sum. */
  questions: Record<string, { n: number; sum: number }>;
}

/**
 * The rated answers of surveys another feature sent and reads in its own results (a program's
 * reaction surveys, the program's readers deciding who sees them), in the caller's transaction:
 * released answers only, under the k rule — a question fewer than k answered is left out, and a
 * survey of fewer than k responses shows no question. Every survey of this government given is in
 * the answer, with its k.
 */
export async function surveyAnswerSums(
  tx: Tx,
  surveyIds: readonly number[],
  questionKeys: readonly string[],
): Promise<Map<number, SurveyAnswerSums>> {
  const { surveys, sums: rows } = await repo.surveyAnswerSums(tx, surveyIds, questionKeys);
  const sums = new Map<number, SurveyAnswerSums>(
    surveys.map((s) => [s.id, { minGroupSize: s.min_group_size, responses: 0, questions: {} }]),
  );
  for (const row of rows) {
    const survey = sums.get(row.surveyId);
    if (row.key === '' && survey) survey.responses = row.n;
  }
  for (const row of rows) {
    const survey = sums.get(row.surveyId);
    if (row.key === '' || !survey) continue;
    const k = effectiveK(survey.minGroupSize);
    if (survey.responses >= k && row.n >= k) survey.questions[row.key] = { n: row.n, sum: row.sum };
  }
  return sums;
}
