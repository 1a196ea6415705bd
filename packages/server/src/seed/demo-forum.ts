import type { Actor } from '@jenjang/domain/shared/access';
import type { Db } from '../db/database';
import {
  createForum,
  propose,
  recordOutcome,
  reply,
  setAgenda,
  takeStep,
  vote,
  writeMinutes,
} from '../features/policies/forum.service';
import type { Clock } from '../platform/clock';
import { dayOf } from './demo-surveys';
import type { DemoForumAct, DemoParticipant } from './stories/story';

// A story's Forum Diskusi ASN, told through the forum services on the policy's clock: the admin
// announces and opens it, staff propose, reply and vote, the admin closes it with its minutes and
// records each proposal's outcome. Its proposals are then evidence a revision may cite.

const DAY = 86_400_000;

export interface ForumContext {
  db: Db;
  admin: Actor;
  clock: Clock;
  /** The story's today: its days count from it. */
  today: number;
  participant: (role: DemoParticipant) => Actor;
  /** The story's forum, once announced, and its proposals by story key. */
  forum: { id: number; proposals: Map<string, number> } | null;
}

function forumOf(ctx: ForumContext) {
  if (!ctx.forum) throw new Error('demo forum: announce the forum before acting in it');
  return ctx.forum;
}

function proposalOf(ctx: ForumContext, key: string) {
  const id = forumOf(ctx).proposals.get(key);
  if (id === undefined) throw new Error(`demo forum: no proposal "${key}"`);
  return id;
}

/** The forum proposal a change cites as its evidence, by its story key. */
export function forumProposalId(ctx: ForumContext, key: string): number {
  return proposalOf(ctx, key);
}

export async function takeForumAct(ctx: ForumContext, policyId: number, act: DemoForumAct) {
  const now = ctx.clock.now();
  if ('announce' in act) {
    const { on, from, until, agenda, ...fields } = act.announce;
    const day = dayOf(new Date(ctx.today + on * DAY));
    const { id } = await createForum(ctx.db, ctx.admin, {
      ...fields,
      startsAt: `${day}T${from}`,
      endsAt: `${day}T${until}`,
      policyIds: [policyId],
    });
    await setAgenda(ctx.db, ctx.admin, id, {
      items: agenda.map((item) => ({ time: item.time, title: item.title, note: item.note ?? null })),
    });
    await takeStep(ctx.db, ctx.admin, id, 'open', now);
    ctx.forum = { id, proposals: new Map() };
    return;
  }
  const forum = forumOf(ctx);
  if ('propose' in act) {
    const { key, by, ...body } = act.propose;
    const { id } = await propose(ctx.db, ctx.participant(by), forum.id, body, now);
    forum.proposals.set(key, id);
  } else if ('reply' in act) {
    const target = { forumId: forum.id, proposalId: proposalOf(ctx, act.reply.to) };
    await reply(ctx.db, ctx.participant(act.reply.by), target, act.reply.body, now);
  } else if ('vote' in act) {
    const target = { forumId: forum.id, proposalId: proposalOf(ctx, act.vote.on) };
    for (const role of act.vote.by) await vote(ctx.db, ctx.participant(role), target, act.vote.stance, now);
  } else if ('close' in act) {
    await takeStep(ctx.db, ctx.admin, forum.id, 'close', now);
    await writeMinutes(ctx.db, ctx.admin, forum.id, act.close.minutes, now);
  } else {
    await recordOutcome(
      ctx.db,
      ctx.admin,
      { forumId: forum.id, proposalId: proposalOf(ctx, act.outcome.of) },
      { outcome: act.outcome.outcome, reason: act.outcome.reason, policyId: policyId },
      now,
    );
  }
}
