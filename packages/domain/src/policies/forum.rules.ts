// The annual Forum Diskusi ASN (seed 004) as explicit states:
//
//   planned ─► open ─► closed
//
// "planned": announced, its agenda being drawn up, no input yet. "open": staff propose, reply and
// vote, before and during the forum itself, until it ends. "closed": no more input; the admins
// write the minutes and record what becomes of every proposal.

export const FORUM_STATES = ['planned', 'open', 'closed'] as const;
export type ForumState = (typeof FORUM_STATES)[number];

export const FORUM_STEPS = ['open', 'close'] as const;
export type ForumStep = (typeof FORUM_STEPS)[number];

const STEP: Record<ForumStep, { from: ForumState; to: ForumState }> = {
  open: { from: 'planned', to: 'open' },
  close: { from: 'open', to: 'closed' },
};

/** The state a step leads to, or null when the step cannot be taken from this state. */
export function forumStep(state: ForumState, step: ForumStep): ForumState | null {
  return STEP[step].from === state ? STEP[step].to : null;
}

/**
 * Whether the forum takes proposals, replies and votes now: opened, and its last minute not yet
 * past (a forum the admins forgot to close takes nothing after it ended).
 */
export function forumAccepting(state: ForumState, endsAt: Date, now: Date): boolean {
  return state === 'open' && now < endsAt;
}

/** Minutes are written during the forum and after it, not before it opens. */
export const minutesWritable = (state: ForumState) => state !== 'planned';

/** What became of a proposal is decided after the forum, once every voice was heard. */
export const outcomeRecordable = (state: ForumState) => state === 'closed';

/** The agenda is the forum's plan: it changes until the forum closes. */
export const agendaEditable = (state: ForumState) => state !== 'closed';
