import type { TransitionBody } from '@jenjang/domain/policies/policy.contract';
import {
  nextState,
  opensRevision,
  type PolicyState,
  TRANSITION_PERMISSION,
} from '@jenjang/domain/policies/policy-lifecycle.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import { compareCalendarDates } from '@jenjang/domain/shared/calendar-date';
import { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import { message } from '../../i18n/translate';
import type { Scheduler } from '../../platform/jobs/schedule';
import { checkNoOpenItems, closeRound, openRound } from './consultation.service';
import {
  decideEvaluation,
  EVALUATION_DUE,
  nextDueOf,
  scheduleEvaluation,
  startEvaluation,
} from './evaluation.service';
import type { IndicatorSources } from './indicator-sources';
import * as repo from './policy.repository';
import { policyDetail } from './policy.service';
import { authorise } from './policy-access';
import { changedProvisions } from './policy-views';
import * as provisions from './provision.repository';
import { registerTriggerSchedules } from './trigger.service';

// Each step of a policy's life (policy-lifecycle.rules.ts), taken under the policy's row lock:
// who may take it (TRANSITION_PERMISSION), whether it is a step from the state, what it does to
// the versions (adoption freezes the draft; a revision starts a new draft from the text in force),
// its entry in the policy's history and its event (audited).

/** A version adopted for a later day enters into force on that day, at midnight on the government's clock. */
export const ENTER_INTO_FORCE = 'policy.enterIntoForce';
const enterKey = (policyId: number) => `policy.${policyId}.enterIntoForce`;

/** What the lifecycle needs beyond the database: the schedule, and the indicator sources an evaluation's report reads. */
export interface LifecycleDeps {
  schedules: Scheduler;
  sources: IndicatorSources;
  /** k for a consultation round's anonymous input (SURVEY_MIN_GROUP_SIZE); 5 unless given. */
  minGroupSize?: number;
}

export async function transitionPolicy(
  db: Db,
  deps: LifecycleDeps,
  actor: Actor,
  id: number,
  body: TransitionBody,
  now: Date,
) {
  authorise(actor, TRANSITION_PERMISSION[body.transition]);
  return withTenant(db, actor.tenantId, async (tx) => {
    await takeStep(tx, deps, actor.tenantId, id, body, actor.accountId, now);
    return policyDetail(tx, actor, id, now);
  });
}

export function registerPolicySchedules(deps: LifecycleDeps): void {
  const { schedules } = deps;
  schedules.define(
    ENTER_INTO_FORCE,
    z.object({ policyId: z.number().int() }),
    ({ db, tenantId, input, clock }) =>
      withTenant(db, tenantId, async (tx) => {
        const policy = await repo.findPolicy(tx, input.policyId);
        // Retired, or brought into force by hand in the meantime: nothing left to do.
        if (policy?.state !== 'adopted') return;
        await takeStep(
          tx,
          deps,
          tenantId,
          input.policyId,
          { transition: 'enterIntoForce' },
          null,
          clock.now(),
        );
      }),
  );
  schedules.define(
    EVALUATION_DUE,
    z.object({ policyId: z.number().int() }),
    ({ db, tenantId, input, clock }) =>
      withTenant(db, tenantId, async (tx) => {
        const policy = await repo.lockPolicy(tx, input.policyId);
        const now = clock.now();
        // Not in force now (under revision, retired): the next step that brings it back sets the date again.
        if (policy?.state !== 'in_force') return;
        const due = await nextDueOf(tx, policy, await tenantToday(tx, now));
        if (due === null || compareCalendarDates(due, await tenantToday(tx, now)) > 0) return;
        await takeStep(tx, deps, tenantId, input.policyId, { transition: 'startEvaluation' }, null, now);
      }),
  );
  registerTriggerSchedules(schedules, deps.sources);
}

/** One step, by an account or (null) by the schedule. */
export async function takeStep(
  tx: Tx,
  deps: LifecycleDeps,
  tenantId: number,
  id: number,
  body: TransitionBody,
  by: number | null,
  now: Date,
) {
  const policy = await repo.lockPolicy(tx, id);
  if (!policy) throw notFound();
  const today = await tenantToday(tx, now);
  const effectiveFrom = checkEffectiveDate(body, today);
  const adopted = await repo.latestAdopted(tx, id);
  const to = nextState(policy.state, body.transition, {
    hasVersionInForce: adopted !== undefined,
    effectiveNow: compareCalendarDates(effectiveFrom, today) <= 0,
  });
  if (!to) {
    throw new ProblemError(409, 'policy.transitionNotAllowed', {
      transition: message(`policyTransition.${body.transition}`),
      state: message(`policyState.${policy.state}`),
    });
  }
  const versionId = await changeVersions(tx, deps, {
    tenantId,
    policy,
    to,
    body,
    adopted,
    today,
    effectiveFrom,
    by,
    now,
  });
  await repo.setState(tx, id, to);
  await scheduleEvaluation(tx, deps.schedules, tenantId, { ...policy, state: to }, today);
  await repo.insertTransition(tx, tenantId, {
    policyId: id,
    transition: body.transition,
    from: policy.state,
    to,
    versionId,
    accountId: by,
    note: body.note ?? null,
    at: now,
  });
  await publish(tx, tenantId, {
    type: 'policy.transitioned',
    actorAccountId: by,
    payload: {
      policyId: id,
      title: policy.title,
      transition: body.transition,
      from: policy.state,
      to,
      versionId,
    },
  });
}

function checkEffectiveDate(body: TransitionBody, today: string): string {
  if (body.effectiveFrom === undefined) return today;
  if (body.transition !== 'adopt') throw new ProblemError(400, 'policy.effectiveOnlyForAdoption');
  if (compareCalendarDates(body.effectiveFrom, today) < 0) {
    throw new ProblemError(400, 'policy.effectiveInPast', { date: body.effectiveFrom });
  }
  return body.effectiveFrom;
}

interface Step {
  tenantId: number;
  policy: { id: number; state: PolicyState; evaluation_months: number };
  to: PolicyState;
  body: TransitionBody;
  adopted: { id: number } | undefined;
  today: string;
  effectiveFrom: string;
  by: number | null;
  now: Date;
}

/** What the step does to the versions (and evaluations); the version it concerns. */
async function changeVersions(tx: Tx, deps: LifecycleDeps, step: Step): Promise<number | null> {
  const { policy, body } = step;
  const { schedules } = deps;
  const draft = await repo.findDraft(tx, policy.id);
  switch (body.transition) {
    case 'openConsultation':
      if (!draft || (await provisions.textsOf(tx, [draft.id])).get(draft.id)?.length === 0) {
        throw new ProblemError(409, 'policy.emptyText');
      }
      await openRound(tx, step.tenantId, {
        policyId: policy.id,
        versionId: draft.id,
        body: body.consultation,
        by: step.by,
        now: step.now,
        minGroupSize: deps.minGroupSize ?? 5,
      });
      return draft.id;
    case 'closeConsultation':
      await closeRound(tx, policy.id, step.now);
      return draft?.id ?? null;
    case 'adopt': {
      if (!draft) throw new ProblemError(409, 'policy.emptyText');
      await checkAdoptable(tx, policy.id, draft);
      await checkNoOpenItems(tx, draft.id, step.now);
      await repo.adoptVersion(tx, draft.id, {
        adoptedOn: step.today,
        effectiveFrom: step.effectiveFrom,
        by: step.by,
      });
      if (step.to === 'adopted') {
        await schedules.at(tx, step.tenantId, {
          key: enterKey(policy.id),
          kind: ENTER_INTO_FORCE,
          input: { policyId: policy.id },
          local: `${step.effectiveFrom}T00:00`,
        });
      }
      return draft.id;
    }
    case 'enterIntoForce':
      await schedules.cancel(tx, enterKey(policy.id));
      return step.adopted?.id ?? null;
    case 'retire':
      await schedules.cancel(tx, enterKey(policy.id));
      await closeRound(tx, policy.id, step.now);
      if (draft) await repo.discardVersion(tx, draft.id);
      return null;
    case 'startEvaluation':
      return startEvaluation(tx, step.tenantId, policy.id, step.by, step.now);
    case 'keep':
    case 'revise':
      await decideEvaluation(tx, deps.sources, policy.id, {
        value: body.transition,
        note: body.note ?? null,
        by: step.by,
        at: step.now,
      });
      return body.transition === 'revise' ? startRevision(tx, step) : (step.adopted?.id ?? null);
    case 'discardRevision':
      if (draft) await repo.discardVersion(tx, draft.id);
      return draft?.id ?? null;
    default:
      if (opensRevision(body.transition)) return startRevision(tx, step);
      return step.adopted?.id ?? null;
  }
}

/** A new draft, copied from the latest adopted text: the same provisions, to be changed with reasons. */
async function startRevision(tx: Tx, step: Step): Promise<number> {
  if (!step.adopted) throw new Error('a revision starts from an adopted version: nextState let it through');
  const draft = await repo.insertVersion(tx, step.tenantId, step.policy.id, step.adopted.id);
  await provisions.copyTexts(tx, step.adopted.id, draft.id);
  return draft.id;
}

/**
 * A draft may be adopted when it has a text and, for a revision, changes something and says why
 * for every provision it changes (moved, split, merged or removed ones too); a new number alone
 * needs no reason.
 */
async function checkAdoptable(tx: Tx, policyId: number, draft: { id: number; based_on_id: number | null }) {
  const ids = draft.based_on_id === null ? [draft.id] : [draft.id, draft.based_on_id];
  const texts = await provisions.textsOf(tx, ids);
  const text = texts.get(draft.id) ?? [];
  if (text.length === 0) throw new ProblemError(409, 'policy.emptyText');
  if (draft.based_on_id === null) return;
  const changed = changedProvisions(
    texts.get(draft.based_on_id),
    text,
    await provisions.lineageOf(tx, policyId),
  );
  if (changed.length === 0) throw new ProblemError(409, 'policy.nothingChanged');
  const reasons = new Map(
    (await provisions.changesOf(tx, [draft.id])).map((change) => [change.provisionId, change.reason]),
  );
  const unexplained = changed.filter((item) => !reasons.get(item.provisionId)?.trim());
  if (unexplained.length > 0) {
    const labels = unexplained.map((item) => (item.after ?? item.before)?.label ?? String(item.provisionId));
    throw new ProblemError(409, 'policy.reasonMissing', { provisions: labels.join(', ') });
  }
}
