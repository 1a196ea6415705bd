import { createHash, createHmac, randomBytes } from 'node:crypto';
import type {
  AnonymousCommentBody,
  CommentView,
  CreateCommentBody,
  OpenConsultation,
  RespondBody,
  RoundView,
} from '@jenjang/domain/policies/consultation.contract';
import { textEditable } from '@jenjang/domain/policies/policy-lifecycle.rules';
import { citationsByVersion } from '@jenjang/domain/policies/provision-citation.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import { compareCalendarDates } from '@jenjang/domain/shared/calendar-date';
import { instantOfWallClock } from '@jenjang/domain/shared/time-zone';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday, tenantZone } from '../../db/tenant-clock';
import { publish } from '../../events';
import { forbidden, notFound, ProblemError } from '../../http/problem';
import * as repo from './consultation.repository';
import * as policies from './policy.repository';
import { authorise, consultedVersions, invited, mayDo, readablePolicy } from './policy-access';
import * as provisions from './provision.repository';

// Consultation rounds on a draft. A round opens with the step openConsultation (its window and who
// is invited) and closes with closeConsultation; while it is open, the invited comment on a
// provision (quoting its words) or propose in general, and support what others said, once each.
// After it closes no new input is taken while the drafters consolidate: they respond to every item
// (accepted, partially, rejected, with a reason) before a leader may adopt, and may hide an abusive
// one with a reason. Every act is audited.
//
// A round may allow invited staff to take part anonymously (migration 0037, docs/privacy.md): a
// ballot taken with the session, the input sent without it into an inbox the app role cannot read,
// released into the comments in batches of at least k authors. Those steps are neither audited nor
// published: nothing the application can read is written when they happen.

type Round = NonNullable<Awaited<ReturnType<typeof repo.findRound>>>;

/** Whether a round takes input now: its policy under consultation, before its end, not closed early. */
const accepting = (state: string, round: Pick<Round, 'closes_at' | 'closed_at'>, now: Date) =>
  state === 'consultation' && round.closed_at === null && now < round.closes_at;

/** Opens a round on the draft (lifecycle: openConsultation), ending at midnight after its last day. */
export async function openRound(
  tx: Tx,
  tenantId: number,
  round: {
    policyId: number;
    versionId: number;
    body: OpenConsultation | undefined;
    by: number | null;
    now: Date;
    /** k for anonymous input: SURVEY_MIN_GROUP_SIZE, as for the surveys. */
    minGroupSize: number;
  },
) {
  if (!round.body) throw new ProblemError(400, 'policy.consultationWindowRequired');
  const { audience } = round.body;
  const allowAnonymous = round.body.allowAnonymous ?? false;
  if (allowAnonymous && !audience.employees && !audience.leaders) {
    throw new ProblemError(400, 'policy.anonymousWithoutStaff');
  }
  const today = await tenantToday(tx, round.now);
  if (compareCalendarDates(round.body.closesOn, today) < 0) {
    throw new ProblemError(400, 'policy.consultationInPast', { date: round.body.closesOn });
  }
  const lastMinute = instantOfWallClock(`${round.body.closesOn}T23:59`, await tenantZone(tx));
  if (!lastMinute) throw new ProblemError(400, 'policy.consultationInPast', { date: round.body.closesOn });
  await repo.insertRound(tx, tenantId, {
    policyId: round.policyId,
    versionId: round.versionId,
    openedAt: round.now,
    closesAt: new Date(lastMinute.getTime() + 60_000),
    audience,
    allowAnonymous,
    minGroupSize: Math.max(3, round.minGroupSize),
    by: round.by,
  });
}

/**
 * Closes the policy's open round (lifecycle: closeConsultation, retire): its anonymous input still
 * waiting leaves in a last batch if it holds k authors, and is otherwise withheld for good.
 */
export async function closeRound(tx: Tx, policyId: number, now: Date) {
  const roundId = await repo.closeOpenRound(tx, policyId, now);
  if (roundId !== undefined) await repo.finalize(tx, roundId, now);
}

/** Refuses adoption while input of the draft's rounds awaits its official response. */
export async function checkNoOpenItems(tx: Tx, versionId: number, now: Date) {
  // Anonymous input still waiting is released or withheld first: released, it needs its response.
  for (const roundId of await repo.roundIdsOfVersion(tx, versionId)) await repo.finalize(tx, roundId, now);
  const count = await repo.openItemCount(tx, versionId);
  if (count > 0) throw new ProblemError(409, 'policy.openItems', { count });
}

export function listRounds(db: Db, actor: Actor, policyId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const policy = await readablePolicy(tx, actor, policyId);
    const review = mayDo(actor, 'policy.review');
    const rounds = (await repo.roundsOf(tx, policyId)).filter((round) => review || invited(actor, round));
    // A round whose window has passed ends its anonymous input on its first read, as a survey wave does.
    const withheld = new Map<number, number>();
    for (const round of rounds) {
      if (round.allows_anonymous && !accepting(policy.state, round, now)) {
        withheld.set(round.id, (await repo.finalize(tx, round.id, now)) ?? round.withheld);
      }
    }
    const comments = await repo.commentsOf(
      tx,
      rounds.map((r) => r.id),
      actor.accountId,
    );
    const anchors = await anchorText(tx, actor, policyId, review);
    const absorbed = await repo.changesCitingComments(
      tx,
      comments.map((c) => c.id),
    );
    const items = comments
      .filter((comment) => review || comment.hidden_at === null)
      .map((comment) => commentView(comment, actor, anchors, absorbed));
    return {
      rounds: rounds.map(
        (round): RoundView => ({
          id: round.id,
          versionId: round.version_id,
          versionNumber: round.version_number,
          openedAt: round.opened_at.toISOString(),
          closesAt: round.closes_at.toISOString(),
          closedAt: round.closed_at?.toISOString() ?? null,
          audience: {
            employees: round.invites_employees,
            leaders: round.invites_leaders,
            partners: round.invites_partners,
            public: round.invites_public,
          },
          allowAnonymous: round.allows_anonymous,
          minGroupSize: round.min_group_size,
          withheld: withheld.get(round.id) ?? round.withheld,
          accepting: accepting(policy.state, round, now),
          canTakePart: accepting(policy.state, round, now) && invited(actor, round),
          canTakePartAnonymously:
            accepting(policy.state, round, now) && round.allows_anonymous && anonymousAllowed(actor, round),
          openItems: items.filter((c) => c.roundId === round.id && !c.hidden && !c.response).length,
          comments: items.filter((c) => c.roundId === round.id),
        }),
      ),
    };
  });
}

/**
 * The newest text a comment re-anchors to: the draft for reviewers, else the newest text this
 * reader may see (adopted, or consulted on with it); with every version's labels, for provisions
 * since removed.
 */
async function anchorText(tx: Tx, actor: Actor, policyId: number, review: boolean) {
  const consulted = await consultedVersions(tx, actor, policyId);
  const versions = (await policies.listVersions(tx, policyId)).filter(
    (v) => v.status !== 'discarded' && (review || v.status === 'adopted' || consulted.has(v.id)),
  );
  const texts = await provisions.textsOf(
    tx,
    versions.map((v) => v.id),
  );
  // Each provision cited in full ("Pasal 5 ayat (1)"), version by version.
  const cited = citationsByVersion(texts);
  return { newest: texts.get(versions[0]?.id ?? 0) ?? [], all: texts, cited, versions };
}

type CommentRow = Awaited<ReturnType<typeof repo.commentsOf>>[number];

function commentView(
  comment: CommentRow,
  actor: Actor,
  anchors: Awaited<ReturnType<typeof anchorText>>,
  absorbed: Awaited<ReturnType<typeof repo.changesCitingComments>>,
): CommentView {
  const current = anchors.newest.find((p) => p.provisionId === comment.provision_id);
  const citation = (versionId: number) =>
    comment.provision_id === null ? undefined : anchors.cited.get(versionId)?.get(comment.provision_id);
  // The newest text holding it names it; one removed since is named as it was last numbered.
  const anyLabel = anchors.versions.map((v) => citation(v.id)).find((label) => label !== undefined);
  const words = current ? `${current.heading ?? ''}\n${current.body}` : '';
  return {
    id: comment.id,
    roundId: comment.round_id,
    provisionId: comment.provision_id,
    provisionLabel: comment.provision_id === null ? null : (anyLabel ?? null),
    quote: comment.quote,
    outdated:
      comment.provision_id !== null &&
      (!current || (comment.quote !== null && !words.includes(comment.quote))),
    kind: comment.kind,
    body: comment.body,
    author: comment.source === 'identified' ? comment.author_name : null,
    source: comment.source,
    mine: comment.author_id !== null && comment.author_id === actor.accountId,
    createdAt: comment.created_at.toISOString(),
    supports: comment.supports,
    supportedByMe: comment.supported_by_me,
    hidden:
      comment.hidden_at && comment.hidden_reason
        ? { reason: comment.hidden_reason, at: comment.hidden_at.toISOString() }
        : null,
    response:
      comment.response && comment.response_reason && comment.responded_at
        ? {
            response: comment.response,
            reason: comment.response_reason,
            at: comment.responded_at.toISOString(),
          }
        : null,
    absorbedIn: absorbed
      .filter((a) => a.comment_id === comment.id && anchors.versions.some((v) => v.id === a.version_id))
      .map((a) => ({
        versionId: a.version_id,
        versionNumber: a.version_number,
        provisionId: a.provision_id,
        label: anchors.cited.get(a.version_id)?.get(a.provision_id) ?? anyLabel ?? '',
      })),
  };
}

/** The round, if the actor may take part in it now: invited, and the round accepting input. */
async function roundForInput(tx: Tx, actor: Actor, policyId: number, roundId: number, now: Date) {
  const policy = await policies.lockPolicy(tx, policyId);
  const round = policy && (await repo.findRound(tx, policyId, roundId));
  if (!policy || !round) throw notFound();
  if (!invited(actor, round)) throw forbidden();
  if (!accepting(policy.state, round, now)) throw new ProblemError(409, 'policy.consultationClosed');
  return round;
}

/** The provision an input is about is in the consulted draft, and the quoted words in it. */
async function checkAnchor(tx: Tx, versionId: number, body: CreateCommentBody) {
  if (body.provisionId !== null) {
    const text = (await provisions.textsOf(tx, [versionId])).get(versionId) ?? [];
    const provision = text.find((p) => p.provisionId === body.provisionId);
    if (!provision) throw new ProblemError(400, 'policy.provisionNotInVersion');
    if (body.quote !== null && !`${provision.heading ?? ''}\n${provision.body}`.includes(body.quote)) {
      throw new ProblemError(400, 'policy.quoteNotFound');
    }
  } else if (body.quote !== null) {
    throw new ProblemError(400, 'policy.quoteNotFound');
  }
}

export async function addComment(
  db: Db,
  actor: Actor,
  target: { policyId: number; roundId: number },
  body: CreateCommentBody,
  now: Date,
) {
  authorise(actor, 'policy.participate');
  return withTenant(db, actor.tenantId, async (tx) => {
    const round = await roundForInput(tx, actor, target.policyId, target.roundId, now);
    await checkAnchor(tx, round.version_id, body);
    const id = await repo.insertComment(tx, actor.tenantId, {
      ...body,
      roundId: round.id,
      authorId: actor.accountId,
    });
    await publish(tx, actor.tenantId, {
      type: 'policy.comment.added',
      actorAccountId: actor.accountId,
      payload: {
        policyId: target.policyId,
        commentId: id,
        roundId: round.id,
        kind: body.kind,
        provisionId: body.provisionId,
      },
    });
    return { id };
  });
}

export async function supportComment(
  db: Db,
  actor: Actor,
  target: { policyId: number; commentId: number },
  now: Date,
) {
  authorise(actor, 'policy.participate');
  return withTenant(db, actor.tenantId, async (tx) => {
    const comment = await repo.findComment(tx, target.policyId, target.commentId);
    if (!comment || comment.hidden_at !== null) throw notFound();
    await roundForInput(tx, actor, target.policyId, comment.round_id, now);
    if (comment.author_id === actor.accountId) throw new ProblemError(409, 'policy.supportOwn');
    if (!(await repo.insertSupport(tx, actor.tenantId, comment.id, actor.accountId))) {
      throw new ProblemError(409, 'policy.alreadySupported');
    }
    await publish(tx, actor.tenantId, {
      type: 'policy.comment.supported',
      actorAccountId: actor.accountId,
      payload: { policyId: target.policyId, commentId: comment.id },
    });
  });
}

/** A drafter's act on an item: the policy still being drafted or consulted on, the item its own. */
async function managedComment(tx: Tx, actor: Actor, target: { policyId: number; commentId: number }) {
  authorise(actor, 'policy.manage');
  const policy = await policies.lockPolicy(tx, target.policyId);
  const comment = policy && (await repo.findComment(tx, target.policyId, target.commentId));
  if (!policy || !comment) throw notFound();
  if (!textEditable(policy.state) && policy.state !== 'consultation') {
    throw new ProblemError(409, 'policy.consultationSettled');
  }
  return comment;
}

export function hideComment(
  db: Db,
  actor: Actor,
  target: { policyId: number; commentId: number },
  reason: string,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const comment = await managedComment(tx, actor, target);
    await repo.hideComment(tx, comment.id, { reason, by: actor.accountId, at: now });
    await publish(tx, actor.tenantId, {
      type: 'policy.comment.hidden',
      actorAccountId: actor.accountId,
      payload: { policyId: target.policyId, commentId: comment.id, reason },
    });
  });
}

export function respondToComment(
  db: Db,
  actor: Actor,
  target: { policyId: number; commentId: number },
  body: RespondBody,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const comment = await managedComment(tx, actor, target);
    await repo.respondTo(tx, comment.id, { ...body, by: actor.accountId, at: now });
    await publish(tx, actor.tenantId, {
      type: 'policy.comment.responded',
      actorAccountId: actor.accountId,
      payload: { policyId: target.policyId, commentId: comment.id, response: body.response },
    });
  });
}

// Anonymous input (migration 0037; docs/privacy.md, "Anonymous consultation input").

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/** Staff the round invites: anonymity is the ASN's, not a partner institution's. */
const anonymousAllowed = (actor: Actor, round: Parameters<typeof invited>[1]) =>
  actor.employeeId !== null && invited(actor, round);

/**
 * Who wrote an anonymous input, as the inbox alone knows it until the batch leaves: a keyed hash of
 * the round and the account, so a batch needs k distinct people (one person's ten inputs are one
 * author), and nobody without the server's secret can test an account against it.
 */
const authorKey = (secret: Buffer, tenantId: number, roundId: number, accountId: number) =>
  createHmac('sha256', secret).update(`consultation-author:${tenantId}:${roundId}:${accountId}`).digest();

/**
 * Step 1 (signed in): checks that the actor is invited staff and that the round allows anonymous
 * input and takes input now, then stores a ballot — the hash of a random single-use token with the
 * round and the author key — and returns the token. Nothing the app role can read is written, and
 * the policy row is not locked (a lock would mark it with this step's transaction id).
 */
export async function issueBallot(
  db: Db,
  secret: Buffer,
  actor: Actor,
  target: { policyId: number; roundId: number },
  now: Date,
) {
  authorise(actor, 'policy.participate');
  const token = randomBytes(32).toString('base64url');
  await withTenant(db, actor.tenantId, async (tx) => {
    const policy = await policies.findPolicy(tx, target.policyId);
    const round = policy && (await repo.findRound(tx, target.policyId, target.roundId));
    if (!policy || !round) throw notFound();
    if (!invited(actor, round)) throw forbidden();
    if (!accepting(policy.state, round, now)) throw new ProblemError(409, 'policy.consultationClosed');
    if (!round.allows_anonymous) throw new ProblemError(409, 'policy.anonymousNotAllowed');
    if (!anonymousAllowed(actor, round)) throw new ProblemError(403, 'policy.anonymousStaffOnly');
    const outcome = await repo.issueBallot(tx, {
      roundId: round.id,
      authorKey: authorKey(secret, actor.tenantId, round.id, actor.accountId),
      tokenHash: sha256(token),
      now,
    });
    if (outcome === 'closed') throw new ProblemError(409, 'policy.consultationClosed');
    if (outcome === 'limit') throw new ProblemError(409, 'policy.anonymousLimit');
  });
  return { token };
}

/**
 * Step 2 (no session used): checks the input against the ballot's round and draft (a rejected
 * input leaves the ballot unburnt, to be corrected), then burns the ballot and puts the input in the
 * round's inbox in one statement. The release of a batch runs afterwards in a transaction of its
 * own: no row the app role can read was written by this step.
 */
export async function submitAnonymous(db: Db, input: AnonymousCommentBody, now: Date) {
  const tokenHash = sha256(input.token);
  const ballot = await repo.findBallot(db, tokenHash);
  if (!ballot) throw new ProblemError(409, 'policy.ballotUsed');
  const { tenant_id: tenantId, round_id: roundId } = ballot;
  const body: CreateCommentBody = {
    provisionId: input.provisionId,
    quote: input.quote,
    kind: input.kind,
    body: input.body,
  };
  await withTenant(db, tenantId, async (tx) => {
    const round = await repo.findRoundById(tx, roundId);
    const policy = round && (await policies.findPolicy(tx, round.policy_id));
    if (!round || !policy) throw new ProblemError(409, 'policy.ballotUsed');
    if (!accepting(policy.state, round, now)) throw new ProblemError(409, 'policy.consultationClosed');
    await checkAnchor(tx, round.version_id, body);
  });
  const outcome = await repo.submitAnonymous(db, { ...body, tenantId, tokenHash, now });
  if (outcome === 'closed') throw new ProblemError(409, 'policy.consultationClosed');
  if (outcome === 'used') throw new ProblemError(409, 'policy.ballotUsed');
  await withTenant(db, tenantId, (tx) => repo.release(tx, roundId));
  return { accepted: true as const };
}

// The public (migration 0037): citizens on the transparency page of a published policy.

/**
 * A citizen's comment or proposal, without an account: the policy published, a round inviting the
 * public taking input now, the anchor in its draft. Stored with no author, no address, no device
 * and the day only; not audited (there is no actor). It counts among the items to answer before
 * adoption, and the public page shows it once it has its official response.
 */
export async function addPublicComment(
  db: Db,
  tenantId: number,
  policyId: number,
  body: CreateCommentBody,
  now: Date,
) {
  return withTenant(db, tenantId, async (tx) => {
    const policy = await policies.lockPolicy(tx, policyId);
    if (!policy || policy.public_since === null) throw notFound();
    const round = (await repo.roundsOf(tx, policyId)).find(
      (r) => r.invites_public && accepting(policy.state, r, now),
    );
    if (!round) throw new ProblemError(409, 'policy.consultationClosed');
    await checkAnchor(tx, round.version_id, body);
    await repo.insertPublicComment(tx, tenantId, { ...body, roundId: round.id });
    return { accepted: true as const };
  });
}
