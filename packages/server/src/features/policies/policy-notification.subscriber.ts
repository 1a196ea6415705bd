import type { NotificationKind } from '@jenjang/domain/shared/notification.contract';
import type { Tx } from '../../db/database';
import { allIndicatorSources } from '../../indicator-sources';
import type { EventOf } from '../../platform/events/event-catalogue';
import { subscriber } from '../../platform/events/subscriber';
import { notifyAccounts } from '../notifications/notification.service';
import * as recipients from './policy-recipients.repository';
import { checkTriggers } from './trigger.service';

// What the bell says about policies, from the outbox after the change committed, written in the
// delivery's transaction (which also marks the delivery done: a retry never notifies twice).
// Who hears what (docs/architecture.md, "Policy notifications"):
// - a trigger opened a revision proposal: the government-wide policy admins, the leaders who would
//   decide an evaluation it leads to, and the leaders of the policy's owner unit;
// - an evaluation started (by an admin or the schedule): its reviewers, admins and leaders who decide;
// - a consultation round opened: those it invites;
// - a forum opened: every employee who takes part;
// - an evaluation decided (keep or revise): the admins and the owner unit's leaders.
// The account that caused the event is not told of its own act.

type Event = EventOf<'policy.trigger.fired' | 'policy.transitioned' | 'policy.forum.stepped'>;

async function recipientsOf(
  tx: Tx,
  event: Event,
): Promise<{ kind: NotificationKind; accountIds: number[]; data: Record<string, unknown> } | null> {
  switch (event.type) {
    case 'policy.trigger.fired': {
      const { policyId, title, proposalId, indicatorName, pointLabel } = event.payload;
      const accountIds = [
        ...(await recipients.evaluationReviewers(tx)),
        ...(await recipients.ownerLeaders(tx, policyId)),
      ];
      return {
        kind: 'policy.triggerFired',
        accountIds,
        data: { policyId, title, proposalId, indicatorName, pointLabel },
      };
    }
    case 'policy.forum.stepped': {
      if (event.payload.step !== 'open') return null;
      const title = await recipients.forumTitle(tx, event.payload.forumId);
      if (title === undefined) return null;
      return {
        kind: 'policy.forumOpened',
        accountIds: await recipients.participatingEmployees(tx),
        data: { forumId: event.payload.forumId, title },
      };
    }
    case 'policy.transitioned': {
      const { policyId, title, transition } = event.payload;
      switch (transition) {
        case 'startEvaluation':
          return {
            kind: 'policy.evaluationStarted',
            accountIds: await recipients.evaluationReviewers(tx),
            data: { policyId, title },
          };
        case 'openConsultation':
          return {
            kind: 'policy.consultationOpened',
            accountIds: await recipients.consultationInvitees(tx, policyId),
            data: { policyId, title },
          };
        case 'keep':
        case 'revise':
          return {
            kind: 'policy.evaluationDecided',
            accountIds: [
              ...(await recipients.policyManagers(tx)),
              ...(await recipients.ownerLeaders(tx, policyId)),
            ],
            data: { policyId, title, decision: transition },
          };
        default:
          return null;
      }
    }
  }
}

export const policyNotificationSubscriber = subscriber({
  name: 'policy-notifications',
  mode: 'queued',
  events: ['policy.trigger.fired', 'policy.transitioned', 'policy.forum.stepped'],
  async handle(event, { tx, tenantId }) {
    const found = await recipientsOf(tx, event);
    if (!found) return;
    const accountIds = [...new Set(found.accountIds)].filter((id) => id !== event.actorAccountId);
    await notifyAccounts(tx, tenantId, accountIds, found.kind, found.data);
  },
});

/**
 * A survey wave closed: its measurements are final, so the triggers on indicators it feeds are
 * checked (every trigger of the government: a check opens nothing twice).
 */
export const triggerCheckSubscriber = subscriber({
  name: 'policy-triggers',
  mode: 'queued',
  events: ['survey.wave.closed'],
  async handle(_event, { tx, tenantId, occurredAt }) {
    await checkTriggers(tx, allIndicatorSources(), tenantId, { policyId: null, by: null, now: occurredAt });
  },
});
