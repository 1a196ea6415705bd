// A server process in miniature for events.test.ts, run as its own Node process so the test can
// kill -9 it: it publishes a reminder in a transaction, commits, says so on standard output and
// then either stops there ('committed') or starts delivering and stops in the middle of the
// notification subscriber, its transaction open ('delivering'). Either way the test kills it.
import { createDb, createPool, withTenant } from '../src/db/database';
import { auditSubscriber } from '../src/features/audit/audit.subscriber';
import { notificationSubscriber } from '../src/features/notifications/notification.subscriber';
import { createEventBus } from '../src/platform/events/event-bus';
import { dispatchDue } from '../src/platform/events/event-dispatcher';
import { subscriber } from '../src/platform/events/subscriber';

const [urls, tenant, accounts, stopAt] = process.argv.slice(2);
const tenantId = Number(tenant);
const accountIds = String(accounts).split(',').map(Number);
const db = createDb(createPool(JSON.parse(String(urls)), 2));

const stalled = subscriber({
  ...notificationSubscriber,
  events: ['survey.wave.reminded'],
  async handle(event, context) {
    await notificationSubscriber.handle(event, context);
    console.log('delivering');
    await new Promise(() => {});
  },
});
const bus = createEventBus([auditSubscriber, stalled]);

const eventId = await withTenant(db, tenantId, (tx) =>
  bus.publish(tx, tenantId, {
    type: 'survey.wave.reminded',
    actorAccountId: null,
    payload: { waveId: 1, title: 'Survei uji', notified: accountIds.length, accountIds },
  }),
);
console.log(`committed ${eventId}`);
if (stopAt === 'delivering') await dispatchDue(db, bus);
await new Promise(() => {});
