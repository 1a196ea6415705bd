import { z } from 'zod';
import { textBlock } from '../shared/common.contract';
import type { TriggerRule as Rule } from './trigger.rules';

// Triggers on a policy's indicators and the revision proposals they open (trigger.rules.ts).

const Id = z.number().int().positive();
const Timestamp = z.iso.datetime({ offset: true });
const Amount = z.number().finite();

export const TriggerRule = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('below'), threshold: Amount }),
    z.object({ kind: z.literal('above'), threshold: Amount }),
    z.object({ kind: z.literal('missesTarget') }),
    /** A fall (in the indicator's direction) of at least `amount` since the previous measurement. */
    z.object({ kind: z.literal('fallsBy'), amount: Amount.positive() }),
  ])
  .meta({ id: 'TriggerRule' });
// The contract and the pure rule describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const same: Same<z.infer<typeof TriggerRule>, Rule> = true;
void same;

export const CreateTriggerBody = z
  .object({ indicatorId: Id, rule: TriggerRule })
  .meta({ id: 'CreateTriggerBody' });
export type CreateTriggerBody = z.infer<typeof CreateTriggerBody>;

export const PROPOSAL_STATES = ['open', 'accepted', 'dismissed'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const TriggerView = z
  .object({
    id: Id,
    indicatorId: Id,
    indicatorName: z.string(),
    rule: TriggerRule,
    createdAt: Timestamp,
  })
  .meta({ id: 'TriggerView' });

export const RevisionProposalView = z
  .object({
    id: Id,
    /** Null once the trigger was removed: the proposal still cites what it measured. */
    triggerId: Id.nullable(),
    indicatorId: Id.nullable(),
    indicatorName: z.string(),
    rule: TriggerRule,
    /** The measurement that broke the rule: a wave's close, its label and value. */
    pointAt: Timestamp,
    pointLabel: z.string(),
    value: z.number(),
    previous: z.number().nullable(),
    state: z.enum(PROPOSAL_STATES),
    /** Why it was dismissed, or what accepting it led to. */
    note: z.string().nullable(),
    /** The evaluation accepting it started or joined. */
    evaluationId: Id.nullable(),
    createdAt: Timestamp,
    decidedAt: Timestamp.nullable(),
    /** Who accepted or dismissed it: named to the policy's reviewers only. */
    decidedBy: z.string().nullable(),
  })
  .meta({ id: 'RevisionProposalView' });
export type RevisionProposalView = z.infer<typeof RevisionProposalView>;

export const TriggerList = z
  .object({ triggers: z.array(TriggerView), proposals: z.array(RevisionProposalView) })
  .meta({ id: 'TriggerList' });

export const DismissProposalBody = z.object({ reason: textBlock(1000) }).meta({ id: 'DismissProposalBody' });

export const CheckTriggersResult = z.object({ opened: z.number().int() }).meta({ id: 'CheckTriggersResult' });
