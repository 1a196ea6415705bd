import type { TrainerBody } from '@jenjang/domain/programs/partner.contract';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import { accountForTrainer, partnerExists } from '../partners/partner.service';
import { keptBatch } from './batch-access';
import * as trainers from './program-trainer.repository';

// A batch's trainers (narasumber): named by the agency alone, with the topic each teaches, where
// they have one the account they sign in with (a partner's, role mitra, or an employee's own) and
// the partner they come from. A trainer with an account keeps the batch (batch-access.ts); the
// batches naming them are their own list (GET /teaching), and nothing else of the government.

type Batch = Awaited<ReturnType<typeof keptBatch>>['batch'];

function requireOpen(batch: Batch) {
  if (batch.closedAt !== null) throw new ProblemError(409, 'program.trainer.batchClosed');
}

export function listTrainers(db: Db, actor: Actor, programId: number, batchId: number) {
  return withTenant(db, actor.tenantId, async (tx) => {
    await keptBatch(tx, actor, programId, batchId, { agencyOnly: true });
    return { items: await trainers.trainersOf(tx, batchId) };
  });
}

/** The account a trainer signs in with: this government's, a partner's (mitra) or an employee's own. */
async function trainerAccount(tx: Tx, accountId: number | null) {
  if (accountId === null) return null;
  const account = await accountForTrainer(tx, accountId);
  if (!account) throw new ProblemError(400, 'program.trainer.unknownAccount');
  if (account.role !== 'mitra' && account.employeeId === null) {
    throw new ProblemError(400, 'program.trainer.accountNotTrainer');
  }
  return account;
}

export function addTrainer(
  db: Db,
  actor: Actor,
  programId: number,
  batchId: number,
  body: z.output<typeof TrainerBody>,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { batch } = await keptBatch(tx, actor, programId, batchId, { lock: true, agencyOnly: true });
    requireOpen(batch);
    const account = await trainerAccount(tx, body.accountId);
    if (body.partnerId !== null && !(await partnerExists(tx, body.partnerId))) {
      throw new ProblemError(400, 'program.trainer.unknownPartner');
    }
    const named = await trainers.trainersOf(tx, batchId);
    const taken = () => new ProblemError(409, 'program.trainer.accountTaken');
    if (account && named.some((t) => t.account?.id === account.id)) throw taken();
    const values = { ...body, partnerId: body.partnerId ?? account?.partnerId ?? null };
    let trainerId: number;
    try {
      trainerId = await trainers.insertTrainer(tx, actor.tenantId, batchId, values);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw taken();
      throw error;
    }
    await publish(tx, actor.tenantId, {
      type: 'program.trainerChanged',
      actorAccountId: actor.accountId,
      payload: { programId, batchId, trainerId, name: body.name, accountId: body.accountId, change: 'added' },
    });
    return { items: await trainers.trainersOf(tx, batchId) };
  });
}

export function removeTrainer(db: Db, actor: Actor, programId: number, batchId: number, trainerId: number) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { batch } = await keptBatch(tx, actor, programId, batchId, { lock: true, agencyOnly: true });
    const trainer = await trainers.findTrainer(tx, batchId, trainerId);
    if (!trainer) throw notFound();
    requireOpen(batch);
    await trainers.deleteTrainer(tx, trainerId);
    await publish(tx, actor.tenantId, {
      type: 'program.trainerChanged',
      actorAccountId: actor.accountId,
      payload: {
        programId,
        batchId,
        trainerId,
        name: trainer.name,
        accountId: trainer.account?.id ?? null,
        change: 'removed',
      },
    });
    return { items: await trainers.trainersOf(tx, batchId) };
  });
}

/** The batches naming the signed-in account among their trainers. */
export function myTeaching(db: Db, actor: Actor) {
  if (!can(actor, 'program.teach', { tenantId: actor.tenantId, accountId: actor.accountId })) {
    throw new ProblemError(403, 'problem.forbidden');
  }
  return withTenant(db, actor.tenantId, async (tx) => ({
    items: await trainers.teachingOf(tx, actor.accountId),
  }));
}
