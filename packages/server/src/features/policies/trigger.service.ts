import { IndicatorSourceParams } from '@jenjang/domain/policies/indicator.contract';
import type { CreateTriggerBody, RevisionProposalView } from '@jenjang/domain/policies/trigger.contract';
import { TriggerRule } from '@jenjang/domain/policies/trigger.contract';
import { firings } from '@jenjang/domain/policies/trigger.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import type { Scheduler } from '../../platform/jobs/schedule';
import * as evaluations from './evaluation.repository';
import type { IndicatorSources } from './indicator-sources';
import * as policies from './policy.repository';
import { authorise, mayDo, readablePolicy } from './policy-access';
import { type LifecycleDeps, takeStep } from './policy-lifecycle.service';
import * as repo from './trigger.repository';

// Triggers on a policy's indicators (domain/policies/trigger.rules.ts). A check measures every
// watched indicator and opens a revision proposal for each final measurement that breaks a rule
// and has none yet; the unique key (trigger, measured moment) makes it open once, however many
// checks run at once. Checks run when a survey wave closes (trigger.subscriber.ts), every morning
// per government (CHECK_TRIGGERS), and when an admin asks. A proposal is accepted (it starts the
// policy's evaluation, or joins the one under way) or dismissed with a reason.

/** The daily check of a government's triggers, at 06:00 on its clock. */
export const CHECK_TRIGGERS = 'policy.checkTriggers';
const DAILY_KEY = 'policy.triggers.daily';

export function registerTriggerSchedules(schedules: Scheduler, sources: IndicatorSources): void {
  schedules.define(CHECK_TRIGGERS, z.object({}), ({ db, tenantId, clock }) =>
    withTenant(db, tenantId, async (tx) => {
      await checkTriggers(tx, sources, tenantId, { policyId: null, by: null, now: clock.now() });
    }),
  );
}

/**
 * Checks the triggers in service of one policy, or (null) of every policy not retired, and opens
 * the proposals due; how many it opened. Measurements are read in the caller's transaction.
 */
export async function checkTriggers(
  tx: Tx,
  sources: IndicatorSources,
  tenantId: number,
  check: { policyId: number | null; by: number | null; now: Date },
): Promise<number> {
  let opened = 0;
  const measured = new Map<number, Awaited<ReturnType<ReturnType<IndicatorSources['of']>['measure']>>>();
  for (const trigger of await repo.activeTriggers(tx, check.policyId)) {
    const indicatorId = trigger.indicator_id!;
    let points = measured.get(indicatorId);
    if (!points) {
      const params = IndicatorSourceParams.parse(trigger.params);
      points = await sources
        .of(params)
        .measure(tx, params, 'id', { id: indicatorId, policyId: trigger.policy_id });
      measured.set(indicatorId, points);
    }
    const rule = TriggerRule.parse(trigger.rule);
    // A measurement stands for its wave's close (an early close moves it to that moment): one
    // standing for a later moment is not in yet, as the demo's stories, told back in time, need.
    const measuredBy = points.filter((p) => p.at.getTime() <= check.now.getTime());
    const fired = firings(
      rule,
      trigger,
      measuredBy.map((p) => ({ ...p, at: p.at.toISOString() })),
    );
    for (const firing of fired) {
      const proposalId = await repo.insertProposal(tx, tenantId, {
        policyId: trigger.policy_id,
        triggerId: trigger.id,
        indicatorId,
        indicatorName: trigger.indicator_name,
        rule,
        pointAt: new Date(firing.at),
        pointLabel: firing.label,
        value: firing.value,
        previous: firing.previous,
        at: check.now,
      });
      if (proposalId === undefined) continue;
      opened += 1;
      await publish(tx, tenantId, {
        type: 'policy.trigger.fired',
        actorAccountId: check.by,
        payload: {
          policyId: trigger.policy_id,
          title: trigger.title,
          triggerId: trigger.id,
          proposalId,
          indicatorName: trigger.indicator_name,
          pointLabel: firing.label,
          value: firing.value,
        },
      });
    }
  }
  return opened;
}

async function managedPolicy(tx: Tx, actor: Actor, policyId: number) {
  authorise(actor, 'policy.manage');
  const policy = await policies.lockPolicy(tx, policyId);
  if (!policy) throw notFound();
  return policy;
}

/**
 * The policy's triggers and proposals, for everyone who reads the policy: they are drawn from the
 * indicator values every reader already sees, and tell staff (the owner unit's leaders among them,
 * whom the bell tells) that the policy is being reconsidered and why. Who decided a proposal is
 * named to its reviewers only, as the policy's history is.
 */
export function listTriggers(db: Db, actor: Actor, policyId: number) {
  return withTenant(db, actor.tenantId, async (tx) => {
    await readablePolicy(tx, actor, policyId);
    return listOf(tx, policyId, mayDo(actor, 'policy.review'));
  });
}

async function listOf(tx: Tx, policyId: number, namesDeciders = true) {
  const triggers = (await repo.activeTriggers(tx, policyId)).map((t) => ({
    id: t.id,
    indicatorId: t.indicator_id!,
    indicatorName: t.indicator_name,
    rule: TriggerRule.parse(t.rule),
    createdAt: new Date(t.created_at).toISOString(),
  }));
  const proposals = (await repo.listProposals(tx, policyId)).map(
    (r): RevisionProposalView => ({
      id: r.id,
      triggerId: r.trigger_id,
      indicatorId: r.indicator_id,
      indicatorName: r.indicator_name,
      rule: TriggerRule.parse(r.rule),
      pointAt: new Date(r.point_at).toISOString(),
      pointLabel: r.point_label,
      value: r.value,
      previous: r.previous,
      state: r.state,
      note: r.note,
      evaluationId: r.evaluation_id,
      createdAt: new Date(r.created_at).toISOString(),
      decidedAt: r.decided_at === null ? null : new Date(r.decided_at).toISOString(),
      decidedBy: namesDeciders ? r.decided_by_name : null,
    }),
  );
  return { triggers, proposals };
}

/**
 * A new trigger on one of the policy's own indicators, checked at once against the measurements
 * already final; the government's daily check is set up with its first trigger.
 */
export function addTrigger(
  db: Db,
  deps: LifecycleDeps,
  actor: Actor,
  policyId: number,
  body: CreateTriggerBody,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const policy = await managedPolicy(tx, actor, policyId);
    if (policy.state === 'retired') throw new ProblemError(409, 'policy.retired');
    const indicator = await repo.findIndicator(tx, body.indicatorId);
    if (!indicator) throw notFound();
    if (indicator.policy_id !== policyId) {
      throw new ProblemError(400, 'policy.triggerForeignIndicator', { indicator: indicator.name });
    }
    const triggerId = await repo.insertTrigger(tx, actor.tenantId, {
      policyId,
      indicatorId: indicator.id,
      rule: body.rule,
      by: actor.accountId,
      at: now,
    });
    await publish(tx, actor.tenantId, {
      type: 'policy.trigger.added',
      actorAccountId: actor.accountId,
      payload: { policyId, triggerId, indicatorId: indicator.id, kind: body.rule.kind },
    });
    await deps.schedules.every(tx, actor.tenantId, {
      key: DAILY_KEY,
      kind: CHECK_TRIGGERS,
      input: {},
      first: `${await tenantToday(tx, now)}T06:00`,
      repeat: { unit: 'day', count: 1 },
    });
    await checkTriggers(tx, deps.sources, actor.tenantId, { policyId, by: actor.accountId, now });
    return listOf(tx, policyId);
  });
}

export function removeTrigger(db: Db, actor: Actor, policyId: number, triggerId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    await managedPolicy(tx, actor, policyId);
    if (!(await repo.removeTrigger(tx, policyId, triggerId, now))) throw notFound();
    await publish(tx, actor.tenantId, {
      type: 'policy.trigger.removed',
      actorAccountId: actor.accountId,
      payload: { policyId, triggerId },
    });
  });
}

/** An admin's "check now": the policy's triggers against the measurements final now. */
export function checkNow(db: Db, sources: IndicatorSources, actor: Actor, policyId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const policy = await managedPolicy(tx, actor, policyId);
    // A retired policy is judged no more: its triggers stay silent, as in the morning's check.
    if (policy.state === 'retired') return { opened: 0 };
    const opened = await checkTriggers(tx, sources, actor.tenantId, { policyId, by: actor.accountId, now });
    return { opened };
  });
}

async function openProposal(tx: Tx, policyId: number, proposalId: number) {
  const proposal = await repo.lockProposal(tx, policyId, proposalId);
  if (!proposal) throw notFound();
  if (proposal.state !== 'open') throw new ProblemError(409, 'policy.proposalDecided');
  return proposal;
}

export function dismissProposal(
  db: Db,
  actor: Actor,
  ids: { policyId: number; proposalId: number },
  reason: string,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    await managedPolicy(tx, actor, ids.policyId);
    await openProposal(tx, ids.policyId, ids.proposalId);
    await repo.decideProposal(tx, ids.proposalId, {
      state: 'dismissed',
      note: reason,
      evaluationId: null,
      by: actor.accountId,
      at: now,
    });
    await publish(tx, actor.tenantId, {
      type: 'policy.proposal.dismissed',
      actorAccountId: actor.accountId,
      payload: { ...ids, reason },
    });
    return listOf(tx, ids.policyId);
  });
}

/**
 * Accepts a proposal: a policy in force goes under evaluation (the step an admin takes by hand),
 * one under evaluation links the evaluation under way; otherwise (a revision already being drafted)
 * the acceptance is recorded alone.
 */
export function acceptProposal(
  db: Db,
  deps: LifecycleDeps,
  actor: Actor,
  ids: { policyId: number; proposalId: number },
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const policy = await managedPolicy(tx, actor, ids.policyId);
    await openProposal(tx, ids.policyId, ids.proposalId);
    if (policy.state === 'in_force') {
      await takeStep(
        tx,
        deps,
        actor.tenantId,
        ids.policyId,
        { transition: 'startEvaluation' },
        actor.accountId,
        now,
      );
    }
    const evaluationId = (await evaluations.openEvaluation(tx, ids.policyId))?.id ?? null;
    await repo.decideProposal(tx, ids.proposalId, {
      state: 'accepted',
      note: null,
      evaluationId,
      by: actor.accountId,
      at: now,
    });
    await publish(tx, actor.tenantId, {
      type: 'policy.proposal.accepted',
      actorAccountId: actor.accountId,
      payload: { ...ids, evaluationId },
    });
    return listOf(tx, ids.policyId);
  });
}
