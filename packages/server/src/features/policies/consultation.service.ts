import type {
  CommentView,
  CreateCommentBody,
  OpenConsultation,
  RespondBody,
  RoundView,
} from '@jenjang/domain/policies/consultation.contract';
import { textEditable } from '@jenjang/domain/policies/policy-lifecycle.rules';
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
  },
) {
  if (!round.body) throw new ProblemError(400, 'policy.consultationWindowRequired');
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
    audience: round.body.audience,
    by: round.by,
  });
}

/** Closes the policy's open round (lifecycle: closeConsultation). */
export function closeRound(tx: Tx, policyId: number, now: Date) {
  return repo.closeOpenRound(tx, policyId, now);
}

/** Refuses adoption while input of the draft's rounds awaits its official response. */
export async function checkNoOpenItems(tx: Tx, versionId: number) {
  const count = await repo.openItemCount(tx, versionId);
  if (count > 0) throw new ProblemError(409, 'policy.openItems', { count });
}

export function listRounds(db: Db, actor: Actor, policyId: number, now: Date) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const policy = await readablePolicy(tx, actor, policyId);
    const review = mayDo(actor, 'policy.review');
    const rounds = (await repo.roundsOf(tx, policyId)).filter((round) => review || invited(actor, round));
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
          },
          accepting: accepting(policy.state, round, now),
          canTakePart: accepting(policy.state, round, now) && invited(actor, round),
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
  return { newest: texts.get(versions[0]?.id ?? 0) ?? [], all: texts, versions };
}

type CommentRow = Awaited<ReturnType<typeof repo.commentsOf>>[number];

function commentView(
  comment: CommentRow,
  actor: Actor,
  anchors: Awaited<ReturnType<typeof anchorText>>,
  absorbed: Awaited<ReturnType<typeof repo.changesCitingComments>>,
): CommentView {
  const current = anchors.newest.find((p) => p.provisionId === comment.provision_id);
  const anyLabel = [...anchors.all.values()]
    .flat()
    .find((p) => p.provisionId === comment.provision_id)?.label;
  const words = current ? `${current.heading ?? ''}\n${current.body}` : '';
  return {
    id: comment.id,
    roundId: comment.round_id,
    provisionId: comment.provision_id,
    provisionLabel: comment.provision_id === null ? null : (current?.label ?? anyLabel ?? null),
    quote: comment.quote,
    outdated:
      comment.provision_id !== null &&
      (!current || (comment.quote !== null && !words.includes(comment.quote))),
    kind: comment.kind,
    body: comment.body,
    author: comment.author_name,
    mine: comment.author_id === actor.accountId,
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
        label:
          anchors.all.get(a.version_id)?.find((p) => p.provisionId === a.provision_id)?.label ??
          anyLabel ??
          '',
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
    if (body.provisionId !== null) {
      const text = (await provisions.textsOf(tx, [round.version_id])).get(round.version_id) ?? [];
      const provision = text.find((p) => p.provisionId === body.provisionId);
      if (!provision) throw new ProblemError(400, 'policy.provisionNotInVersion');
      if (body.quote !== null && !`${provision.heading ?? ''}\n${provision.body}`.includes(body.quote)) {
        throw new ProblemError(400, 'policy.quoteNotFound');
      }
    } else if (body.quote !== null) {
      throw new ProblemError(400, 'policy.quoteNotFound');
    }
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
