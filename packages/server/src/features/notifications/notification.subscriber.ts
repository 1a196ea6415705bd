import { subscriber } from '../../platform/events/subscriber';
import { notify } from './notification.repository';

// The bell: invitations and reminders reach their recipients from the outbox, after the change
// committed. The notifications are written in the delivery's transaction, which also marks the
// delivery done, so a retry never notifies twice.

export const notificationSubscriber = subscriber({
  name: 'notifications',
  mode: 'queued',
  events: ['survey.wave.announced', 'survey.wave.reminded'],
  async handle(event, { tx, tenantId }) {
    const { waveId, title, accountIds } = event.payload;
    const kind = event.type === 'survey.wave.announced' ? 'survey.invitation' : 'survey.reminder';
    await notify(tx, tenantId, accountIds, kind, { waveId, title });
  },
});
