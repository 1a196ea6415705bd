import type { EvaluationReport } from '@jenjang/domain/policies/evaluation.contract';
import type { EvaluationDecision, Recommendation } from '@jenjang/domain/policies/evaluation.rules';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// Evaluations of a policy, their findings, and the consultation input of a period (migration 0032).

export async function insertEvaluation(
  tx: Tx,
  tenantId: number,
  evaluation: {
    policyId: number;
    versionId: number;
    from: string;
    to: string;
    at: Date;
    by: number | null;
  },
) {
  const row = await tx
    .insertInto('policy_evaluation')
    .values({
      tenant_id: tenantId,
      policy_id: evaluation.policyId,
      version_id: evaluation.versionId,
      period_from: evaluation.from,
      period_to: evaluation.to,
      started_at: evaluation.at,
      started_by: evaluation.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const evaluationColumns = (tx: Tx) =>
  tx
    .selectFrom('policy_evaluation as e')
    .innerJoin('policy_version as v', 'v.id', 'e.version_id')
    .leftJoin('account as s', 's.id', 'e.started_by')
    .leftJoin('account as r', 'r.id', 'e.recommended_by')
    .leftJoin('account as d', 'd.id', 'e.decided_by')
    .selectAll('e')
    .select([
      'v.number as version_number',
      'v.effective_from',
      's.display_name as started_by_name',
      'r.display_name as recommended_by_name',
      'd.display_name as decided_by_name',
      sql<number>`(select count(*) from evaluation_finding f where f.evaluation_id = e.id)::int`.as(
        'finding_count',
      ),
    ]);

export type EvaluationRow = Awaited<ReturnType<typeof listEvaluations>>[number];

/** The policy's evaluations, newest first. */
export function listEvaluations(tx: Tx, policyId: number) {
  return evaluationColumns(tx)
    .where('e.policy_id', '=', policyId)
    .orderBy('e.started_at', 'desc')
    .orderBy('e.id', 'desc')
    .execute();
}

export function findEvaluation(tx: Tx, policyId: number, evaluationId: number) {
  return evaluationColumns(tx)
    .where('e.policy_id', '=', policyId)
    .where('e.id', '=', evaluationId)
    .executeTakeFirst();
}

/** The evaluation under way (the policy's row lock held by the caller). */
export function openEvaluation(tx: Tx, policyId: number) {
  return evaluationColumns(tx)
    .where('e.policy_id', '=', policyId)
    .where('e.decided_at', 'is', null)
    .executeTakeFirst();
}

/** The day the policy's latest evaluation started, on the government's calendar. */
export async function lastStartedOn(tx: Tx, policyId: number): Promise<string | null> {
  const row = await tx
    .selectFrom('policy_evaluation')
    .select(sql<string | null>`max(period_to)::text`.as('on'))
    .where('policy_id', '=', policyId)
    .executeTakeFirst();
  return row?.on ?? null;
}

export async function recordRecommendation(
  tx: Tx,
  evaluationId: number,
  recommendation: { value: Recommendation; reason: string; by: number; at: Date },
) {
  await tx
    .updateTable('policy_evaluation')
    .set({
      recommendation: recommendation.value,
      recommendation_reason: recommendation.reason,
      recommended_by: recommendation.by,
      recommended_at: recommendation.at,
    })
    .where('id', '=', evaluationId)
    .execute();
}

export async function recordDecision(
  tx: Tx,
  evaluationId: number,
  decision: {
    value: EvaluationDecision;
    note: string | null;
    by: number | null;
    at: Date;
    /** The report as compiled at the decision, in each language. */
    report: Record<'id' | 'en', EvaluationReport>;
  },
) {
  await tx
    .updateTable('policy_evaluation')
    .set({
      decision: decision.value,
      decision_note: decision.note,
      decided_by: decision.by,
      decided_at: decision.at,
      report: JSON.stringify(decision.report),
    })
    .where('id', '=', evaluationId)
    .execute();
}

// Findings

export async function insertFinding(
  tx: Tx,
  tenantId: number,
  finding: { evaluationId: number; body: string; by: number; at: Date },
) {
  const row = await tx
    .insertInto('evaluation_finding')
    .values({
      tenant_id: tenantId,
      evaluation_id: finding.evaluationId,
      body: finding.body,
      created_by: finding.by,
      created_at: finding.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findingsOf(tx: Tx, evaluationId: number) {
  return tx
    .selectFrom('evaluation_finding as f')
    .leftJoin('account as a', 'a.id', 'f.created_by')
    .select(['f.id', 'f.body', 'f.created_at', 'a.display_name as by_name'])
    .where('f.evaluation_id', '=', evaluationId)
    .orderBy('f.created_at')
    .orderBy('f.id')
    .execute();
}

/** Findings by id with their evaluation's policy: what evidence may cite and how it reads. */
export function findingsById(tx: Tx, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('evaluation_finding as f')
    .innerJoin('policy_evaluation as e', 'e.id', 'f.evaluation_id')
    .select(['f.id', 'f.body', 'f.evaluation_id', 'e.policy_id', 'e.period_from', 'e.period_to'])
    .where('f.id', 'in', ids)
    .execute();
}

/** Every finding of the policy's evaluations, newest evaluation first: what a revision may cite. */
export function findingsOfPolicy(tx: Tx, policyId: number) {
  return tx
    .selectFrom('evaluation_finding as f')
    .innerJoin('policy_evaluation as e', 'e.id', 'f.evaluation_id')
    .select(['f.id', 'f.evaluation_id', 'f.body', 'e.period_from', 'e.period_to'])
    .where('e.policy_id', '=', policyId)
    .orderBy('e.started_at', 'desc')
    .orderBy('f.id')
    .execute();
}

// The period's consultation input

/** Rounds opened in the period, and their input by kind and response (hidden input left out). */
export async function consultationInPeriod(tx: Tx, policyId: number, from: Date, to: Date) {
  const rounds = await tx
    .selectFrom('consultation_round')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('policy_id', '=', policyId)
    .where('opened_at', '>=', from)
    .where('opened_at', '<', to)
    .executeTakeFirstOrThrow();
  const input = await tx
    .selectFrom('consultation_comment as c')
    .innerJoin('consultation_round as r', 'r.id', 'c.round_id')
    .select(['c.kind', 'c.response', sql<number>`count(*)::int`.as('count')])
    .where('r.policy_id', '=', policyId)
    .where('r.opened_at', '>=', from)
    .where('r.opened_at', '<', to)
    .where('c.hidden_at', 'is', null)
    .groupBy(['c.kind', 'c.response'])
    .execute();
  return { rounds: rounds.count, input };
}
