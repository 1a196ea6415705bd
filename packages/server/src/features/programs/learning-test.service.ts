import type { Actor } from '@jenjang/domain/shared/access';
import { type Db, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { participantOf, requireOpenBatch, requireSelected, rosterView } from './attendance.service';
import { keptBatch } from './batch-access';
import * as evaluations from './evaluation.repository';

// The learning test (Kirkpatrick level 2): each participant's score before and after the batch,
// 0–100, entered by the batch's trainer or the agency while the batch is open; the program's
// evaluation (evaluation.service.ts) reads the gain from them.

/** Records (or clears) a participant's pre- and post-test scores; the roster as it now stands. */
export async function recordLearningTest(
  db: Db,
  actor: Actor,
  programId: number,
  batchId: number,
  body: { applicationId: number; preTestScore: number | null; postTestScore: number | null },
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { program, batch } = await keptBatch(tx, actor, programId, batchId, { lock: true });
    requireSelected(program);
    requireOpenBatch(batch);
    const person = await participantOf(tx, batchId, body.applicationId);
    await evaluations.setTestScores(tx, person.id, body);
    // Which participant, not the scores: the audit log is read more widely than the roster.
    await publish(tx, actor.tenantId, {
      type: 'program.learningTestRecorded',
      actorAccountId: actor.accountId,
      payload: {
        programId,
        batchId,
        applicationId: person.id,
        employeeId: person.employeeId,
        unitPath: person.unitPath ?? [],
      },
    });
    return rosterView(tx, programId, batch, await tenantToday(tx, now), true);
  });
}
