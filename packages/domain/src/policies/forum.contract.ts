import { z } from 'zod';
import { textBlock, textLine } from '../shared/common.contract';
import { TIME_ZONES } from '../shared/time-zone';
import { FORUM_STATES, FORUM_STEPS } from './forum.rules';
import { VersionStatus } from './policy.contract';

// The annual Forum Diskusi ASN (seed 004): an event of the government where staff put opinions and
// proposals directly to its leaders. Its agenda, the proposals with their replies and votes, the
// minutes, and what became of every proposal — down to the provision changes that cite it.

const Id = z.number().int().positive();
const Timestamp = z.iso.datetime({ offset: true });

/** A wall-clock time on the government's calendar, 'YYYY-MM-DDTHH:mm' (WIB, WITA or WIT). */
export const WallClock = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

export const ForumState = z.enum(FORUM_STATES);
export const ForumStep = z.enum(FORUM_STEPS);

export const FORUM_LIMITS = {
  policies: 20,
  agendaItems: 30,
  proposalLength: 4000,
  minutesLength: 20000,
} as const;

export const CreateForumBody = z
  .object({
    title: textLine(200),
    year: z.number().int().min(2000).max(2100),
    /** When the forum itself begins and ends, on the government's clock. */
    startsAt: WallClock,
    endsAt: WallClock,
    place: textLine(300),
    /** The policies it discusses. */
    policyIds: z.array(Id).max(FORUM_LIMITS.policies).default([]),
  })
  .meta({ id: 'CreateForumBody' });
export type CreateForumBody = z.infer<typeof CreateForumBody>;

export const AgendaItemInput = z.object({
  /** Its time on the day, 'HH:mm', if the agenda gives one. */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .nullable()
    .default(null),
  title: textLine(200),
  note: textBlock(1000).nullable().default(null),
});

/** The whole agenda, in order: it replaces the one before. */
export const AgendaBody = z
  .object({ items: z.array(AgendaItemInput).max(FORUM_LIMITS.agendaItems) })
  .meta({ id: 'ForumAgendaBody' });
export type AgendaBody = z.infer<typeof AgendaBody>;

export const ForumStepBody = z.object({ step: ForumStep }).meta({ id: 'ForumStepBody' });

export const ProposalBody = z
  .object({ title: textLine(200), body: textBlock(FORUM_LIMITS.proposalLength) })
  .meta({ id: 'ForumProposalBody' });
export type ProposalBody = z.infer<typeof ProposalBody>;

export const ReplyBody = z.object({ body: textBlock(2000) }).meta({ id: 'ForumReplyBody' });

/**
 * A vote says agree or disagree, one per person per proposal, changeable while the forum is open:
 * a contested proposal (many for, many against) is not one nobody cared about, and the leaders
 * need to see the difference.
 */
export const STANCES = ['agree', 'disagree'] as const;
export const VoteBody = z.object({ stance: z.enum(STANCES) }).meta({ id: 'ForumVoteBody' });

export const MinutesBody = z
  .object({ minutes: textBlock(FORUM_LIMITS.minutesLength) })
  .meta({ id: 'ForumMinutesBody' });

/** What became of a proposal: taken into a policy, to be studied further, or not taken up. */
export const OUTCOMES = ['accepted', 'study', 'rejected'] as const;
export const OutcomeBody = z
  .object({
    outcome: z.enum(OUTCOMES),
    reason: textBlock(2000),
    /** The policy it is taken into (or studied for), if one. */
    policyId: Id.nullable().default(null),
  })
  .meta({ id: 'ForumOutcomeBody' });
export type OutcomeBody = z.infer<typeof OutcomeBody>;

export const ForumHideBody = z.object({ reason: textBlock(500) }).meta({ id: 'ForumHideBody' });

const Hidden = z.object({ reason: z.string(), at: Timestamp }).nullable();

export const ForumReplyView = z
  .object({
    id: Id,
    body: z.string(),
    author: z.string(),
    mine: z.boolean(),
    createdAt: Timestamp,
    /** Hidden by a moderator, with the reason: shown to the forum's admins and reviewers only. */
    hidden: Hidden,
  })
  .meta({ id: 'ForumReply' });

export const ForumProposalView = z
  .object({
    id: Id,
    title: z.string(),
    body: z.string(),
    author: z.string(),
    mine: z.boolean(),
    createdAt: Timestamp,
    votes: z.object({ agree: z.number().int(), disagree: z.number().int() }),
    myVote: z.enum(STANCES).nullable(),
    hidden: Hidden,
    replies: z.array(ForumReplyView),
    outcome: z
      .object({
        outcome: z.enum(OUTCOMES),
        reason: z.string(),
        at: Timestamp,
        policy: z.object({ id: Id, title: z.string() }).nullable(),
      })
      .nullable(),
    /** What became of it in the texts: the provision changes that cite it as their evidence. */
    citedBy: z.array(
      z.object({
        policyId: Id,
        policyTitle: z.string(),
        versionId: Id,
        versionNumber: z.number().int(),
        versionStatus: VersionStatus,
        provisionId: Id,
        label: z.string(),
        /** The change removed the provision (its number is the one it had before). */
        removed: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'ForumProposal' });
export type ForumProposalView = z.infer<typeof ForumProposalView>;

const forumSummaryFields = {
  id: Id,
  title: z.string(),
  year: z.number().int(),
  state: ForumState,
  startsAt: Timestamp,
  endsAt: Timestamp,
  /** The same times on the government's clock, with its zone. */
  local: z.object({ startsAt: WallClock, endsAt: WallClock, zone: z.enum(TIME_ZONES) }),
  place: z.string(),
  proposalCount: z.number().int(),
  /** The policies it discusses. */
  policyIds: z.array(Id),
};

export const ForumSummary = z.object(forumSummaryFields).meta({ id: 'ForumSummary' });
export const ForumList = z.object({ items: z.array(ForumSummary) }).meta({ id: 'ForumList' });

export const ForumView = z
  .object({
    ...forumSummaryFields,
    policies: z.array(z.object({ id: Id, title: z.string() })),
    agenda: z.array(
      z.object({ time: z.string().nullable(), title: z.string(), note: z.string().nullable() }),
    ),
    /** Taking proposals, replies and votes now. */
    accepting: z.boolean(),
    /** This reader may propose, reply and vote now. */
    canTakePart: z.boolean(),
    /** This reader runs the forum: agenda, steps, minutes, outcomes, moderation. */
    canManage: z.boolean(),
    minutes: z.object({ text: z.string(), at: Timestamp, by: z.string() }).nullable(),
    proposals: z.array(ForumProposalView),
  })
  .meta({ id: 'Forum' });
export type ForumView = z.infer<typeof ForumView>;

/** The forum proposals a change of a provision may cite: every visible one of the government. */
export const ForumProposalChoices = z
  .object({
    items: z.array(
      z.object({ id: Id, forumId: Id, forumTitle: z.string(), title: z.string(), author: z.string() }),
    ),
  })
  .meta({ id: 'ForumProposalChoices' });
