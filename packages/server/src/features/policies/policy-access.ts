import { type Action, type Actor, can } from '@jenjang/domain/shared/access';
import type { Tx } from '../../db/database';
import { forbidden, notFound } from '../../http/problem';
import * as repo from './policy.repository';

// A policy is the whole government's (DESIGN.md): its resource has no unit. Everyone in the
// government reads what was adopted; drafts, discarded texts and their history are for those who
// review them (admins, leaders, auditors); an OPD-scoped admin drafts no government policy.

export const policyResource = (tenantId: number) => ({ tenantId, unitPath: null });

export function mayDo(actor: Actor, action: Action): boolean {
  return can(actor, action, policyResource(actor.tenantId));
}

export function authorise(actor: Actor, action: Action): void {
  if (!mayDo(actor, action)) throw forbidden();
}

/** Whether this reader sees a version of this status: adopted ones to all readers, others to reviewers. */
export function versionVisible(actor: Actor, status: string): boolean {
  return status === 'adopted' ? mayDo(actor, 'policy.read') : mayDo(actor, 'policy.review');
}

/**
 * The policy, if this reader may see it at all: a reviewer sees every policy, a reader only one
 * with an adopted version. Otherwise 404, so a draft's existence does not show.
 */
export async function readablePolicy(tx: Tx, actor: Actor, id: number) {
  authorise(actor, 'policy.read');
  const policy = await repo.findPolicy(tx, id);
  if (!policy) throw notFound();
  if (!mayDo(actor, 'policy.review') && !(await repo.latestAdopted(tx, id))) throw notFound();
  return policy;
}
