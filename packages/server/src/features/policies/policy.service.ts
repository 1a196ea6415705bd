import { EVALUATION_MONTHS, nextEvaluationDue } from '@jenjang/domain/policies/evaluation.rules';
import type {
  CreatePolicyBody,
  PolicyDetail,
  UpdatePolicyBody,
} from '@jenjang/domain/policies/policy.contract';
import {
  availableTransitions,
  TRANSITION_PERMISSION,
  textEditable,
} from '@jenjang/domain/policies/policy-lifecycle.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import type { Scheduler } from '../../platform/jobs/schedule';
import { openUnitPath } from '../organisation/unit-placement';
import { surveyTitles } from '../surveys/surveys/survey-references';
import * as evaluations from './evaluation.repository';
import { nextDueOf, scheduleEvaluation } from './evaluation.service';
import { evidenceSources } from './evidence';
import * as repo from './policy.repository';
import {
  authorise,
  consultedVersions,
  invitedGroups,
  mayDo,
  mayPublish,
  readablePolicy,
  versionVisible,
} from './policy-access';
import { changedProvisions, toVersionSummary, versionInForce } from './policy-views';
import * as provisions from './provision.repository';

export async function listPolicies(db: Db, actor: Actor, now: Date) {
  authorise(actor, 'policy.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const today = await tenantToday(tx, now);
    const rows = await repo.listPolicies(
      tx,
      today,
      mayDo(actor, 'policy.review') ? null : invitedGroups(actor),
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        title: row.title,
        area: row.area,
        state: row.state,
        ownerUnitName: row.owner_unit_name,
        inForce: row.in_force
          ? { number: row.in_force.number, effectiveFrom: row.in_force.effective_from }
          : null,
        nextEvaluationDue: nextEvaluationDue({
          inForceSince: row.in_force?.effective_from ?? null,
          lastStartedOn: row.last_evaluation_on,
          months: row.evaluation_months,
        }),
        updatedAt: row.updated_at.toISOString(),
      })),
    };
  });
}

/** The versions this reader may see, newest first, each with its count of changed provisions. */
export async function visibleVersions(
  tx: Tx,
  actor: Actor,
  policyId: number,
  today: string,
  retired: boolean,
) {
  const consulted = await consultedVersions(tx, actor, policyId);
  return versionSummaries(
    tx,
    policyId,
    today,
    retired,
    (row) => versionVisible(actor, row.status) || consulted.has(row.id),
  );
}

/** The versions `keep` lets through, newest first, each with its count of changed provisions. */
export async function versionSummaries(
  tx: Tx,
  policyId: number,
  today: string,
  retired: boolean,
  keep: (row: { id: number; status: string }) => boolean,
) {
  const rows = await repo.listVersions(tx, policyId);
  const texts = await provisions.textsOf(
    tx,
    rows.map((row) => row.id),
  );
  const lineage = await provisions.lineageOf(tx, policyId);
  const inForce = versionInForce(rows, today, retired);
  return rows.filter(keep).map((row) => {
    const base = row.based_on_id === null ? undefined : texts.get(row.based_on_id);
    const changes = changedProvisions(base, texts.get(row.id) ?? [], lineage);
    return toVersionSummary(row, inForce?.id, changes.length);
  });
}

export function getPolicy(db: Db, actor: Actor, id: number, now: Date) {
  return withTenant(db, actor.tenantId, (tx) => policyDetail(tx, actor, id, now));
}

export async function policyDetail(tx: Tx, actor: Actor, id: number, now: Date): Promise<PolicyDetail> {
  const policy = await readablePolicy(tx, actor, id);
  const today = await tenantToday(tx, now);
  const versions = await visibleVersions(tx, actor, id, today, policy.state === 'retired');
  const surveyIds = await repo.policySurveyIds(tx, id);
  const titles = await surveyTitles(tx, surveyIds);
  const review = mayDo(actor, 'policy.review');
  const history = review ? await repo.listTransitions(tx, id) : [];
  const hasAdopted = versions.some((v) => v.status === 'adopted');
  return {
    id: policy.id,
    title: policy.title,
    area: policy.area,
    state: policy.state,
    purpose: policy.purpose,
    principles: policy.principles,
    legalBasis: policy.legal_basis,
    ownerUnit:
      policy.owner_unit_id === null ? null : { id: policy.owner_unit_id, name: policy.owner_unit_name ?? '' },
    surveys: surveyIds.map((surveyId) => ({ id: surveyId, title: titles.get(surveyId) ?? '' })),
    versions,
    history: history.map((entry) => ({
      transition: entry.transition as PolicyDetail['history'][number]['transition'],
      from: entry.from_state as PolicyDetail['state'],
      to: entry.to_state as PolicyDetail['state'],
      at: entry.at.toISOString(),
      by: entry.by_name,
      note: entry.note,
      versionNumber: entry.version_number,
    })),
    transitions: availableTransitions(policy.state, { hasVersionInForce: hasAdopted }).filter((transition) =>
      mayDo(actor, TRANSITION_PERMISSION[transition]),
    ),
    canEdit: textEditable(policy.state) && mayDo(actor, 'policy.manage'),
    evaluation: {
      months: policy.evaluation_months,
      nextDue: await nextDueOf(tx, policy, today),
      openId: review ? ((await evaluations.openEvaluation(tx, id))?.id ?? null) : null,
    },
    publicSince: policy.public_since?.toISOString() ?? null,
    publicPage: policy.public_since === null ? null : await publicPage(tx),
    canPublish: mayPublish(actor, policy, hasAdopted),
    updatedAt: policy.updated_at.toISOString(),
  };
}

/** The address of the government's transparency page, where its published policies are. */
async function publicPage(tx: Tx): Promise<string> {
  return `/kebijakan/${(await repo.findGovernment(tx))?.slug ?? ''}`;
}

/** Checks the owner unit (open, of this government) and the surveys (of this government). */
async function checkReferences(tx: Tx, body: UpdatePolicyBody, now: Date) {
  if (body.ownerUnitId !== undefined && body.ownerUnitId !== null) {
    await openUnitPath(tx, body.ownerUnitId, 'policy.unknownUnit', now);
  }
  if (body.surveyIds !== undefined) {
    const titles = await surveyTitles(tx, body.surveyIds);
    if (titles.size !== new Set(body.surveyIds).size) throw new ProblemError(400, 'policy.unknownSurvey');
  }
}

/** A new policy with its first (empty) draft. */
export async function createPolicy(db: Db, actor: Actor, body: CreatePolicyBody, now: Date) {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    await checkReferences(tx, body, now);
    const id = await repo.insertPolicy(
      tx,
      actor.tenantId,
      { ...body, evaluationMonths: body.evaluationMonths ?? EVALUATION_MONTHS.default },
      actor.accountId,
    );
    await repo.setPolicySurveys(tx, actor.tenantId, id, [...new Set(body.surveyIds)]);
    await repo.insertVersion(tx, actor.tenantId, id, null);
    await publish(tx, actor.tenantId, {
      type: 'policy.created',
      actorAccountId: actor.accountId,
      payload: { policyId: id, title: body.title, area: body.area },
    });
    return policyDetail(tx, actor, id, now);
  });
}

/** Changes what the policy is (title, purpose, principles, owner, legal basis, surveys); not while retired. */
export async function updatePolicy(
  db: Db,
  schedules: Scheduler,
  actor: Actor,
  id: number,
  body: UpdatePolicyBody,
  now: Date,
) {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    const policy = await repo.lockPolicy(tx, id);
    if (!policy) throw notFound();
    if (policy.state === 'retired') throw new ProblemError(409, 'policy.retired');
    await checkReferences(tx, body, now);
    const { surveyIds, ...fields } = body;
    const changes: Record<string, unknown> = { ...fields };
    await repo.updatePolicy(tx, id, fields);
    if (body.evaluationMonths !== undefined) {
      // Another interval moves the next evaluation.
      await scheduleEvaluation(
        tx,
        schedules,
        actor.tenantId,
        { ...policy, evaluation_months: body.evaluationMonths },
        await tenantToday(tx, now),
      );
    }
    if (surveyIds !== undefined) {
      await repo.setPolicySurveys(tx, actor.tenantId, id, [...new Set(surveyIds)]);
      changes.surveyIds = surveyIds;
    }
    await publish(tx, actor.tenantId, {
      type: 'policy.updated',
      actorAccountId: actor.accountId,
      payload: { policyId: id, changes },
    });
    return policyDetail(tx, actor, id, now);
  });
}

/** What a change of this policy's draft may cite (its drafters only). */
export async function getEvidenceSources(db: Db, actor: Actor, id: number, locale: 'id' | 'en') {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    if (!(await repo.findPolicy(tx, id))) throw notFound();
    const { surveys } = await evidenceSources(tx, new Set(await repo.policySurveyIds(tx, id)), locale);
    const findings = await evaluations.findingsOfPolicy(tx, id);
    return {
      surveys,
      findings: findings.map((f) => ({
        id: f.id,
        evaluationId: f.evaluation_id,
        body: f.body,
        from: f.period_from,
        to: f.period_to,
      })),
    };
  });
}
