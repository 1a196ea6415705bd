import type { AgendaBody, OutcomeBody, ProposalBody } from '@jenjang/domain/policies/forum.contract';
import type { ForumState } from '@jenjang/domain/policies/forum.rules';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// The Forum Diskusi ASN: forums, their agenda and policies, proposals, replies and votes
// (migration 0033).

export async function insertForum(
  tx: Tx,
  tenantId: number,
  forum: { title: string; year: number; startsAt: Date; endsAt: Date; place: string; by: number },
) {
  const row = await tx
    .insertInto('forum')
    .values({
      tenant_id: tenantId,
      title: forum.title,
      year: forum.year,
      starts_at: forum.startsAt,
      ends_at: forum.endsAt,
      place: forum.place,
      created_by: forum.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertForumPolicies(tx: Tx, tenantId: number, forumId: number, policyIds: number[]) {
  if (policyIds.length === 0) return;
  await tx
    .insertInto('forum_policy')
    .values(policyIds.map((policyId) => ({ tenant_id: tenantId, forum_id: forumId, policy_id: policyId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** A forum's details as an admin corrects them: its title, year, start and end, place. */
export async function updateForum(
  tx: Tx,
  forumId: number,
  forum: { title: string; year: number; startsAt: Date; endsAt: Date; place: string },
) {
  await tx
    .updateTable('forum')
    .set({
      title: forum.title,
      year: forum.year,
      starts_at: forum.startsAt,
      ends_at: forum.endsAt,
      place: forum.place,
    })
    .where('id', '=', forumId)
    .execute();
}

/** The policies the forum discusses become exactly these. */
export async function replaceForumPolicies(tx: Tx, tenantId: number, forumId: number, policyIds: number[]) {
  await tx.deleteFrom('forum_policy').where('forum_id', '=', forumId).execute();
  await insertForumPolicies(tx, tenantId, forumId, policyIds);
}

/** The government's forums, newest first, with how many proposals each holds (hidden ones aside). */
export function listForums(tx: Tx) {
  return tx
    .selectFrom('forum as f')
    .selectAll('f')
    .select(
      sql<number>`(select count(*) from forum_proposal p where p.forum_id = f.id and p.hidden_at is null)::int`.as(
        'proposal_count',
      ),
    )
    .select(
      sql<
        number[]
      >`array(select fp.policy_id::int from forum_policy fp where fp.forum_id = f.id order by fp.policy_id)`.as(
        'policy_ids',
      ),
    )
    .orderBy('f.starts_at', 'desc')
    .orderBy('f.id', 'desc')
    .execute();
}

/**
 * The forum; `lock` 'update' for the admins' acts (one at a time), 'share' for input, so that a
 * forum being closed waits for the input already under way and no input follows its closing.
 */
export function findForum(tx: Tx, forumId: number, options: { lock?: 'update' | 'share' } = {}) {
  const query = tx
    .selectFrom('forum as f')
    .leftJoin('account as m', 'm.id', 'f.minutes_by')
    .selectAll('f')
    .select('m.display_name as minutes_author')
    .where('f.id', '=', forumId);
  const locked =
    options.lock === 'update' ? query.forUpdate('f') : options.lock === 'share' ? query.forShare('f') : query;
  return locked.executeTakeFirst();
}

export function forumPolicies(tx: Tx, forumId: number) {
  return tx
    .selectFrom('forum_policy as fp')
    .innerJoin('policy as p', 'p.id', 'fp.policy_id')
    .select(['p.id', 'p.title'])
    .where('fp.forum_id', '=', forumId)
    .orderBy('p.title')
    .execute();
}

export function agendaOf(tx: Tx, forumId: number) {
  return tx
    .selectFrom('forum_agenda_item')
    .select(['time', 'title', 'note'])
    .where('forum_id', '=', forumId)
    .orderBy('ordinal')
    .execute();
}

export async function replaceAgenda(tx: Tx, tenantId: number, forumId: number, items: AgendaBody['items']) {
  await tx.deleteFrom('forum_agenda_item').where('forum_id', '=', forumId).execute();
  if (items.length === 0) return;
  await tx
    .insertInto('forum_agenda_item')
    .values(
      items.map((item, ordinal) => ({
        tenant_id: tenantId,
        forum_id: forumId,
        ordinal,
        time: item.time,
        title: item.title,
        note: item.note,
      })),
    )
    .execute();
}

export async function setState(tx: Tx, forumId: number, state: ForumState, at: Date) {
  await tx
    .updateTable('forum')
    .set(state === 'open' ? { state, opened_at: at } : { state, closed_at: at })
    .where('id', '=', forumId)
    .execute();
}

export async function writeMinutes(tx: Tx, forumId: number, minutes: { text: string; by: number; at: Date }) {
  await tx
    .updateTable('forum')
    .set({ minutes: minutes.text, minutes_by: minutes.by, minutes_at: minutes.at })
    .where('id', '=', forumId)
    .execute();
}

export async function insertProposal(
  tx: Tx,
  tenantId: number,
  proposal: ProposalBody & { forumId: number; authorId: number; at: Date },
) {
  const row = await tx
    .insertInto('forum_proposal')
    .values({
      tenant_id: tenantId,
      forum_id: proposal.forumId,
      title: proposal.title,
      body: proposal.body,
      author_id: proposal.authorId,
      created_at: proposal.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findProposal(tx: Tx, forumId: number, proposalId: number) {
  return tx
    .selectFrom('forum_proposal')
    .selectAll()
    .where('forum_id', '=', forumId)
    .where('id', '=', proposalId)
    .executeTakeFirst();
}

export function findReply(tx: Tx, forumId: number, replyId: number) {
  return tx
    .selectFrom('forum_reply as r')
    .innerJoin('forum_proposal as p', 'p.id', 'r.proposal_id')
    .selectAll('r')
    .where('p.forum_id', '=', forumId)
    .where('r.id', '=', replyId)
    .executeTakeFirst();
}

export async function insertReply(
  tx: Tx,
  tenantId: number,
  reply: { proposalId: number; body: string; authorId: number; at: Date },
) {
  const row = await tx
    .insertInto('forum_reply')
    .values({
      tenant_id: tenantId,
      proposal_id: reply.proposalId,
      body: reply.body,
      author_id: reply.authorId,
      created_at: reply.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One vote per person per proposal: a second one, however simultaneous, only changes the stance. */
export async function upsertVote(
  tx: Tx,
  tenantId: number,
  vote: { proposalId: number; accountId: number; stance: 'agree' | 'disagree'; at: Date },
) {
  await tx
    .insertInto('forum_vote')
    .values({
      tenant_id: tenantId,
      proposal_id: vote.proposalId,
      account_id: vote.accountId,
      stance: vote.stance,
      voted_at: vote.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['proposal_id', 'account_id', 'tenant_id'])
        .doUpdateSet({ stance: vote.stance, voted_at: vote.at }),
    )
    .execute();
}

/** Removes the account's vote on the proposal; whether there was one. */
export async function deleteVote(tx: Tx, vote: { proposalId: number; accountId: number }) {
  const result = await tx
    .deleteFrom('forum_vote')
    .where('proposal_id', '=', vote.proposalId)
    .where('account_id', '=', vote.accountId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function recordOutcome(
  tx: Tx,
  proposalId: number,
  outcome: OutcomeBody & { by: number; at: Date },
) {
  await tx
    .updateTable('forum_proposal')
    .set({
      outcome: outcome.outcome,
      outcome_reason: outcome.reason,
      outcome_policy_id: outcome.policyId,
      outcome_by: outcome.by,
      outcome_at: outcome.at,
    })
    .where('id', '=', proposalId)
    .execute();
}

export async function hide(
  tx: Tx,
  table: 'forum_proposal' | 'forum_reply',
  id: number,
  hidden: { reason: string; by: number; at: Date },
) {
  await tx
    .updateTable(table)
    .set({ hidden_at: hidden.at, hidden_reason: hidden.reason, hidden_by: hidden.by })
    .where('id', '=', id)
    .execute();
}

/** A forum's proposals, oldest first, with their authors, vote counts and this reader's vote. */
export function proposalsOf(tx: Tx, forumId: number, readerId: number) {
  return tx
    .selectFrom('forum_proposal as p')
    .innerJoin('account as a', 'a.id', 'p.author_id')
    .leftJoin('policy as op', 'op.id', 'p.outcome_policy_id')
    .selectAll('p')
    .select([
      'a.display_name as author_name',
      'op.title as outcome_policy_title',
      sql<number>`(select count(*) from forum_vote v where v.proposal_id = p.id and v.stance = 'agree')::int`.as(
        'agree',
      ),
      sql<number>`(select count(*) from forum_vote v where v.proposal_id = p.id and v.stance = 'disagree')::int`.as(
        'disagree',
      ),
      sql<
        'agree' | 'disagree' | null
      >`(select v.stance from forum_vote v where v.proposal_id = p.id and v.account_id = ${readerId})`.as(
        'my_vote',
      ),
    ])
    .where('p.forum_id', '=', forumId)
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
}

export function repliesOf(tx: Tx, proposalIds: readonly number[]) {
  if (proposalIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('forum_reply as r')
    .innerJoin('account as a', 'a.id', 'r.author_id')
    .selectAll('r')
    .select('a.display_name as author_name')
    .where('r.proposal_id', 'in', proposalIds)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

/** Proposals among `ids` with their forums (hidden ones included: the caller decides), for evidence. */
export function proposalsById(tx: Tx, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('forum_proposal as p')
    .innerJoin('forum as f', 'f.id', 'p.forum_id')
    .innerJoin('account as a', 'a.id', 'p.author_id')
    .select([
      'p.id',
      'p.title',
      'p.forum_id',
      'p.hidden_at',
      'f.title as forum_title',
      'a.display_name as author_name',
    ])
    .where('p.id', 'in', ids)
    .execute();
}

/** Every visible proposal of the government's forums, newest forum first: what a change may cite. */
export function proposalChoices(tx: Tx) {
  return tx
    .selectFrom('forum_proposal as p')
    .innerJoin('forum as f', 'f.id', 'p.forum_id')
    .innerJoin('account as a', 'a.id', 'p.author_id')
    .select(['p.id', 'p.title', 'p.forum_id', 'f.title as forum_title', 'a.display_name as author_name'])
    .where('p.hidden_at', 'is', null)
    .orderBy('f.starts_at', 'desc')
    .orderBy('p.id')
    .execute();
}

/** The policies among `ids` (others are absent), for links and outcomes. */
export function policiesById(tx: Tx, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.selectFrom('policy').select(['id', 'title']).where('id', 'in', ids).execute();
}
