import { type Actor, can } from '@jenjang/domain/shared/access';
import type { Tx } from '../../db/database';
import { notFound, ProblemError } from '../../http/problem';
import * as repo from './program.repository';
import { isBatchTrainer } from './program-trainer.repository';

// Who may keep a batch: the agency (program.manage) keeps every batch; a trainer signed in with an
// account the batch names (program.teach) keeps that batch's roster, attendance, scores and
// evaluations, and nothing else. Acts of the agency alone (closing a batch, which credits JP and
// issues certificates) ask for `agencyOnly`.

const GOVERNMENT = (actor: Actor) => ({ tenantId: actor.tenantId, unitPath: null });

export interface BatchAccess {
  lock?: boolean;
  agencyOnly?: boolean;
}

/** The batch of a program the actor keeps, with the program; 404 when out of reach, 403 to a reader. */
export async function keptBatch(
  tx: Tx,
  actor: Actor,
  programId: number,
  batchId: number,
  { lock = false, agencyOnly = false }: BatchAccess = {},
) {
  const program = await repo.findProgram(tx, programId, { lock });
  const batch = program ? await repo.findBatch(tx, programId, batchId) : undefined;
  if (!program || !batch) throw notFound();
  if (can(actor, 'program.manage', GOVERNMENT(actor))) return { program, batch, asAgency: true };
  const teaches = !agencyOnly && (await isBatchTrainer(tx, batchId, actor.accountId));
  if (teaches && can(actor, 'program.teach', { tenantId: actor.tenantId, accountId: actor.accountId })) {
    return { program, batch, asAgency: false };
  }
  // A reader of the catalog learns the batch exists (it is in the catalog) but may not keep it;
  // anyone else learns nothing.
  if (program.state !== 'draft' && can(actor, 'program.read', GOVERNMENT(actor))) {
    throw new ProblemError(403, 'program.notManager');
  }
  throw notFound();
}
