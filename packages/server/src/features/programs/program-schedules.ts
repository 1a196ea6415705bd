import { z } from 'zod';
import { type Tx, withTenant } from '../../db/database';
import type { Scheduler } from '../../platform/jobs/schedule';
import { remindBatch } from './program-notification.subscriber';

// The reminder before a batch: at 07:00 on the government's clock the day before its first day, its
// participants hear where and when. Set when the selection is published and whenever a batch's
// dates change afterwards; a batch gone or a program cancelled reminds nobody.

export const BATCH_REMINDER = 'program.batchReminder';
const keyOf = (batchId: number) => `program-batch-reminder:${batchId}`;

export function registerProgramSchedules(schedules: Scheduler): void {
  schedules.define(BATCH_REMINDER, z.object({ batchId: z.number().int() }), ({ db, tenantId, input }) =>
    withTenant(db, tenantId, (tx) => remindBatch(tx, tenantId, input.batchId)),
  );
}

/** The day before `startsOn` at 07:00, when that is still ahead of `today`; else no reminder. */
export async function scheduleReminder(
  tx: Tx,
  schedules: Scheduler,
  tenantId: number,
  batch: { id: number; startsOn: string },
  today: string,
) {
  const day = new Date(`${batch.startsOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  const before = day.toISOString().slice(0, 10);
  if (before <= today) {
    await schedules.cancel(tx, keyOf(batch.id));
    return;
  }
  await schedules.at(tx, tenantId, {
    key: keyOf(batch.id),
    kind: BATCH_REMINDER,
    input: { batchId: batch.id },
    local: `${before}T07:00`,
  });
}
