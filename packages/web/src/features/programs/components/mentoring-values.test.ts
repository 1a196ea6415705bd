import { describe, expect, it } from 'vitest';
import type { MentoringProposal, MentoringScheme } from '../../../api/types';
import {
  keptPairs,
  pairAbilities,
  pairKey,
  schemeBody,
  schemeValues,
  sessionJpPreview,
} from './mentoring-values';

const person = (id: number) => ({ id, nip: String(id), name: `P${id}`, unit: null });

const proposal: MentoringProposal = {
  pairs: [
    { mentor: person(1), mentee: person(10), score: 3, covered: [], fixed: true, bestAlone: 3 },
    { mentor: person(1), mentee: person(11), score: 2, covered: [], fixed: false, bestAlone: 4 },
    { mentor: person(2), mentee: person(12), score: 1, covered: [], fixed: false, bestAlone: 1 },
  ],
  unmatched: [],
  totalScore: 6,
};

const scheme: MentoringScheme = {
  programId: 1,
  startsOn: '2027-01-04',
  endsOn: '2027-06-30',
  unitRule: 'any',
  allowSupervisor: false,
  mentorCapacity: 3,
  minutesPerJp: null,
  effectiveMinutesPerJp: 45,
  maxJpPerSession: null,
  endedAt: null,
};

describe('keptPairs', () => {
  it('makes the proposed pairs not made yet, leaving out those the agency unticked', () => {
    expect(keptPairs(proposal, new Set())).toEqual({
      pairs: [
        { mentorId: 1, menteeId: 11, overrideReason: null },
        { mentorId: 2, menteeId: 12, overrideReason: null },
      ],
    });
    expect(keptPairs(proposal, new Set([pairKey(proposal.pairs[1]!)])).pairs).toEqual([
      { mentorId: 2, menteeId: 12, overrideReason: null },
    ]);
  });
});

describe('sessionJpPreview', () => {
  it('counts 90 minutes at 45 a JP as exactly 2 JP, and rounds 50 minutes down to 1.11', () => {
    expect(sessionJpPreview(90, scheme)).toBe(2);
    expect(sessionJpPreview('50', scheme)).toBe(1.11);
  });

  it("caps a long session at the scheme's ceiling", () => {
    expect(sessionJpPreview(300, { effectiveMinutesPerJp: 60, maxJpPerSession: 2.5 })).toBe(2.5);
  });

  it('shows nothing for minutes the server would refuse', () => {
    for (const minutes of ['', 4, 601, 12.5, 'x']) expect(sessionJpPreview(minutes, scheme)).toBeNull();
  });
});

describe('the scheme form', () => {
  it("sends an empty minutes per JP and ceiling as null (the government's, none)", () => {
    const body = schemeBody({ ...schemeValues(null), startsOn: '2027-01-04', endsOn: '2027-06-30' });
    expect(body).toEqual({
      startsOn: '2027-01-04',
      endsOn: '2027-06-30',
      unitRule: 'any',
      allowSupervisor: false,
      mentorCapacity: 3,
      minutesPerJp: null,
      maxJpPerSession: null,
    });
  });

  it('keeps the values of a scheme it edits', () => {
    const edited = { ...scheme, minutesPerJp: 60, maxJpPerSession: 2.25, unitRule: 'otherOpd' as const };
    expect(schemeBody(schemeValues(edited))).toMatchObject({
      minutesPerJp: 60,
      maxJpPerSession: 2.25,
      unitRule: 'otherOpd',
    });
  });
});

describe('pairAbilities', () => {
  const pair = { side: null, canManage: false, state: 'active' as const, scheme };

  it('lets a supervisor only read', () => {
    const can = pairAbilities(pair);
    expect([can.works, can.settlesGoals, can.ends]).toEqual([false, false, false]);
    expect(can.withdraws({ loggedAs: 'mentor', confirmedAt: null })).toBe(false);
  });

  it("lets a side withdraw its own unconfirmed session but not the other side's", () => {
    const can = pairAbilities({ ...pair, side: 'mentee' });
    expect(can.works).toBe(true);
    expect(can.withdraws({ loggedAs: 'mentee', confirmedAt: null })).toBe(true);
    expect(can.withdraws({ loggedAs: 'mentor', confirmedAt: null })).toBe(false);
    expect(can.withdraws({ loggedAs: 'mentee', confirmedAt: '2027-02-01T00:00:00Z' })).toBe(false);
  });

  it('stops the work of an ended pair but still settles its goals until the mentoring ends', () => {
    const ended = pairAbilities({ ...pair, side: 'mentor', state: 'ended' });
    expect([ended.works, ended.settlesGoals]).toEqual([false, true]);
    const closed = pairAbilities({
      ...pair,
      side: 'mentor',
      scheme: { ...scheme, endedAt: '2027-07-01T00:00:00Z' },
    });
    expect([closed.works, closed.settlesGoals]).toEqual([false, false]);
  });
});
