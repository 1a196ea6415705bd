import type { ForumProposalView, ForumView } from '@jenjang/domain/policies/forum.contract';
import { forumAccepting } from '@jenjang/domain/policies/forum.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import { type TimeZone, wallClockIn } from '@jenjang/domain/shared/time-zone';
import { type Db, withTenant } from '../../db/database';
import { tenantZone } from '../../db/tenant-clock';
import { forbidden, notFound } from '../../http/problem';
import * as repo from './forum.repository';
import { forumMember } from './forum.service';
import { authorise, mayDo, versionVisible } from './policy-access';
import * as provisions from './provision.repository';

// Reading the Forum Diskusi ASN: the government's forums, and one forum with its agenda, its
// proposals (votes, replies, outcome, the provision changes citing each), and its minutes. Hidden
// input shows to those who run or review it only.

type ForumRow = NonNullable<Awaited<ReturnType<typeof repo.findForum>>>;

function authoriseRead(actor: Actor) {
  authorise(actor, 'policy.read');
  if (!forumMember(actor)) throw forbidden();
}

const mayTakePart = (actor: Actor) => forumMember(actor) && mayDo(actor, 'policy.participate');
const moderates = (actor: Actor) => mayDo(actor, 'policy.manage') || mayDo(actor, 'policy.review');

function summary(forum: ForumRow | Awaited<ReturnType<typeof repo.listForums>>[number], zone: TimeZone) {
  return {
    id: forum.id,
    title: forum.title,
    year: forum.year,
    state: forum.state,
    startsAt: forum.starts_at.toISOString(),
    endsAt: forum.ends_at.toISOString(),
    local: { startsAt: wallClockIn(forum.starts_at, zone), endsAt: wallClockIn(forum.ends_at, zone), zone },
    place: forum.place,
  };
}

export function listForums(db: Db, actor: Actor) {
  authoriseRead(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const zone = await tenantZone(tx);
    const forums = await repo.listForums(tx);
    return {
      items: forums.map((forum) => ({
        ...summary(forum, zone),
        proposalCount: forum.proposal_count,
        policyIds: forum.policy_ids,
      })),
    };
  });
}

export function getForum(db: Db, actor: Actor, forumId: number, now: Date): Promise<ForumView> {
  authoriseRead(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const forum = await repo.findForum(tx, forumId);
    if (!forum) throw notFound();
    const zone = await tenantZone(tx);
    const seesHidden = moderates(actor);
    const [policies, agenda, rows] = await Promise.all([
      repo.forumPolicies(tx, forumId),
      repo.agendaOf(tx, forumId),
      repo.proposalsOf(tx, forumId, actor.accountId),
    ]);
    const proposals = rows.filter((p) => seesHidden || p.hidden_at === null);
    const ids = proposals.map((p) => p.id);
    const [replies, citing] = await Promise.all([
      repo.repliesOf(tx, ids),
      provisions.changesCiting(tx, 'forum_proposal_id', ids),
    ]);
    const accepting = forumAccepting(forum.state, forum.ends_at, now);
    return {
      ...summary(forum, zone),
      proposalCount: rows.filter((p) => p.hidden_at === null).length,
      policyIds: policies.map((p) => p.id),
      policies,
      agenda,
      accepting,
      canTakePart: accepting && mayTakePart(actor),
      canManage: mayDo(actor, 'policy.manage'),
      minutes:
        forum.minutes && forum.minutes_at
          ? { text: forum.minutes, at: forum.minutes_at.toISOString(), by: forum.minutes_author ?? '' }
          : null,
      proposals: proposals.map(
        (p): ForumProposalView => ({
          id: p.id,
          title: p.title,
          body: p.body,
          author: p.author_name,
          mine: p.author_id === actor.accountId,
          createdAt: p.created_at.toISOString(),
          votes: { agree: p.agree, disagree: p.disagree },
          myVote: p.my_vote,
          hidden: hiddenView(p),
          replies: replies
            .filter((r) => r.proposal_id === p.id && (seesHidden || r.hidden_at === null))
            .map((r) => ({
              id: r.id,
              body: r.body,
              author: r.author_name,
              mine: r.author_id === actor.accountId,
              createdAt: r.created_at.toISOString(),
              hidden: hiddenView(r),
            })),
          outcome:
            p.outcome && p.outcome_reason && p.outcome_at
              ? {
                  outcome: p.outcome,
                  reason: p.outcome_reason,
                  at: p.outcome_at.toISOString(),
                  policy:
                    p.outcome_policy_id && p.outcome_policy_title
                      ? { id: p.outcome_policy_id, title: p.outcome_policy_title }
                      : null,
                }
              : null,
          citedBy: citing
            .filter(
              (c) =>
                c.cited_id === p.id &&
                c.version_status !== 'discarded' &&
                versionVisible(actor, c.version_status),
            )
            .map((c) => ({
              policyId: c.policy_id,
              policyTitle: c.policy_title,
              versionId: c.version_id,
              versionNumber: c.version_number,
              versionStatus: c.version_status,
              provisionId: c.provision_id,
              label: c.label,
              removed: c.removed,
            })),
        }),
      ),
    };
  });
}

function hiddenView(row: { hidden_at: Date | null; hidden_reason: string | null }) {
  return row.hidden_at && row.hidden_reason
    ? { reason: row.hidden_reason, at: row.hidden_at.toISOString() }
    : null;
}

/** What a drafter may cite as evidence: every visible proposal of the government's forums. */
export function proposalChoices(db: Db, actor: Actor) {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => ({
    items: (await repo.proposalChoices(tx)).map((p) => ({
      id: p.id,
      forumId: p.forum_id,
      forumTitle: p.forum_title,
      title: p.title,
      author: p.author_name,
    })),
  }));
}
