import type { PublicationBody } from '@jenjang/domain/policies/publication.contract';
import type { Actor } from '@jenjang/domain/shared/access';
import { type Db, withTenant } from '../../db/database';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import * as repo from './policy.repository';
import { policyDetail } from './policy.service';
import { authorise } from './policy-access';

// Publishing a policy on the government's transparency page (/kebijakan/<slug>), or withdrawing it.
//
// Who: policy.manage (the BKPSDM admins who run the process), not policy.approve. Publishing
// decides nothing about the policy's content: a leader already approved the text by adopting it
// (TRANSITION_PERMISSION gives adopt, keep, revise and retire to policy.approve), and making an
// adopted act known is part of running the process, like entering it into force (policy.manage).
// Only adopted text is ever public, so nothing a leader has not approved can reach citizens.

/** Publishes (from now) or withdraws the policy; a second request for the same changes nothing. */
export async function setPublication(db: Db, actor: Actor, id: number, body: PublicationBody, now: Date) {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    const policy = await repo.lockPolicy(tx, id);
    if (!policy) throw notFound();
    const isPublic = policy.public_since !== null;
    if (body.public !== isPublic) {
      if (body.public) {
        if (policy.state === 'retired') throw new ProblemError(409, 'policy.retired');
        if (!(await repo.latestAdopted(tx, id))) throw new ProblemError(409, 'policy.publishNeedsAdopted');
      }
      await repo.setPublicSince(tx, id, body.public ? now : null);
      await publish(tx, actor.tenantId, {
        type: body.public ? 'policy.published' : 'policy.unpublished',
        actorAccountId: actor.accountId,
        payload: { policyId: id, title: policy.title },
      });
    }
    return policyDetail(tx, actor, id, now);
  });
}
