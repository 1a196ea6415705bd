import { z } from 'zod';
import { domainEvent, EventChanges } from '../shared/domain-event';
import { COMMENT_KINDS, RESPONSES } from './consultation.contract';
import { RECOMMENDATIONS } from './evaluation.rules';
import { OUTCOMES, STANCES } from './forum.contract';
import { FORUM_STEPS } from './forum.rules';
import { PolicyArea, PolicyState, PolicyTransition } from './policy.contract';
import { TRIGGER_RULE_KINDS } from './trigger.rules';

// Events of policies: drafting a text provision by provision, and each step of the lifecycle.

const id = z.number().int().positive();

export const POLICY_EVENTS = [
  domainEvent('policy.created', 1, { policyId: id, title: z.string(), area: PolicyArea }),
  domainEvent('policy.updated', 1, { policyId: id, changes: EventChanges }),
  domainEvent('policy.provision.added', 1, {
    policyId: id,
    versionId: id,
    provisionId: id,
    label: z.string(),
    origins: z.array(id),
  }),
  domainEvent('policy.provision.changed', 1, {
    policyId: id,
    versionId: id,
    provisionId: id,
    label: z.string(),
    /** Which of text, number and place changed. */
    fields: z.array(z.enum(['label', 'heading', 'body', 'place', 'reason', 'evidence'])),
  }),
  domainEvent('policy.provision.removed', 1, {
    policyId: id,
    versionId: id,
    provisionId: id,
    label: z.string(),
  }),
  /** One step of the lifecycle: consultation, adoption, entry into force, evaluation, revision, retirement. */
  domainEvent('policy.transitioned', 1, {
    policyId: id,
    title: z.string(),
    transition: PolicyTransition,
    from: PolicyState,
    to: PolicyState,
    /** The version the step concerns: the one adopted, or the new draft of a revision. */
    versionId: id.nullable(),
  }),
  domainEvent('policy.indicator.added', 1, {
    policyId: id,
    indicatorId: id,
    name: z.string(),
    source: z.string(),
  }),
  domainEvent('policy.indicator.removed', 1, { policyId: id, indicatorId: id, name: z.string() }),
  /** A manual indicator's value entered by an admin, with the evidence file's name if any. */
  domainEvent('policy.indicator.measured', 1, {
    policyId: id,
    indicatorId: id,
    measurementId: id,
    measuredOn: z.string(),
    value: z.number(),
    fileName: z.string().nullable(),
  }),
  /** A manual measurement withdrawn (kept, left out of the chart), with why. */
  domainEvent('policy.indicator.measurementWithdrawn', 1, {
    policyId: id,
    indicatorId: id,
    measurementId: id,
    measuredOn: z.string(),
    value: z.number(),
    reason: z.string(),
  }),
  // Consultation input is identified: its author is the event's actor, as the comment shows.
  domainEvent('policy.comment.added', 1, {
    policyId: id,
    commentId: id,
    roundId: id,
    kind: z.enum(COMMENT_KINDS),
    provisionId: id.nullable(),
  }),
  domainEvent('policy.comment.supported', 1, { policyId: id, commentId: id }),
  domainEvent('policy.comment.hidden', 1, { policyId: id, commentId: id, reason: z.string() }),
  domainEvent('policy.comment.responded', 1, { policyId: id, commentId: id, response: z.enum(RESPONSES) }),
  /** An employee states they have read an adopted version: their own act, audited with their account. */
  domainEvent('policy.version.acknowledged', 1, {
    policyId: id,
    versionId: id,
    versionNumber: z.number().int(),
    employeeId: id,
  }),
  // The start and the decision of an evaluation are steps of the lifecycle (policy.transitioned).
  domainEvent('policy.evaluation.finding.added', 1, { policyId: id, evaluationId: id, findingId: id }),
  domainEvent('policy.evaluation.recommended', 1, {
    policyId: id,
    evaluationId: id,
    recommendation: z.enum(RECOMMENDATIONS),
  }),
  // Triggers on indicators and the revision proposals they open (trigger.rules.ts).
  domainEvent('policy.trigger.added', 1, {
    policyId: id,
    triggerId: id,
    indicatorId: id,
    kind: z.enum(TRIGGER_RULE_KINDS),
  }),
  domainEvent('policy.trigger.removed', 1, { policyId: id, triggerId: id }),
  /** A final measurement broke a trigger's rule: a revision proposal is open (by a check, an account's or the schedule's). */
  domainEvent('policy.trigger.fired', 1, {
    policyId: id,
    title: z.string(),
    triggerId: id,
    proposalId: id,
    indicatorName: z.string(),
    pointLabel: z.string(),
    value: z.number(),
  }),
  domainEvent('policy.proposal.accepted', 1, { policyId: id, proposalId: id, evaluationId: id.nullable() }),
  domainEvent('policy.proposal.dismissed', 1, { policyId: id, proposalId: id, reason: z.string() }),
  /** Published on, or withdrawn from, the government's public transparency page. */
  domainEvent('policy.published', 1, { policyId: id, title: z.string() }),
  domainEvent('policy.unpublished', 1, { policyId: id, title: z.string() }),
  // The Forum Diskusi ASN: like consultation input, proposals, replies and votes are identified.
  domainEvent('policy.forum.created', 1, { forumId: id, title: z.string(), year: z.number().int() }),
  domainEvent('policy.forum.agendaSet', 1, { forumId: id, items: z.number().int() }),
  domainEvent('policy.forum.updated', 1, {
    forumId: id,
    /** What changed: title, year, startsAt, endsAt, place, policies. */
    fields: z.array(z.string()),
  }),
  domainEvent('policy.forum.stepped', 1, { forumId: id, step: z.enum(FORUM_STEPS) }),
  domainEvent('policy.forum.proposed', 1, { forumId: id, proposalId: id }),
  domainEvent('policy.forum.replied', 1, { forumId: id, proposalId: id, replyId: id }),
  domainEvent('policy.forum.voted', 1, { forumId: id, proposalId: id, stance: z.enum(STANCES) }),
  domainEvent('policy.forum.voteWithdrawn', 1, { forumId: id, proposalId: id }),
  domainEvent('policy.forum.minutesWritten', 1, { forumId: id }),
  domainEvent('policy.forum.outcomeRecorded', 1, {
    forumId: id,
    proposalId: id,
    outcome: z.enum(OUTCOMES),
    policyId: id.nullable(),
  }),
  domainEvent('policy.forum.hidden', 1, {
    forumId: id,
    proposalId: id,
    replyId: id.nullable(),
    reason: z.string(),
  }),
] as const;
