import { z } from 'zod';
import { CalendarDate, textBlock } from '../shared/common.contract';

// Consultation rounds on a policy's draft: who is invited, until when, and what they said — a
// comment on a provision (and a quoted span of it) or a general proposal — with the supports it
// gathered, the official response to it, and the changes that absorbed it.

const Id = z.number().int().positive();
const Timestamp = z.iso.datetime({ offset: true });

/** Who a round invites, by what they are in the government. */
export const ConsultationAudience = z
  .object({
    /** Every ASN with an employee record. */
    employees: z.boolean(),
    /** Leaders and supervisors (pimpinan, atasan). */
    leaders: z.boolean(),
    /** Partner institutions' accounts (mitra): universities, experts, training partners. */
    partners: z.boolean(),
    /**
     * The public: citizens read the draft and send input without an account on the transparency page,
     * while the policy is published there; false unless set.
     */
    public: z.boolean().optional(),
  })
  .refine((audience) => audience.employees || audience.leaders || audience.partners || audience.public, {
    message: 'invite at least one group',
    params: { i18n: 'errors.consultation.noAudience' },
  })
  .meta({ id: 'ConsultationAudience' });
export type ConsultationAudience = z.infer<typeof ConsultationAudience>;

/**
 * Opening a round: its last day on the government's calendar, who is invited, and whether invited
 * staff may take part anonymously (their input then appears in batches of at least k authors).
 */
export const OpenConsultation = z
  .object({
    closesOn: CalendarDate,
    audience: ConsultationAudience,
    /** Invited staff may send input anonymously; false unless set. */
    allowAnonymous: z.boolean().optional(),
  })
  .meta({ id: 'OpenConsultation' });
export type OpenConsultation = z.infer<typeof OpenConsultation>;

export const COMMENT_KINDS = ['comment', 'proposal'] as const;
/** Where input came from: an account, invited staff without their name, or a citizen. */
export const COMMENT_SOURCES = ['identified', 'anonymous', 'public'] as const;
export const RESPONSES = ['accepted', 'partial', 'rejected'] as const;

export const CreateCommentBody = z
  .object({
    /** The provision it is about; null for a general proposal. */
    provisionId: Id.nullable(),
    /** The span of the provision's words it is about, as the reader selected it. */
    quote: textBlock(1000).nullable().default(null),
    kind: z.enum(COMMENT_KINDS),
    body: textBlock(4000),
  })
  .meta({ id: 'CreateCommentBody' });
export type CreateCommentBody = z.infer<typeof CreateCommentBody>;

/** Anonymous input, step 1's answer: the single-use token that alone carries the right to post. */
export const ConsultationBallot = z.object({ token: z.string() }).meta({ id: 'ConsultationBallot' });

/** Anonymous input, step 2: the input with the token, sent without a session. */
export const AnonymousCommentBody = CreateCommentBody.extend({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
}).meta({ id: 'AnonymousCommentBody' });
export type AnonymousCommentBody = z.infer<typeof AnonymousCommentBody>;

export const RespondBody = z
  .object({ response: z.enum(RESPONSES), reason: textBlock(2000) })
  .meta({ id: 'RespondToCommentBody' });
export type RespondBody = z.infer<typeof RespondBody>;

export const HideBody = z.object({ reason: textBlock(500) }).meta({ id: 'HideCommentBody' });

export const CommentView = z
  .object({
    id: Id,
    roundId: Id,
    provisionId: Id.nullable(),
    /** The provision's number in the newest version that holds it; null for a general proposal. */
    provisionLabel: z.string().nullable(),
    quote: z.string().nullable(),
    /** The quoted words are no longer in the provision's newest text, or the provision is gone. */
    outdated: z.boolean(),
    kind: z.enum(COMMENT_KINDS),
    body: z.string(),
    /** The author's name; null for anonymous and public input. */
    author: z.string().nullable(),
    /**
     * Anonymous and public input has no author, and its createdAt is a day's midnight (the batch's,
     * or the day a citizen sent it), never a moment.
     */
    source: z.enum(COMMENT_SOURCES),
    mine: z.boolean(),
    createdAt: Timestamp,
    supports: z.number().int(),
    supportedByMe: z.boolean(),
    /** Hidden by a moderator, with the reason: shown to reviewers only. */
    hidden: z.object({ reason: z.string(), at: Timestamp }).nullable(),
    response: z.object({ response: z.enum(RESPONSES), reason: z.string(), at: Timestamp }).nullable(),
    /** The provision changes that cite it as their evidence. */
    absorbedIn: z.array(
      z.object({ versionId: Id, versionNumber: z.number().int(), provisionId: Id, label: z.string() }),
    ),
  })
  .meta({ id: 'ConsultationComment' });
export type CommentView = z.infer<typeof CommentView>;

export const RoundView = z
  .object({
    id: Id,
    versionId: Id,
    versionNumber: z.number().int(),
    openedAt: Timestamp,
    closesAt: Timestamp,
    closedAt: Timestamp.nullable(),
    audience: ConsultationAudience,
    /** Invited staff may send input anonymously. */
    allowAnonymous: z.boolean(),
    /** k: anonymous input appears once input of at least this many people waits. */
    minGroupSize: z.number().int(),
    /** Anonymous input withheld for good when the round ended with fewer than k authors waiting. */
    withheld: z.number().int(),
    /** Taking comments, proposals and supports now. */
    accepting: z.boolean(),
    /** This reader is invited and the round is accepting. */
    canTakePart: z.boolean(),
    /** This reader may also send input anonymously (invited staff, the round allowing it). */
    canTakePartAnonymously: z.boolean(),
    /** Comments and proposals still without an official response (hidden ones aside). */
    openItems: z.number().int(),
    comments: z.array(CommentView),
  })
  .meta({ id: 'ConsultationRound' });
export type RoundView = z.infer<typeof RoundView>;

export const ConsultationList = z.object({ rounds: z.array(RoundView) }).meta({ id: 'ConsultationList' });
