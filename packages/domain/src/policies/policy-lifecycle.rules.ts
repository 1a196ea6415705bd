import type { Action } from '../shared/access';

// A policy's life as explicit states (the seeds' "penyusunan, pelaksanaan, evaluasi, perbaikan"):
//
//   draft ─► consultation ─► draft ─► adopted ─► in_force ─► under_evaluation ─► in_force (keep)
//                                        │           ▲   │                   └─► revising (adjust, revise)
//                                        └───────────┘   └─► revising ─► consultation ─► revising ─► adopted …
//   any state but retired ─► retired
//
// "draft" is the drafting of a first text, "revising" the drafting of a new text while the last
// adopted one stays in force; a consultation returns to whichever of the two it came from. A version
// adopted with an effective date still to come waits in "adopted" and enters into force on that day.

export const POLICY_STATES = [
  'draft',
  'consultation',
  'adopted',
  'in_force',
  'under_evaluation',
  'revising',
  'retired',
] as const;
export type PolicyState = (typeof POLICY_STATES)[number];

export const POLICY_TRANSITIONS = [
  'openConsultation',
  'closeConsultation',
  'adopt',
  'enterIntoForce',
  'startEvaluation',
  'keep',
  'revise',
  'startRevision',
  'discardRevision',
  'retire',
] as const;
export type PolicyTransition = (typeof POLICY_TRANSITIONS)[number];

/** What a transition needs to know beyond the state. */
export interface TransitionContext {
  /** An adopted version is (or was, until it is replaced) in force: drafting now is a revision. */
  hasVersionInForce: boolean;
  /** For adopt: the new version's effective date is today or earlier. */
  effectiveNow?: boolean;
}

/** Who may take each step: admins draft and run the process, leaders approve (DESIGN.md, roles). */
export const TRANSITION_PERMISSION: Record<PolicyTransition, Action> = {
  openConsultation: 'policy.manage',
  closeConsultation: 'policy.manage',
  adopt: 'policy.approve',
  enterIntoForce: 'policy.manage',
  startEvaluation: 'policy.manage',
  keep: 'policy.approve',
  revise: 'policy.approve',
  startRevision: 'policy.manage',
  discardRevision: 'policy.manage',
  retire: 'policy.approve',
};

const drafting = (context: TransitionContext): PolicyState =>
  context.hasVersionInForce ? 'revising' : 'draft';

/**
 * The state a transition leads to, or null when it is not a step from this state. Pure: the
 * service checks the actor's permission (TRANSITION_PERMISSION) and the version's completeness.
 */
export function nextState(
  state: PolicyState,
  transition: PolicyTransition,
  context: TransitionContext,
): PolicyState | null {
  switch (transition) {
    case 'openConsultation':
      return state === 'draft' || state === 'revising' ? 'consultation' : null;
    case 'closeConsultation':
      return state === 'consultation' ? drafting(context) : null;
    case 'adopt':
      if (state !== 'draft' && state !== 'revising') return null;
      return context.effectiveNow ? 'in_force' : 'adopted';
    case 'enterIntoForce':
      return state === 'adopted' ? 'in_force' : null;
    case 'startEvaluation':
      return state === 'in_force' ? 'under_evaluation' : null;
    case 'keep':
      return state === 'under_evaluation' ? 'in_force' : null;
    case 'revise':
      return state === 'under_evaluation' ? 'revising' : null;
    case 'startRevision':
      return state === 'in_force' ? 'revising' : null;
    case 'discardRevision':
      return state === 'revising' && context.hasVersionInForce ? 'in_force' : null;
    case 'retire':
      return state === 'retired' ? null : 'retired';
  }
}

/** The steps open from a state, for the buttons a page offers (each still checked on the server). */
export function availableTransitions(state: PolicyState, context: TransitionContext): PolicyTransition[] {
  return POLICY_TRANSITIONS.filter(
    (transition) => nextState(state, transition, { ...context, effectiveNow: true }) !== null,
  );
}

/** Whether the policy's text may be edited now: a draft or a revision, not while a round consults on it. */
export function textEditable(state: PolicyState): boolean {
  return state === 'draft' || state === 'revising';
}

/** Transitions that start a new draft version from the version in force. */
export function opensRevision(transition: PolicyTransition): boolean {
  return transition === 'revise' || transition === 'startRevision';
}
