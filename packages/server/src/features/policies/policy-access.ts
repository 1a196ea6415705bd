import { type Action, type Actor, can } from '@jenjang/domain/shared/access';
import type { Tx } from '../../db/database';
import { forbidden, notFound } from '../../http/problem';
import * as consultations from './consultation.repository';
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

type Invites = { invites_employees: boolean; invites_leaders: boolean; invites_partners: boolean };

/** The groups a consultation round may invite that this actor belongs to (none without policy.participate). */
export function invitedGroups(actor: Actor) {
  const takesPart = mayDo(actor, 'policy.participate');
  return {
    employees: takesPart && actor.employeeId !== null,
    leaders: takesPart && (actor.role === 'pimpinan' || actor.role === 'atasan'),
    partners: takesPart && actor.role === 'mitra',
  };
}

/** Whether the actor is one of those a consultation round invites. */
export function invited(actor: Actor, round: Invites): boolean {
  const groups = invitedGroups(actor);
  return (
    (round.invites_employees && groups.employees) ||
    (round.invites_leaders && groups.leaders) ||
    (round.invites_partners && groups.partners)
  );
}

/** The drafts this actor was invited to read in a consultation round: visible although not adopted. */
export async function consultedVersions(tx: Tx, actor: Actor, policyId: number): Promise<Set<number>> {
  const rounds = await consultations.roundsOf(tx, policyId);
  return new Set(rounds.filter((round) => invited(actor, round)).map((round) => round.version_id));
}

/**
 * The policy, if this reader may see it at all: a reviewer sees every policy, a reader one with an
 * adopted version or a draft it was invited to consult on. Otherwise 404, so a draft's existence
 * does not show.
 */
export async function readablePolicy(tx: Tx, actor: Actor, id: number) {
  authorise(actor, 'policy.read');
  const policy = await repo.findPolicy(tx, id);
  if (!policy) throw notFound();
  if (mayDo(actor, 'policy.review') || (await repo.latestAdopted(tx, id))) return policy;
  if ((await consultedVersions(tx, actor, id)).size === 0) throw notFound();
  return policy;
}

/**
 * Whether the actor may publish the policy on the transparency page now (it has an adopted version
 * and is not retired), or withdraw it (always, while it is public). Why policy.manage: see
 * policy-publication.service.ts.
 */
export function mayPublish(
  actor: Actor,
  policy: { state: string; public_since: Date | null },
  hasAdopted: boolean,
): boolean {
  if (!mayDo(actor, 'policy.manage')) return false;
  return policy.public_since !== null || (hasAdopted && policy.state !== 'retired');
}
