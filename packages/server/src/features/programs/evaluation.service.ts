import {
  type BatchEvaluationInput,
  type EvaluationFigures,
  evaluationReport,
  type GroupFigures,
  kOf,
} from '@jenjang/domain/programs/evaluation.rules';
import {
  BEHAVIOUR_QUESTIONS,
  type ResultPoint,
  serviceImpact,
} from '@jenjang/domain/programs/follow-up.rules';
import { comparedYears, predikatChange } from '@jenjang/domain/programs/performance-change.rules';
import { REACTION_QUESTIONS } from '@jenjang/domain/programs/reaction-instrument';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { Config } from '../../config';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import { surveyAnswerSums } from '../surveys/results/result.service';
import { waveSeries } from '../surveys/results/wave-series';
import * as evaluations from './evaluation.repository';
import * as repo from './program.repository';

// A program's evaluation (evaluation.rules.ts): per batch, per trainer, per curriculum version and
// for the whole program, the participants' reaction (from the batches' reaction surveys, through the
// surveys' results) and learning (the pre- and post-tests). The agency reads every batch; a trainer
// reads the batches they teach, and the groups pooled over those only.

const GOVERNMENT = (actor: Actor) => ({ tenantId: actor.tenantId, unitPath: null });

/** The batches the actor may read the evaluation of: all for the agency, a trainer's own; else refused. */
async function readableBatches(tx: Tx, actor: Actor, programId: number) {
  const program = await repo.findProgram(tx, programId);
  if (!program) throw notFound();
  if (can(actor, 'program.manage', GOVERNMENT(actor))) return undefined;
  const own = can(actor, 'program.teach', { tenantId: actor.tenantId, accountId: actor.accountId })
    ? await evaluations.taughtBatchIds(tx, programId, actor.accountId)
    : [];
  if (own.length > 0) return own;
  // As for a batch (batch-access.ts): a reader of the catalog learns only that it may not.
  if (program.state !== 'draft' && can(actor, 'program.read', GOVERNMENT(actor))) {
    throw new ProblemError(403, 'program.notManager');
  }
  throw notFound();
}

const groupOut = ({ batchIds, learning, reaction, withheldBatches }: GroupFigures) => ({
  batchIds,
  learning,
  reaction,
  withheldBatches,
});

export async function programEvaluation(
  db: Db,
  actor: Actor,
  programId: number,
  config: Pick<Config, 'surveyMinGroupSize'>,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const only = await readableBatches(tx, actor, programId);
    const batches = await evaluations.evaluatedBatches(tx, programId, only);
    const defaultK = kOf(config.surveyMinGroupSize);
    const sumsOf = (pick: (b: evaluations.EvaluatedBatch) => number | null, questions: readonly string[]) =>
      surveyAnswerSums(
        tx,
        batches.flatMap((b) => {
          const id = pick(b);
          return id === null ? [] : [id];
        }),
        questions,
      );
    const reactionSums = await sumsOf((b) => b.reactionSurveyId, REACTION_QUESTIONS);
    const alumniSums = await sumsOf((b) => b.alumniSurveyId, BEHAVIOUR_QUESTIONS);
    const supervisorSums = await sumsOf((b) => b.supervisorSurveyId, BEHAVIOUR_QUESTIONS);
    /** The report of one level's surveys (each batch's k its survey's), grouped as the program's. */
    const reportOf = (
      surveyOf: (b: evaluations.EvaluatedBatch) => number | null,
      sums: Awaited<typeof reactionSums>,
      questions: readonly string[],
    ) =>
      evaluationReport(
        batches.map((b): BatchEvaluationInput => {
          const id = surveyOf(b);
          const answers = id === null ? null : (sums.get(id) ?? null);
          return {
            id: b.id,
            k: kOf(answers?.minGroupSize ?? defaultK),
            trainers: b.trainers.map((t) => t.key),
            version: b.curriculumId === null ? null : String(b.curriculumId),
            learning: { pairs: b.pairs, pre: b.sumPre, post: b.sumPost },
            reaction: answers,
          };
        }),
        questions,
      );
    const report = reportOf((b) => b.reactionSurveyId, reactionSums, REACTION_QUESTIONS);
    const alumni = reportOf((b) => b.alumniSurveyId, alumniSums, BEHAVIOUR_QUESTIONS);
    const supervisors = reportOf((b) => b.supervisorSurveyId, supervisorSums, BEHAVIOUR_QUESTIONS);
    const figures = new Map<number, EvaluationFigures>(report.batches.map((b) => [b.id, b]));
    const alumniOf = new Map(alumni.batches.map((b) => [b.id, b.reaction]));
    const supervisorsOf = new Map(supervisors.batches.map((b) => [b.id, b.reaction]));
    const trainerNames = new Map(batches.flatMap((b) => b.trainers.map((t) => [t.key, t.name] as const)));
    const versionOf = new Map(batches.map((b) => [String(b.curriculumId), b.curriculumVersion]));
    const behaviourOf = (index: number, group: 'trainers' | 'versions') => ({
      alumni: alumni[group][index]!.reaction,
      supervisors: supervisors[group][index]!.reaction,
    });
    const plan = (await evaluations.evaluationPlan(tx, programId))!;
    return {
      programId,
      minGroupSize: defaultK,
      questions: [...REACTION_QUESTIONS],
      behaviourQuestions: [...BEHAVIOUR_QUESTIONS],
      scale: { min: 1, max: 5 },
      plan,
      batches: batches.map((b) => ({
        id: b.id,
        name: b.name,
        closed: b.closed,
        reactionSurveyId: b.reactionSurveyId,
        curriculumVersion: b.curriculumVersion,
        trainers: b.trainers.map((t) => t.name),
        learning: figures.get(b.id)!.learning,
        reaction: figures.get(b.id)!.reaction,
        behaviour: {
          dueOn: b.followUpDueOn,
          alumniSurveyId: b.alumniSurveyId,
          supervisorSurveyId: b.supervisorSurveyId,
          alumni: alumniOf.get(b.id)!,
          supervisors: supervisorsOf.get(b.id)!,
        },
      })),
      trainers: report.trainers.map((group, index) => ({
        name: trainerNames.get(group.key)!,
        ...groupOut(group),
        behaviour: behaviourOf(index, 'trainers'),
      })),
      versions: report.versions.map((group, index) => ({
        version: group.key === null ? null : (versionOf.get(group.key) ?? null),
        ...groupOut(group),
        behaviour: behaviourOf(index, 'versions'),
      })),
      total: {
        ...groupOut(report.total),
        behaviour: { alumni: alumni.total.reaction, supervisors: supervisors.total.reaction },
      },
      results: await resultsOf(tx, plan.resultSurveyId, batches),
      // The participants' appraisals are the agency's to read, never a partner trainer's.
      performance: only === undefined ? await performanceOf(tx, batches, defaultK) : null,
    };
  });
}

/**
 * Level 4 by the appraisal: the completed participants' annual predikat in the year before their
 * batch and in the first full year after it, under the k rule (performance-change.rules.ts).
 */
async function performanceOf(tx: Tx, batches: readonly evaluations.EvaluatedBatch[], k: number) {
  const years = batches
    .filter((b) => b.closed)
    .map((b) => ({ batchId: b.id, ...comparedYears(b.startsOn, b.endsOn) }));
  return predikatChange(await evaluations.participantPredikats(tx, years), k);
}

/**
 * Level 4 where the program names its service's survey: the IKM of each wave against the training's
 * days (its first batch's first day to its last batch's last), before and after.
 */
async function resultsOf(tx: Tx, surveyId: number | null, batches: readonly evaluations.EvaluatedBatch[]) {
  if (surveyId === null || batches.length === 0) return null;
  const survey = await evaluations.surveyTitle(tx, surveyId);
  if (!survey) return null;
  const points: ResultPoint[] = [];
  for (const point of await waveSeries(tx, surveyId, { kind: 'ikm' })) {
    points.push({
      label: point.label,
      opensOn: await tenantToday(tx, point.opensAt),
      closesOn: await tenantToday(tx, point.closesAt),
      value: point.value,
      final: point.final,
    });
  }
  const first = batches.map((b) => b.startsOn).sort()[0]!;
  const last = batches
    .map((b) => b.endsOn)
    .sort()
    .at(-1)!;
  return {
    surveyId,
    title: survey.title,
    firstDay: first,
    lastDay: last,
    ...serviceImpact(points, first, last),
  };
}

/** Sets the program's evaluation plan: the follow-up's months, and the survey of its results. */
export async function setEvaluationPlan(
  db: Db,
  actor: Actor,
  programId: number,
  plan: { followUpMonths: number | null; resultSurveyId: number | null },
  config: Pick<Config, 'surveyMinGroupSize'>,
) {
  if (!can(actor, 'program.manage', GOVERNMENT(actor))) throw new ProblemError(403, 'program.notManager');
  await withTenant(db, actor.tenantId, async (tx) => {
    const program = await repo.findProgram(tx, programId, { lock: true });
    if (!program) throw notFound();
    if (plan.resultSurveyId !== null && !(await evaluations.isServiceSurvey(tx, plan.resultSurveyId))) {
      throw new ProblemError(400, 'program.resultSurveyNotService', {}, [
        { path: 'body/resultSurveyId', key: 'program.resultSurveyNotService' },
      ]);
    }
    await evaluations.setEvaluationPlan(tx, programId, plan);
    await publish(tx, actor.tenantId, {
      type: 'program.changed',
      actorAccountId: actor.accountId,
      payload: { programId, title: program.title, change: 'evaluationPlan' },
    });
  });
  return programEvaluation(db, actor, programId, config);
}
