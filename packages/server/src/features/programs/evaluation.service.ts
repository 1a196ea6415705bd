import {
  type BatchEvaluationInput,
  type EvaluationFigures,
  evaluationReport,
  type GroupFigures,
  kOf,
} from '@jenjang/domain/programs/evaluation.rules';
import { REACTION_QUESTIONS } from '@jenjang/domain/programs/reaction-instrument';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { Config } from '../../config';
import { type Db, type Tx, withTenant } from '../../db/database';
import { notFound, ProblemError } from '../../http/problem';
import { surveyAnswerSums } from '../surveys/results/result.service';
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
    const surveyIds = batches.flatMap((b) => (b.reactionSurveyId === null ? [] : [b.reactionSurveyId]));
    const sums = await surveyAnswerSums(tx, surveyIds, REACTION_QUESTIONS);
    const defaultK = kOf(config.surveyMinGroupSize);
    const inputs: BatchEvaluationInput[] = batches.map((b) => {
      const reaction = b.reactionSurveyId === null ? null : (sums.get(b.reactionSurveyId) ?? null);
      return {
        id: b.id,
        // A batch's k is its survey's; one without a survey yet takes the surveys' default.
        k: kOf(reaction?.minGroupSize ?? defaultK),
        trainers: b.trainers.map((t) => t.key),
        version: b.curriculumId === null ? null : String(b.curriculumId),
        learning: { pairs: b.pairs, pre: b.sumPre, post: b.sumPost },
        reaction,
      };
    });
    const report = evaluationReport(inputs, REACTION_QUESTIONS);
    const figures = new Map<number, EvaluationFigures>(report.batches.map((b) => [b.id, b]));
    const trainerNames = new Map(batches.flatMap((b) => b.trainers.map((t) => [t.key, t.name] as const)));
    const versionOf = new Map(batches.map((b) => [String(b.curriculumId), b.curriculumVersion]));
    return {
      programId,
      minGroupSize: defaultK,
      questions: [...REACTION_QUESTIONS],
      scale: { min: 1, max: 5 },
      batches: batches.map((b) => ({
        id: b.id,
        name: b.name,
        closed: b.closed,
        reactionSurveyId: b.reactionSurveyId,
        curriculumVersion: b.curriculumVersion,
        trainers: b.trainers.map((t) => t.name),
        learning: figures.get(b.id)!.learning,
        reaction: figures.get(b.id)!.reaction,
      })),
      trainers: report.trainers.map((group) => ({ name: trainerNames.get(group.key)!, ...groupOut(group) })),
      versions: report.versions.map((group) => ({
        version: group.key === null ? null : (versionOf.get(group.key) ?? null),
        ...groupOut(group),
      })),
      total: groupOut(report.total),
    };
  });
}
