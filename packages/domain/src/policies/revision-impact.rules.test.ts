import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MeasuredPoint, revisionImpact } from './revision-impact.rules';

// Tanjungbalai's promotion satisfaction: 3.4 in semester I, 2.6 in semester II, the revision in
// force from 1 January 2027 (00:00 WIB = 31 December 17:00 UTC), 3.5 in the wave opened after it.

const wave = (label: string, since: string, at: string, value: number | null, provisional = false) => ({
  label,
  since,
  at,
  value,
  provisional,
});
const semesterI = wave('Semester I 2026', '2026-05-01T01:00:00Z', '2026-06-01T16:59:59Z', 3.4);
const semesterII = wave('Semester II 2026', '2026-11-01T01:00:00Z', '2026-12-01T16:59:59Z', 2.6);
const semesterI2027 = wave('Semester I 2027', '2027-05-01T01:00:00Z', '2027-06-01T16:59:59Z', 3.5);
const revision = new Date('2026-12-31T17:00:00Z');

describe('revisionImpact', () => {
  it('sets the last wave before the revision beside the first wave begun after it', () => {
    const impact = revisionImpact([semesterI, semesterII, semesterI2027], revision, null, 'up');
    expect(impact.before).toBe(semesterII);
    expect(impact.after).toBe(semesterI2027);
    expect(impact.change).toBeCloseTo(0.9);
    expect(impact.trend).toBe('better');
    expect(revisionImpact([semesterII, semesterI2027], revision, null, 'down').trend).toBe('worse');
  });

  it('leaves out a wave open across the revision’s day, and the next revision’s waves', () => {
    const across = wave('Survei Desember', '2026-12-20T01:00:00Z', '2027-01-10T16:59:59Z', 4);
    expect(revisionImpact([semesterII, across], revision, null, 'up')).toMatchObject({
      before: semesterII,
      after: null,
      trend: null,
    });
    const next = new Date('2027-04-30T17:00:00Z');
    expect(revisionImpact([semesterII, semesterI2027], revision, next, 'up').after).toBeNull();
  });

  it('skips waves without a value (fewer than k answers) and reads frozen points by their close', () => {
    const hidden = wave('Gelombang kecil', '2027-02-01T01:00:00Z', '2027-02-20T16:59:59Z', null);
    const frozen = { label: 'Semester I 2027', at: '2027-06-01T16:59:59Z', value: 3.5, provisional: false };
    expect(revisionImpact([semesterII, hidden, frozen], revision, null, 'up')).toMatchObject({
      after: frozen,
      trend: 'better',
    });
    expect(revisionImpact([], revision, null, 'up')).toEqual({
      before: null,
      after: null,
      change: null,
      trend: null,
    });
  });

  it('never counts a value measured before the revision as after it, nor the reverse', () => {
    const point = fc
      .tuple(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 200 }),
        fc.option(fc.double({ min: 0, max: 5, noNaN: true })),
      )
      .map(
        ([day, length, value]): MeasuredPoint => ({
          label: `d${day}`,
          since: new Date(Date.UTC(2026, 0, 1 + day)).toISOString(),
          at: new Date(Date.UTC(2026, 0, 1 + day + length)).toISOString(),
          value: value ?? null,
          provisional: false,
        }),
      );
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 12 }),
        fc.integer({ min: 0, max: 1200 }),
        fc.constantFrom('up' as const, 'down' as const),
        (points, day, direction) => {
          const sorted = [...points].sort((a, b) => a.at.localeCompare(b.at));
          const start = new Date(Date.UTC(2026, 0, 1 + day));
          const impact = revisionImpact(sorted, start, null, direction);
          if (impact.before) expect(new Date(impact.before.at).getTime()).toBeLessThan(start.getTime());
          if (impact.after)
            expect(new Date(impact.after.since!).getTime()).toBeGreaterThanOrEqual(start.getTime());
          if (impact.change !== null && impact.change !== 0) {
            const up = impact.change > 0;
            expect(impact.trend).toBe(up === (direction === 'up') ? 'better' : 'worse');
          }
        },
      ),
    );
  });
});
