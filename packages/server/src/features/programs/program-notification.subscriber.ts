import type { NotificationKind } from '@jenjang/domain/shared/notification.contract';
import type { Tx } from '../../db/database';
import { subscriber } from '../../platform/events/subscriber';
import { notifyAccounts } from '../notifications/notification.service';
import * as recipients from './program-recipients.repository';

// What the bell says about programs, from the outbox after the change committed (the delivery's
// transaction also marks it done: a retry never notifies twice):
// - an application received: the applicant (also when a supervisor nominated them);
// - a selection published: each applicant, selected (with the batch) or on the waiting list (with
//   the place); the reasons are on the program page;
// - a seat freed and given from the waiting list: the one who got it;
// - a batch closed: each participant, completed (JP credited, certificate issued) or not;
// - an appeal decided: the applicant, upheld (with the seat, if one was given) or rejected;
// - mentors and mentees paired: both sides, each with the other's name;
// - a mentoring session logged by one side: the other, who confirms it.
// Reminders before a batch starts come from its schedule (program-schedules.ts).

export const programNotificationSubscriber = subscriber({
  name: 'program-notifications',
  mode: 'queued',
  events: [
    'program.applied',
    'program.selected',
    'program.withdrawn',
    'program.batchClosed',
    'program.appealDecided',
    'program.mentorsPaired',
    'program.mentoringSessionLogged',
  ],
  async handle(event, { tx, tenantId }) {
    const send = (accountIds: number[], kind: NotificationKind, data: Record<string, unknown>) =>
      notifyAccounts(tx, tenantId, accountIds, kind, data);
    switch (event.type) {
      case 'program.applied': {
        const { programId, applicationId, source } = event.payload;
        for (const a of await recipients.applications(tx, { applicationIds: [applicationId] })) {
          // A seat given by the agency is a selection, not an application waiting for one.
          if (source === 'assignment') {
            await send(a.accountIds, 'program.selected', { programId, title: a.title, batch: a.batch });
          } else {
            await send(a.accountIds, 'program.applicationReceived', { programId, title: a.title });
          }
        }
        return;
      }
      case 'program.selected': {
        for (const a of await recipients.applications(tx, { programId: event.payload.programId })) {
          if (a.state === 'selected') {
            await send(a.accountIds, 'program.selected', {
              programId: a.programId,
              title: a.title,
              batch: a.batch,
            });
          } else if (a.state === 'waitlisted') {
            await send(a.accountIds, 'program.waitlisted', {
              programId: a.programId,
              title: a.title,
              position: a.waitlistPosition,
            });
          }
        }
        return;
      }
      case 'program.withdrawn': {
        const promoted = event.payload.promotedApplicationId;
        if (promoted === undefined) return;
        for (const a of await recipients.applications(tx, { applicationIds: [promoted] })) {
          await send(a.accountIds, 'program.promoted', {
            programId: a.programId,
            title: a.title,
            batch: a.batch,
          });
        }
        return;
      }
      case 'program.appealDecided': {
        const { applicationId, decision } = event.payload;
        for (const a of await recipients.applications(tx, { applicationIds: [applicationId] })) {
          await send(
            a.accountIds,
            decision === 'upheld' ? 'program.appealUpheld' : 'program.appealRejected',
            {
              programId: a.programId,
              title: a.title,
              ...(a.batch ? { batch: a.batch } : {}),
            },
          );
        }
        return;
      }
      case 'program.mentorsPaired': {
        for (const pair of await recipients.mentoringPairs(tx, event.payload.pairIds)) {
          const data = { programId: pair.programId, pairId: pair.pairId, title: pair.title };
          await send(pair.mentorAccountIds, 'program.mentoringPaired', { ...data, name: pair.menteeName });
          await send(pair.menteeAccountIds, 'program.mentoringPaired', { ...data, name: pair.mentorName });
        }
        return;
      }
      case 'program.mentoringSessionLogged': {
        const { pairId, loggedAs } = event.payload;
        if (loggedAs === 'agency') return;
        for (const pair of await recipients.mentoringPairs(tx, [pairId])) {
          const other = loggedAs === 'mentor' ? pair.menteeAccountIds : pair.mentorAccountIds;
          await send(other, 'program.mentoringSessionToConfirm', {
            programId: pair.programId,
            pairId,
            title: pair.title,
            name: loggedAs === 'mentor' ? pair.mentorName : pair.menteeName,
          });
        }
        return;
      }
      case 'program.batchClosed': {
        const { programId, batchId } = event.payload;
        for (const a of await recipients.applications(tx, { programId, batchId })) {
          if (a.completion === null) continue;
          await send(
            a.accountIds,
            a.completion === 'completed' ? 'program.completed' : 'program.notCompleted',
            {
              programId,
              title: a.title,
            },
          );
        }
        return;
      }
    }
  },
});

/** Reminds a batch's participants the day before it starts (program-schedules.ts calls it). */
export async function remindBatch(tx: Tx, tenantId: number, batchId: number) {
  const found = await recipients.batchParticipants(tx, batchId);
  if (!found) return;
  await notifyAccounts(tx, tenantId, found.accountIds, 'program.reminder', {
    programId: found.programId,
    title: found.title,
    batch: found.batch,
    startsOn: found.startsOn,
  });
}
