import type {
  ConsultationAudience,
  CreateCommentBody,
  RespondBody,
} from '@jenjang/domain/policies/consultation.contract';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';

// Consultation rounds, their comments and proposals, and supports (migration 0030).

export async function insertRound(
  tx: Tx,
  tenantId: number,
  round: {
    policyId: number;
    versionId: number;
    openedAt: Date;
    closesAt: Date;
    audience: ConsultationAudience;
    allowAnonymous: boolean;
    minGroupSize: number;
    by: number | null;
  },
) {
  const row = await tx
    .insertInto('consultation_round')
    .values({
      tenant_id: tenantId,
      policy_id: round.policyId,
      version_id: round.versionId,
      opened_at: round.openedAt,
      closes_at: round.closesAt,
      invites_employees: round.audience.employees,
      invites_leaders: round.audience.leaders,
      invites_partners: round.audience.partners,
      invites_public: round.audience.public ?? false,
      allows_anonymous: round.allowAnonymous,
      min_group_size: round.minGroupSize,
      opened_by: round.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Closes the policy's open round, if any; its id. */
export async function closeOpenRound(tx: Tx, policyId: number, at: Date) {
  const row = await tx
    .updateTable('consultation_round')
    .set({ closed_at: at })
    .where('policy_id', '=', policyId)
    .where('closed_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export function roundsOf(tx: Tx, policyId: number) {
  return tx
    .selectFrom('consultation_round as r')
    .innerJoin('policy_version as v', 'v.id', 'r.version_id')
    .selectAll('r')
    .select('v.number as version_number')
    .where('r.policy_id', '=', policyId)
    .orderBy('r.opened_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
}

export function findRound(tx: Tx, policyId: number, roundId: number) {
  return tx
    .selectFrom('consultation_round')
    .selectAll()
    .where('policy_id', '=', policyId)
    .where('id', '=', roundId)
    .executeTakeFirst();
}

/** A round by its id alone (anonymous input knows its round, not its policy). */
export function findRoundById(tx: Tx, roundId: number) {
  return tx.selectFrom('consultation_round').selectAll().where('id', '=', roundId).executeTakeFirst();
}

/** The rounds consulting on a version. */
export async function roundIdsOfVersion(tx: Tx, versionId: number) {
  const rows = await tx
    .selectFrom('consultation_round')
    .select('id')
    .where('version_id', '=', versionId)
    .execute();
  return rows.map((r) => r.id);
}

/** A comment of the policy's rounds, with its round. */
export function findComment(tx: Tx, policyId: number, commentId: number) {
  return tx
    .selectFrom('consultation_comment as c')
    .innerJoin('consultation_round as r', 'r.id', 'c.round_id')
    .selectAll('c')
    .select(['r.policy_id', 'r.version_id', 'r.closes_at', 'r.closed_at'])
    .select(['r.invites_employees', 'r.invites_leaders', 'r.invites_partners'])
    .where('r.policy_id', '=', policyId)
    .where('c.id', '=', commentId)
    .executeTakeFirst();
}

export async function insertComment(
  tx: Tx,
  tenantId: number,
  comment: CreateCommentBody & { roundId: number; authorId: number },
) {
  const row = await tx
    .insertInto('consultation_comment')
    .values({
      tenant_id: tenantId,
      round_id: comment.roundId,
      provision_id: comment.provisionId,
      quote: comment.quote,
      kind: comment.kind,
      body: comment.body,
      author_id: comment.authorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A citizen's input: no author, no address, and dated with the day's midnight on the government's
 * clock rather than the moment (a moment could be matched with a web server's access log).
 */
export async function insertPublicComment(
  tx: Tx,
  tenantId: number,
  comment: CreateCommentBody & { roundId: number },
) {
  const row = await tx
    .insertInto('consultation_comment')
    .values({
      tenant_id: tenantId,
      round_id: comment.roundId,
      provision_id: comment.provisionId,
      quote: comment.quote,
      kind: comment.kind,
      body: comment.body,
      author_id: null,
      source: 'public',
      created_at: sql<Date>`((now() at time zone (select time_zone from tenant where id = ${tenantId}))::date)::timestamp
        at time zone (select time_zone from tenant where id = ${tenantId})`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Citizens' input of the policy's rounds that has its official response and is not hidden. */
export function answeredPublicInput(tx: Tx, policyId: number) {
  return tx
    .selectFrom('consultation_comment as c')
    .innerJoin('consultation_round as r', 'r.id', 'c.round_id')
    .select(['c.id', 'c.kind', 'c.provision_id', 'c.quote', 'c.body', 'c.response', 'c.response_reason'])
    .select('r.version_id')
    .where('r.policy_id', '=', policyId)
    .where('c.source', '=', 'public')
    .where('c.hidden_at', 'is', null)
    .where('c.response', 'is not', null)
    .orderBy('c.id')
    .execute();
}

/** One support per person: false when this account had already supported it. */
export async function insertSupport(tx: Tx, tenantId: number, commentId: number, accountId: number) {
  const row = await tx
    .insertInto('consultation_support')
    .values({ tenant_id: tenantId, comment_id: commentId, account_id: accountId })
    .onConflict((oc) => oc.doNothing())
    .returning('comment_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function hideComment(
  tx: Tx,
  commentId: number,
  hidden: { reason: string; by: number; at: Date },
) {
  await tx
    .updateTable('consultation_comment')
    .set({ hidden_at: hidden.at, hidden_reason: hidden.reason, hidden_by: hidden.by })
    .where('id', '=', commentId)
    .execute();
}

export async function respondTo(tx: Tx, commentId: number, response: RespondBody & { by: number; at: Date }) {
  await tx
    .updateTable('consultation_comment')
    .set({
      response: response.response,
      response_reason: response.reason,
      responded_by: response.by,
      responded_at: response.at,
    })
    .where('id', '=', commentId)
    .execute();
}

/** The comments of these rounds, oldest first, with their authors' names and supports. */
export function commentsOf(tx: Tx, roundIds: readonly number[], readerId: number) {
  if (roundIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('consultation_comment as c')
    .leftJoin('account as a', 'a.id', 'c.author_id')
    .selectAll('c')
    .select([
      'a.display_name as author_name',
      sql<number>`(select count(*) from consultation_support s where s.comment_id = c.id)::int`.as(
        'supports',
      ),
      sql<boolean>`exists (select 1 from consultation_support s where s.comment_id = c.id and s.account_id = ${readerId})`.as(
        'supported_by_me',
      ),
    ])
    .where('c.round_id', 'in', roundIds)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
}

/** Comments and proposals of a version's rounds still without an official response (hidden ones aside). */
export async function openItemCount(tx: Tx, versionId: number): Promise<number> {
  const row = await tx
    .selectFrom('consultation_comment as c')
    .innerJoin('consultation_round as r', 'r.id', 'c.round_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('r.version_id', '=', versionId)
    .where('c.hidden_at', 'is', null)
    .where('c.response', 'is', null)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Comments of the policy among `ids` (others and another policy's are absent), for evidence. */
export function commentsById(tx: Tx, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('consultation_comment as c')
    .innerJoin('consultation_round as r', 'r.id', 'c.round_id')
    .leftJoin('account as a', 'a.id', 'c.author_id')
    .select(['c.id', 'c.body', 'c.kind', 'r.policy_id', 'a.display_name as author_name'])
    .where('c.id', 'in', ids)
    .execute();
}

/** The provision changes citing these comments: where each input was absorbed. */
export function changesCitingComments(tx: Tx, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('provision_evidence as e')
    .innerJoin('policy_version as v', 'v.id', 'e.version_id')
    .select(['e.comment_id', 'e.version_id', 'v.number as version_number', 'v.status', 'e.provision_id'])
    .where('e.comment_id', 'in', ids)
    .execute();
}

// Anonymous input (migration 0037). The ballots and the inbox are out of the app role's reach: it
// writes and counts them only through these definer functions, owned by jenjang_auth.

/** Step 1: stores a ballot (a token's hash, the round, the author's keyed hash). */
export async function issueBallot(
  tx: Tx,
  values: { roundId: number; authorKey: Buffer; tokenHash: Buffer; now: Date },
): Promise<'issued' | 'closed' | 'limit'> {
  const row = await sql<{ outcome: 'issued' | 'closed' | 'limit' }>`
    select consultation_issue_ballot(${values.roundId}::bigint, ${values.authorKey}::bytea,
      ${values.tokenHash}::bytea, ${values.now}::timestamptz) as outcome`.execute(tx);
  return row.rows[0]!.outcome;
}

/** Step 2: the tenant and round of an unused ballot, or undefined. */
export async function findBallot(db: Db, tokenHash: Buffer) {
  const found = await sql<{ tenant_id: number; round_id: number }>`
    select tenant_id, round_id::int from consultation_ballot_find(${tokenHash}::bytea)`.execute(db);
  return found.rows[0];
}

/**
 * Step 2: burns the ballot and puts the input in the inbox, in one statement of its own (the
 * function sets the tenant for that statement only).
 */
export async function submitAnonymous(
  db: Db,
  values: CreateCommentBody & { tenantId: number; tokenHash: Buffer; now: Date },
): Promise<'stored' | 'closed' | 'used'> {
  const row = await sql<{ outcome: 'stored' | 'closed' | 'used' }>`
    select consultation_submit_anonymous(${values.tenantId}::int, ${values.tokenHash}::bytea,
      ${values.provisionId}::bigint, ${values.quote}::text, ${values.kind}::text, ${values.body}::text,
      ${values.now}::timestamptz) as outcome`.execute(db);
  return row.rows[0]!.outcome;
}

/** Releases the round's waiting input if it holds k or more authors; how many moved. */
export async function release(tx: Tx, roundId: number): Promise<number> {
  const row = await sql<{ moved: number }>`select consultation_release(${roundId}::bigint) as moved`.execute(
    tx,
  );
  return row.rows[0]!.moved;
}

/**
 * Once the round takes no more input: a last batch if it holds k authors, the rest withheld for
 * good. The round's withheld count, or null while it still takes input.
 */
export async function finalize(tx: Tx, roundId: number, now: Date): Promise<number | null> {
  const row = await sql<{ withheld: number | null }>`
    select consultation_finalize(${roundId}::bigint, ${now}::timestamptz) as withheld`.execute(tx);
  return row.rows[0]!.withheld;
}
