import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availableTransitions,
  nextState,
  POLICY_STATES,
  POLICY_TRANSITIONS,
  type PolicyState,
  type PolicyTransition,
  textEditable,
} from './policy-lifecycle.rules';

const walk = (steps: [PolicyTransition, boolean?][], start: PolicyState = 'draft') =>
  steps.reduce<PolicyState | null>(
    (state, [transition, effectiveNow = true]) =>
      state &&
      nextState(state, transition, {
        hasVersionInForce: state !== 'draft' && state !== 'consultation',
        effectiveNow,
      }),
    start,
  );

describe('nextState', () => {
  it('walks Tanjungbalai’s story: draft, consultation, adoption, two evaluations, a revision, in force again', () => {
    const first = walk([['openConsultation'], ['closeConsultation'], ['adopt']]);
    expect(first).toBe('in_force');
    expect(nextState('in_force', 'startEvaluation', { hasVersionInForce: true })).toBe('under_evaluation');
    expect(nextState('under_evaluation', 'keep', { hasVersionInForce: true })).toBe('in_force');
    expect(nextState('under_evaluation', 'revise', { hasVersionInForce: true })).toBe('revising');
    expect(nextState('revising', 'openConsultation', { hasVersionInForce: true })).toBe('consultation');
    expect(nextState('consultation', 'closeConsultation', { hasVersionInForce: true })).toBe('revising');
    expect(nextState('revising', 'adopt', { hasVersionInForce: true, effectiveNow: true })).toBe('in_force');
  });

  it('returns a consultation to the drafting it came from', () => {
    expect(nextState('consultation', 'closeConsultation', { hasVersionInForce: false })).toBe('draft');
    expect(nextState('consultation', 'closeConsultation', { hasVersionInForce: true })).toBe('revising');
  });

  it('waits in adopted until a later effective date, then enters into force', () => {
    expect(nextState('draft', 'adopt', { hasVersionInForce: false, effectiveNow: false })).toBe('adopted');
    expect(nextState('adopted', 'enterIntoForce', { hasVersionInForce: false })).toBe('in_force');
  });

  it('never adopts a text while a consultation reads it, nor evaluates a draft', () => {
    expect(nextState('consultation', 'adopt', { hasVersionInForce: false, effectiveNow: true })).toBeNull();
    expect(nextState('draft', 'startEvaluation', { hasVersionInForce: false })).toBeNull();
    expect(nextState('revising', 'discardRevision', { hasVersionInForce: false })).toBeNull();
  });

  it('lets nothing leave retired, and every other state be retired', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...POLICY_TRANSITIONS),
        fc.boolean(),
        fc.boolean(),
        (transition, inForce, now) => {
          expect(
            nextState('retired', transition, { hasVersionInForce: inForce, effectiveNow: now }),
          ).toBeNull();
        },
      ),
    );
    for (const state of POLICY_STATES.filter((s) => s !== 'retired')) {
      expect(nextState(state, 'retire', { hasVersionInForce: true })).toBe('retired');
    }
  });

  it('edits text only while drafting or revising', () => {
    expect(POLICY_STATES.filter(textEditable)).toEqual(['draft', 'revising']);
  });

  it('offers exactly the steps nextState takes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...POLICY_STATES), fc.boolean(), (state, inForce) => {
        const offered = availableTransitions(state, { hasVersionInForce: inForce });
        for (const transition of POLICY_TRANSITIONS) {
          const taken =
            nextState(state, transition, { hasVersionInForce: inForce, effectiveNow: true }) !== null;
          expect(offered.includes(transition)).toBe(taken);
        }
      }),
    );
  });
});
