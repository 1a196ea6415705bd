import type {
  AgendaBody,
  CreateForumBody,
  OutcomeBody,
  ProposalBody,
} from '@jenjang/domain/policies/forum.contract';
import {
  agendaEditable,
  type ForumState,
  type ForumStep,
  forumAccepting,
  forumStep,
  minutesWritable,
  outcomeRecordable,
} from '@jenjang/domain/policies/forum.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import { instantOfWallClock } from '@jenjang/domain/shared/time-zone';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantZone } from '../../db/tenant-clock';
import { publish } from '../../events';
import { forbidden, notFound, ProblemError } from '../../http/problem';
import * as repo from './forum.repository';
import { authorise } from './policy-access';

// The annual Forum Diskusi ASN (seed 004). Admins (policy.manage) announce it, draw up its agenda,
// open it for input and close it, write its minutes and record what became of every proposal, with
// a reason. While it is open the government's staff — employees and leaders — propose, reply and
// vote (agree or disagree, once each, changeable). A partner institution's account (mitra) has no
// part in a forum of the government's own ASN. Every act is audited. Reading: forum-reading.service.ts.

/** Whether the actor is one of the forum's people: the government's ASN, not its partners. */
export const forumMember = (actor: Actor) => actor.role !== 'mitra';

async function checkPolicies(tx: Tx, ids: readonly number[]) {
  const found = await repo.policiesById(tx, ids);
  if (found.length !== new Set(ids).size) throw new ProblemError(400, 'forum.unknownPolicy');
}

/** The forum's start and end as instants on the government's clock; refused when out of order. */
async function forumWindow(tx: Tx, body: CreateForumBody) {
  const zone = await tenantZone(tx);
  const startsAt = instantOfWallClock(body.startsAt, zone);
  const endsAt = instantOfWallClock(body.endsAt, zone);
  if (!startsAt || !endsAt) throw new ProblemError(400, 'forum.invalidTime');
  if (endsAt <= startsAt) throw new ProblemError(400, 'forum.endsBeforeStart');
  return { startsAt, endsAt };
}

export function createForum(db: Db, actor: Actor, body: CreateForumBody) {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    const { startsAt, endsAt } = await forumWindow(tx, body);
    await checkPolicies(tx, body.policyIds);
    const id = await repo.insertForum(tx, actor.tenantId, { ...body, startsAt, endsAt, by: actor.accountId });
    await repo.insertForumPolicies(tx, actor.tenantId, id, [...new Set(body.policyIds)]);
    await publish(tx, actor.tenantId, {
      type: 'policy.forum.created',
      actorAccountId: actor.accountId,
      payload: { forumId: id, title: body.title, year: body.year },
    });
    return { id };
  });
}

/** An admin's act on the forum: the forum locked, so that acts on it go one at a time. */
async function managedForum(tx: Tx, actor: Actor, forumId: number) {
  authorise(actor, 'policy.manage');
  const forum = await repo.findForum(tx, forumId, { lock: 'update' });
  if (!forum) throw notFound();
  return forum;
}

/**
 * Corrects the forum's details until it closes: a date moved, a hall changed, a policy added to its
 * discussion. Audited with the fields that changed; a closed forum's record stays as it was held.
 */
export function updateForum(db: Db, actor: Actor, forumId: number, body: CreateForumBody) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const forum = await managedForum(tx, actor, forumId);
    if (!agendaEditable(forum.state)) throw new ProblemError(409, 'forum.closed');
    const { startsAt, endsAt } = await forumWindow(tx, body);
    await checkPolicies(tx, body.policyIds);
    const policyIds = [...new Set(body.policyIds)].sort((a, b) => a - b);
    const before = (await repo.forumPolicies(tx, forumId)).map((p) => p.id).sort((a, b) => a - b);
    const fields = [
      ...(forum.title === body.title ? [] : ['title']),
      ...(forum.year === body.year ? [] : ['year']),
      ...(forum.starts_at.getTime() === startsAt.getTime() ? [] : ['startsAt']),
      ...(forum.ends_at.getTime() === endsAt.getTime() ? [] : ['endsAt']),
      ...(forum.place === body.place ? [] : ['place']),
      ...(before.join() === policyIds.join() ? [] : ['policies']),
    ];
    if (fields.length === 0) return;
    await repo.updateForum(tx, forumId, { ...body, startsAt, endsAt });
    if (fields.includes('policies')) await repo.replaceForumPolicies(tx, actor.tenantId, forumId, policyIds);
    await publish(tx, actor.tenantId, {
      type: 'policy.forum.updated',
      actorAccountId: actor.accountId,
      payload: { forumId, fields },
    });
  });
}

export function setAgenda(db: Db, actor: Actor, forumId: number, body: AgendaBody) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const forum = await managedForum(tx, actor, forumId);
    if (!agendaEditable(forum.state)) throw new ProblemError(409, 'forum.closed');
    await repo.replaceAgenda(tx, actor.tenantId, forumId, body.items);
    await publish(tx, actor.tenantId, {
      type: 'policy.forum.agendaSet',
      actorAccountId: actor.accountId,
      payload: { forumId, items: body.items.length },
    });
  });
}

export function takeStep(db: Db, actor: Actor, forumId: number, step: ForumStep, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const forum = await managedForum(tx, actor, forumId);
    const next: ForumState | null = forumStep(forum.state, step);
    if (!next) throw new ProblemError(409, 'forum.stepNotAllowed', { step, state: forum.state });
    await repo.setState(tx, forumId, next, now);
    await publish(tx, actor.tenantId, {
      type: 'policy.forum.stepped',
      actorAccountId: actor.accountId,
      payload: { forumId, step },
    });
  });
}

export function writeMinutes(db: Db, actor: Actor, forumId: number, minutes: string, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const forum = await managedForum(tx, actor, forumId);
    if (!minutesWritable(forum.state)) throw new ProblemError(409, 'forum.minutesBeforeOpen');
    await repo.writeMinutes(tx, forumId, { text: minutes, by: actor.accountId, at: now });
    await publish(tx, actor.tenantId, {
      type: 'policy.forum.minutesWritten',
      actorAccountId: actor.accountId,
      payload: { forumId },
    });
  });
}

export function recordOutcome(
  db: Db,
  actor: Actor,
  target: { forumId: number; proposalId: number },
  body: OutcomeBody,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const forum = await managedForum(tx, actor, target.forumId);
    const proposal = await repo.findProposal(tx, forum.id, target.proposalId);
    if (!proposal) throw notFound();
    if (!outcomeRecordable(forum.state)) throw new ProblemError(409, 'forum.outcomeBeforeClose');
    if (body.policyId !== null) await checkPolicies(tx, [body.policyId]);
    await repo.recordOutcome(tx, proposal.id, { ...body, by: actor.accountId, at: now });
    await publish(tx, actor.tenantId, {
      type: 'policy.forum.outcomeRecorded',
      actorAccountId: actor.accountId,
      payload: {
        forumId: forum.id,
        proposalId: proposal.id,
        outcome: body.outcome,
        policyId: body.policyId,
      },
    });
  });
}

export function hideInput(
  db: Db,
  actor: Actor,
  target: { forumId: number; proposalId?: number; replyId?: number },
  reason: string,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const forum = await managedForum(tx, actor, target.forumId);
    const hidden = { reason, by: actor.accountId, at: now };
    let proposalId: number;
    if (target.replyId !== undefined) {
      const reply = await repo.findReply(tx, forum.id, target.replyId);
      if (!reply) throw notFound();
      await repo.hide(tx, 'forum_reply', reply.id, hidden);
      proposalId = reply.proposal_id;
    } else {
      const proposal = await repo.findProposal(tx, forum.id, target.proposalId ?? 0);
      if (!proposal) throw notFound();
      await repo.hide(tx, 'forum_proposal', proposal.id, hidden);
      proposalId = proposal.id;
    }
    await publish(tx, actor.tenantId, {
      type: 'policy.forum.hidden',
      actorAccountId: actor.accountId,
      payload: { forumId: forum.id, proposalId, replyId: target.replyId ?? null, reason },
    });
  });
}

/** The forum, if the actor may give input to it now: one of its people, the forum open. */
async function forumForInput(tx: Tx, actor: Actor, forumId: number, now: Date) {
  authorise(actor, 'policy.participate');
  if (!forumMember(actor)) throw forbidden();
  const forum = await repo.findForum(tx, forumId, { lock: 'share' });
  if (!forum) throw notFound();
  if (!forumAccepting(forum.state, forum.ends_at, now)) {
    throw new ProblemError(409, forum.state === 'planned' ? 'forum.notYetOpen' : 'forum.over');
  }
  return forum;
}

/** A visible proposal of a forum taking input. */
async function proposalForInput(
  tx: Tx,
  actor: Actor,
  target: { forumId: number; proposalId: number },
  now: Date,
) {
  const forum = await forumForInput(tx, actor, target.forumId, now);
  const proposal = await repo.findProposal(tx, forum.id, target.proposalId);
  if (!proposal || proposal.hidden_at !== null) throw notFound();
  return proposal;
}

export function propose(db: Db, actor: Actor, forumId: number, body: ProposalBody, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const forum = await forumForInput(tx, actor, forumId, now);
    const id = await repo.insertProposal(tx, actor.tenantId, {
      ...body,
      forumId: forum.id,
      authorId: actor.accountId,
      at: now,
    });
    await publish(tx, actor.tenantId, {
      type: 'policy.forum.proposed',
      actorAccountId: actor.accountId,
      payload: { forumId: forum.id, proposalId: id },
    });
    return { id };
  });
}

export function reply(
  db: Db,
  actor: Actor,
  target: { forumId: number; proposalId: number },
  body: string,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const proposal = await proposalForInput(tx, actor, target, now);
    const id = await repo.insertReply(tx, actor.tenantId, {
      proposalId: proposal.id,
      body,
      authorId: actor.accountId,
      at: now,
    });
    await publish(tx, actor.tenantId, {
      type: 'policy.forum.replied',
      actorAccountId: actor.accountId,
      payload: { forumId: target.forumId, proposalId: proposal.id, replyId: id },
    });
    return { id };
  });
}

export function vote(
  db: Db,
  actor: Actor,
  target: { forumId: number; proposalId: number },
  stance: 'agree' | 'disagree',
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const proposal = await proposalForInput(tx, actor, target, now);
    if (proposal.author_id === actor.accountId) throw new ProblemError(409, 'forum.voteOwn');
    await repo.upsertVote(tx, actor.tenantId, {
      proposalId: proposal.id,
      accountId: actor.accountId,
      stance,
      at: now,
    });
    await publish(tx, actor.tenantId, {
      type: 'policy.forum.voted',
      actorAccountId: actor.accountId,
      payload: { forumId: target.forumId, proposalId: proposal.id, stance },
    });
  });
}

/** Takes one's vote back while the forum takes input; nothing to take back is no error. */
export function withdrawVote(
  db: Db,
  actor: Actor,
  target: { forumId: number; proposalId: number },
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const proposal = await proposalForInput(tx, actor, target, now);
    if (!(await repo.deleteVote(tx, { proposalId: proposal.id, accountId: actor.accountId }))) return;
    await publish(tx, actor.tenantId, {
      type: 'policy.forum.voteWithdrawn',
      actorAccountId: actor.accountId,
      payload: { forumId: target.forumId, proposalId: proposal.id },
    });
  });
}
