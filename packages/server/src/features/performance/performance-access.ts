import { type Actor, can } from '@jenjang/domain/shared/access';
import { ProblemError } from '../../http/problem';

// Who manages performance appraisal: the agency of the whole government (performance.manage).

export const GOVERNMENT = (actor: Actor) => ({ tenantId: actor.tenantId, unitPath: null });

export const manages = (actor: Actor) => can(actor, 'performance.manage', GOVERNMENT(actor));

export function requireManager(actor: Actor) {
  if (!manages(actor)) throw new ProblemError(403, 'performance.notManager');
}
