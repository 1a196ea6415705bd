import { describe, expect, it } from 'vitest';
import {
  type AffirmativeGroup,
  affirmativeGroupsOf,
  belongsTo,
  reservedHolders,
  seatGroup,
} from './affirmative.rules';

const group = (overrides: Partial<AffirmativeGroup>): AffirmativeGroup => ({
  key: 'g',
  label: 'G',
  sexes: [],
  employeeTypes: [],
  unitIds: [],
  golonganRankMax: null,
  ageMin: null,
  ...overrides,
});
const person = {
  sex: 'F' as const,
  employeeType: 'PPPK' as const,
  unitPath: [1, 7, 9],
  golonganRank: 6,
  birthDate: '1975-03-15',
};

describe('affirmative groups', () => {
  it('needs every criterion met, and an unknown fact meets none', () => {
    expect(belongsTo(group({ sexes: ['F'], employeeTypes: ['PPPK'] }), person, '2027-01-01')).toBe(true);
    expect(belongsTo(group({ sexes: ['F'], employeeTypes: ['PNS'] }), person, '2027-01-01')).toBe(false);
    expect(belongsTo(group({ unitIds: [7] }), person, '2027-01-01')).toBe(true);
    expect(belongsTo(group({ unitIds: [8] }), person, '2027-01-01')).toBe(false);
    expect(belongsTo(group({ golonganRankMax: 5 }), person, '2027-01-01')).toBe(false);
    expect(belongsTo(group({ golonganRankMax: 5 }), { ...person, golonganRank: null }, '2027-01-01')).toBe(
      false,
    );
    expect(belongsTo(group({ sexes: ['F'] }), { ...person, sex: null }, '2027-01-01')).toBe(false);
  });

  it('counts age in whole years on the day', () => {
    const fifty = group({ ageMin: 52 });
    expect(belongsTo(fifty, person, '2027-03-14')).toBe(false);
    expect(belongsTo(fifty, person, '2027-03-15')).toBe(true);
    expect(belongsTo(fifty, { ...person, birthDate: null }, '2027-03-15')).toBe(false);
  });

  it('never makes a group of everyone', () => {
    expect(belongsTo(group({}), person, '2027-01-01')).toBe(false);
  });

  it('lists every group a person belongs to, and counts their seat in the first a batch reserves for', () => {
    const groups = [
      group({ key: 'remote', unitIds: [8] }),
      group({ key: 'women', sexes: ['F'] }),
      group({ key: 'pppk', employeeTypes: ['PPPK'] }),
    ];
    expect(affirmativeGroupsOf(groups, person, '2027-01-01')).toEqual(['women', 'pppk']);
    expect(affirmativeGroupsOf(groups, { ...person, sex: 'M', employeeType: 'PNS' }, '2027-01-01')).toEqual(
      [],
    );
    // A PPPK woman takes a PPPK seat where only PPPK seats are reserved.
    expect(seatGroup(['women', 'pppk'], { pppk: 3 })).toBe('pppk');
    expect(seatGroup(['women', 'pppk'], { women: 2, pppk: 3 })).toBe('women');
    expect(seatGroup(['women', 'pppk'], { women: 0, remote: 4 })).toBeNull();
  });

  it('gives the reserved seats to the lowest-scoring members selected', () => {
    const selected = [
      { id: 1, score: 90, group: 'w' },
      { id: 2, score: 40, group: 'w' },
      { id: 3, score: 50, group: 'w' },
      { id: 4, score: 30, group: null },
    ];
    expect([...reservedHolders(selected, new Map([['w', 2]]))].sort()).toEqual([2, 3]);
    expect(reservedHolders(selected, new Map([['w', 0]])).size).toBe(0);
  });
});
