import type {
  AddFindingBody,
  EvaluationDetail,
  EvaluationList,
  EvaluationReport,
  EvaluationSummary,
  RecommendBody,
} from '@jenjang/domain/policies/evaluation.contract';
import {
  decisionFor,
  type EvaluationDecision,
  evaluationPeriod,
  nextEvaluationDue,
} from '@jenjang/domain/policies/evaluation.rules';
import type { PolicyState } from '@jenjang/domain/policies/policy-lifecycle.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import { calendarDateIn, startOfDayIn } from '@jenjang/domain/shared/time-zone';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday, tenantZone } from '../../db/tenant-clock';
import { publish } from '../../events';
import { fileName } from '../../http/pdf';
import { notFound, ProblemError } from '../../http/problem';
import { type Locale, message, translate } from '../../i18n/translate';
import type { Scheduler } from '../../platform/jobs/schedule';
import { waveSeries } from '../surveys/results/wave-series';
import { surveyTitles } from '../surveys/surveys/survey-references';
import * as repo from './evaluation.repository';
import { evaluationPdf } from './evaluation-document';
import { indicatorViews } from './indicator.service';
import type { IndicatorSources } from './indicator-sources';
import * as policies from './policy.repository';
import { authorise, mayDo, readablePolicy } from './policy-access';
import { versionInForce } from './policy-views';
import * as provisions from './provision.repository';

// Evaluations of a policy in force (evaluation.rules.ts): started by an admin or by the schedule
// when one falls due, read by those who review the policy (admins, leaders, auditors), with
// findings from any of them, a recommendation from its drafters (policy.manage), and the leader's
// decision, which is the lifecycle's keep or revise step and freezes the report as compiled then.

const LOCALES: readonly Locale[] = ['id', 'en'];

/** An evaluation starts by itself when it falls due (evaluation.rules.ts, nextEvaluationDue). */
export const EVALUATION_DUE = 'policy.evaluationDue';
const evaluationKey = (policyId: number) => `policy.${policyId}.evaluationDue`;

/** The day the policy's next evaluation falls due, or null (nothing in force, or retired). */
export async function nextDueOf(
  tx: Tx,
  policy: { id: number; state: string; evaluation_months: number },
  today: string,
): Promise<string | null> {
  if (policy.state === 'retired') return null;
  const inForce = versionInForce(await policies.listVersions(tx, policy.id), today, false);
  return nextEvaluationDue({
    inForceSince: inForce?.effective_from ?? null,
    lastStartedOn: await repo.lastStartedOn(tx, policy.id),
    months: policy.evaluation_months,
  });
}

/**
 * Sets the day the policy's next evaluation starts by itself (08:00 on the government's clock),
 * or cancels it when nothing is in force: after every step, so a revision in force, an evaluation
 * started by hand or a changed interval moves it.
 */
export async function scheduleEvaluation(
  tx: Tx,
  schedules: Scheduler,
  tenantId: number,
  policy: { id: number; state: PolicyState; evaluation_months: number },
  today: string,
) {
  const due = await nextDueOf(tx, policy, today);
  if (due === null) {
    await schedules.cancel(tx, evaluationKey(policy.id));
    return;
  }
  await schedules.at(tx, tenantId, {
    key: evaluationKey(policy.id),
    kind: EVALUATION_DUE,
    input: { policyId: policy.id },
    local: `${due}T08:00`,
  });
}

/** Starts an evaluation of the version in force, looking back to the previous one (the row lock held). */
export async function startEvaluation(
  tx: Tx,
  tenantId: number,
  policyId: number,
  by: number | null,
  now: Date,
): Promise<number> {
  const today = await tenantToday(tx, now);
  const inForce = versionInForce(await policies.listVersions(tx, policyId), today, false);
  if (!inForce?.effective_from) throw new ProblemError(409, 'policy.evaluationNoVersionInForce');
  const period = evaluationPeriod({
    inForceSince: inForce.effective_from,
    previousStartedOn: await repo.lastStartedOn(tx, policyId),
    startedOn: today,
  });
  await repo.insertEvaluation(tx, tenantId, {
    policyId,
    versionId: inForce.id,
    ...period,
    at: now,
    by,
  });
  return inForce.id;
}

/**
 * The leader's decision on the evaluation under way: after the evaluators' recommendation, with a
 * note when it goes another way. Freezes the report as compiled now, in both languages.
 */
export async function decideEvaluation(
  tx: Tx,
  sources: IndicatorSources,
  policyId: number,
  decision: { value: EvaluationDecision; note: string | null; by: number | null; at: Date },
): Promise<void> {
  const open = await repo.openEvaluation(tx, policyId);
  if (!open) throw new ProblemError(409, 'policy.evaluationNone');
  if (open.recommendation === null) throw new ProblemError(409, 'policy.evaluationNoRecommendation');
  if (decisionFor(open.recommendation) !== decision.value && !decision.note?.trim()) {
    throw new ProblemError(400, 'policy.evaluationNoteRequired', {
      recommendation: message(`policy.recommendation.${open.recommendation}`),
    });
  }
  const report = {} as Record<Locale, EvaluationReport>;
  for (const locale of LOCALES) report[locale] = await compileReport(tx, sources, open, locale, decision.at);
  await repo.recordDecision(tx, open.id, { ...decision, report });
}

/** The report as Jenjang compiles it now from the government's own data. */
async function compileReport(
  tx: Tx,
  sources: IndicatorSources,
  evaluation: repo.EvaluationRow,
  locale: Locale,
  now: Date,
): Promise<EvaluationReport> {
  const policy = await policies.findPolicy(tx, evaluation.policy_id);
  const zone = await tenantZone(tx);
  const inPeriod = (at: Date) => {
    const day = calendarDateIn(at, zone);
    return day >= evaluation.period_from && day <= evaluation.period_to;
  };
  const surveyIds = await policies.policySurveyIds(tx, evaluation.policy_id);
  const titles = await surveyTitles(tx, surveyIds);
  const surveys = [];
  for (const surveyId of surveyIds) {
    const series = await waveSeries(tx, surveyId, { kind: 'responseRate' });
    surveys.push({
      surveyId,
      title: titles.get(surveyId) ?? '',
      waves: series
        .filter((point) => point.opensAt.getTime() <= now.getTime())
        .map((point) => ({
          waveId: point.waveId,
          label: point.label,
          closesAt: point.closesAt.toISOString(),
          inPeriod: inPeriod(point.closesAt),
          responses: point.responses,
          responseRate: point.value,
        })),
    });
  }
  const from = startOfDayIn(evaluation.period_from, zone) ?? evaluation.started_at;
  const consulted = await repo.consultationInPeriod(tx, evaluation.policy_id, from, evaluation.started_at);
  const count = (test: (row: (typeof consulted.input)[number]) => boolean) =>
    consulted.input.filter(test).reduce((sum, row) => sum + row.count, 0);
  return {
    policyTitle: policy?.title ?? '',
    version: {
      id: evaluation.version_id,
      number: evaluation.version_number,
      effectiveFrom: evaluation.effective_from ?? evaluation.period_from,
    },
    indicators: await indicatorViews(tx, sources, evaluation.policy_id, locale, now),
    surveys,
    consultation: {
      rounds: consulted.rounds,
      comments: count((row) => row.kind === 'comment'),
      proposals: count((row) => row.kind === 'proposal'),
      responses: {
        accepted: count((row) => row.response === 'accepted'),
        partial: count((row) => row.response === 'partial'),
        rejected: count((row) => row.response === 'rejected'),
        unanswered: count((row) => row.response === null),
      },
    },
    compiledAt: now.toISOString(),
  };
}

function summaryOf(row: repo.EvaluationRow): EvaluationSummary {
  return {
    id: row.id,
    versionNumber: row.version_number,
    period: { from: row.period_from, to: row.period_to },
    startedAt: row.started_at.toISOString(),
    startedBy: row.started_by_name,
    findings: row.finding_count,
    recommendation: row.recommendation,
    decision: row.decision,
    decidedAt: row.decided_at?.toISOString() ?? null,
  };
}

/** Evaluations are the reviewers' reading: the policy must be readable to them too. */
async function reviewedPolicy(tx: Tx, actor: Actor, policyId: number) {
  authorise(actor, 'policy.review');
  return readablePolicy(tx, actor, policyId);
}

export function listEvaluations(db: Db, actor: Actor, policyId: number, now: Date): Promise<EvaluationList> {
  return withTenant(db, actor.tenantId, async (tx) => {
    const policy = await reviewedPolicy(tx, actor, policyId);
    const rows = await repo.listEvaluations(tx, policyId);
    return {
      items: rows.map(summaryOf),
      months: policy.evaluation_months,
      nextDue: await nextDueOf(tx, policy, await tenantToday(tx, now)),
    };
  });
}

export function getEvaluation(
  db: Db,
  sources: IndicatorSources,
  actor: Actor,
  ids: { policyId: number; evaluationId: number },
  locale: Locale,
  now: Date,
): Promise<EvaluationDetail> {
  return withTenant(db, actor.tenantId, (tx) => evaluationDetail(tx, sources, actor, ids, locale, now));
}

/** The evaluation as a PDF (evaluation-document.ts), for whoever may read the evaluation, with its file name. */
export function getEvaluationPdf(
  db: Db,
  sources: IndicatorSources,
  actor: Actor,
  ids: { policyId: number; evaluationId: number },
  locale: Locale,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const detail = await evaluationDetail(tx, sources, actor, ids, locale, now);
    const government = await policies.findGovernment(tx);
    const bytes = await evaluationPdf(
      { detail, government: { name: government?.name ?? '', timeZone: await tenantZone(tx) } },
      locale,
      now,
    );
    const words = translate(locale, 'policy.evaluationPdf.fileName', {
      policy: detail.report.policyTitle,
      from: detail.period.to,
    });
    return { bytes, name: fileName(words, 'pdf') };
  });
}

async function evaluationDetail(
  tx: Tx,
  sources: IndicatorSources,
  actor: Actor,
  ids: { policyId: number; evaluationId: number },
  locale: Locale,
  now: Date,
): Promise<EvaluationDetail> {
  const policy = await reviewedPolicy(tx, actor, ids.policyId);
  const row = await repo.findEvaluation(tx, ids.policyId, ids.evaluationId);
  if (!row) throw notFound();
  const findings = await repo.findingsOf(tx, row.id);
  const uses = await provisions.changesCiting(
    tx,
    'finding_id',
    findings.map((f) => f.id),
  );
  const open = row.decided_at === null && policy.state === 'under_evaluation';
  const frozen = row.report as Record<Locale, EvaluationReport> | null;
  return {
    ...summaryOf(row),
    policyId: ids.policyId,
    report: frozen?.[locale] ?? (await compileReport(tx, sources, row, locale, now)),
    findings: findings.map((f) => ({
      id: f.id,
      body: f.body,
      by: f.by_name,
      at: f.created_at.toISOString(),
      uses: uses
        .filter((use) => use.cited_id === f.id)
        .map((use) => ({
          versionId: use.version_id,
          versionNumber: use.version_number,
          label: use.label,
          removed: use.removed,
        })),
    })),
    recommendationDetail:
      row.recommendation_reason === null || row.recommended_at === null
        ? null
        : {
            reason: row.recommendation_reason,
            by: row.recommended_by_name,
            at: row.recommended_at.toISOString(),
          },
    decisionDetail:
      row.decided_at === null
        ? null
        : { note: row.decision_note, by: row.decided_by_name, at: row.decided_at.toISOString() },
    canAddFinding: open,
    canRecommend: open && mayDo(actor, 'policy.manage'),
    canDecide: open && row.recommendation !== null && mayDo(actor, 'policy.approve'),
  };
}

/** The evaluation under way, under the policy's row lock; refused once decided. */
async function evaluationUnderWay(tx: Tx, policyId: number, evaluationId: number) {
  const policy = await policies.lockPolicy(tx, policyId);
  if (!policy) throw notFound();
  const row = await repo.findEvaluation(tx, policyId, evaluationId);
  if (!row) throw notFound();
  if (row.decided_at !== null || policy.state !== 'under_evaluation') {
    throw new ProblemError(409, 'policy.evaluationClosed');
  }
  return row;
}

export function addFinding(
  db: Db,
  sources: IndicatorSources,
  actor: Actor,
  ids: { policyId: number; evaluationId: number },
  body: AddFindingBody,
  locale: Locale,
  now: Date,
): Promise<EvaluationDetail> {
  return withTenant(db, actor.tenantId, async (tx) => {
    await reviewedPolicy(tx, actor, ids.policyId);
    const row = await evaluationUnderWay(tx, ids.policyId, ids.evaluationId);
    const findingId = await repo.insertFinding(tx, actor.tenantId, {
      evaluationId: row.id,
      body: body.body,
      by: actor.accountId,
      at: now,
    });
    await publish(tx, actor.tenantId, {
      type: 'policy.evaluation.finding.added',
      actorAccountId: actor.accountId,
      payload: { policyId: ids.policyId, evaluationId: row.id, findingId },
    });
    return evaluationDetail(tx, sources, actor, ids, locale, now);
  });
}

export function recommend(
  db: Db,
  sources: IndicatorSources,
  actor: Actor,
  ids: { policyId: number; evaluationId: number },
  body: RecommendBody,
  locale: Locale,
  now: Date,
): Promise<EvaluationDetail> {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    await reviewedPolicy(tx, actor, ids.policyId);
    const row = await evaluationUnderWay(tx, ids.policyId, ids.evaluationId);
    await repo.recordRecommendation(tx, row.id, {
      value: body.recommendation,
      reason: body.reason,
      by: actor.accountId,
      at: now,
    });
    await publish(tx, actor.tenantId, {
      type: 'policy.evaluation.recommended',
      actorAccountId: actor.accountId,
      payload: { policyId: ids.policyId, evaluationId: row.id, recommendation: body.recommendation },
    });
    return evaluationDetail(tx, sources, actor, ids, locale, now);
  });
}
