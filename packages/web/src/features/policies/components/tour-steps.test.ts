import { describe, expect, it } from 'vitest';
import { parseSeen, tourPolicy } from './tour-steps';

const policy = (id: number, state: string, inForce: number | null, effectiveFrom = '2026-01-01') => ({
  id,
  state,
  inForce: inForce === null ? null : { number: inForce, effectiveFrom },
});

describe('tourPolicy', () => {
  it('picks the policy furthest round its loop: revised and in force first', () => {
    expect(
      tourPolicy([policy(1, 'draft', null), policy(2, 'in_force', 1), policy(3, 'in_force', 2)])?.id,
    ).toBe(3);
    expect(tourPolicy([policy(1, 'draft', null), policy(2, 'under_evaluation', 1)])?.id).toBe(2);
    expect(tourPolicy([policy(1, 'retired', 3), policy(2, 'consultation', null)])?.id).toBe(2);
  });

  it('among equals, takes the one in force longest, then the first; none without policies', () => {
    expect(
      tourPolicy([policy(4, 'in_force', 2, '2026-12-03'), policy(5, 'in_force', 3, '2026-11-03')])?.id,
    ).toBe(5);
    expect(tourPolicy([policy(4, 'in_force', 2), policy(5, 'in_force', 3)])?.id).toBe(4);
    expect(tourPolicy([])).toBeNull();
  });
});

describe('parseSeen', () => {
  it('reads the steps kept in the browser, in the tour’s order, and drops the rest', () => {
    expect(parseSeen('["forum","home","nonsense"]')).toEqual(['home', 'forum']);
    expect(parseSeen(null)).toEqual([]);
    expect(parseSeen('{oops')).toEqual([]);
    expect(parseSeen('{"home":true}')).toEqual([]);
  });
});
