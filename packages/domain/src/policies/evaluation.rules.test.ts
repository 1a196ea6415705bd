import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCalendarDates, toCalendarDate } from '../shared/calendar-date';
import { decisionFor, evaluationPeriod, nextEvaluationDue } from './evaluation.rules';

const day = fc
  .record({
    y: fc.integer({ min: 2000, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => toCalendarDate(y, m, d));

describe('nextEvaluationDue', () => {
  it('is six months after the text took effect when none has started (Tanjungbalai: every six months)', () => {
    expect(nextEvaluationDue({ inForceSince: '2025-11-14', lastStartedOn: null, months: 6 })).toBe(
      '2026-05-14',
    );
  });

  it('counts from the last evaluation once one has started', () => {
    expect(nextEvaluationDue({ inForceSince: '2025-01-02', lastStartedOn: '2025-08-10', months: 6 })).toBe(
      '2026-02-10',
    );
  });

  it('restarts from a revision in force after the last evaluation', () => {
    expect(nextEvaluationDue({ inForceSince: '2026-11-03', lastStartedOn: '2026-08-10', months: 6 })).toBe(
      '2027-05-03',
    );
  });

  it('ends a 31st on the last day of a shorter month', () => {
    expect(nextEvaluationDue({ inForceSince: '2026-08-31', lastStartedOn: null, months: 6 })).toBe(
      '2027-02-28',
    );
  });

  it('has no date while nothing is in force', () => {
    expect(nextEvaluationDue({ inForceSince: null, lastStartedOn: '2026-01-01', months: 6 })).toBeNull();
  });

  it('always falls after both the effective day and the last start', () => {
    fc.assert(
      fc.property(
        day,
        fc.option(day, { nil: null }),
        fc.integer({ min: 1, max: 36 }),
        (since, last, months) => {
          const due = nextEvaluationDue({ inForceSince: since, lastStartedOn: last, months })!;
          expect(compareCalendarDates(due, since)).toBe(1);
          if (last !== null) expect(compareCalendarDates(due, last)).toBe(1);
        },
      ),
    );
  });
});

describe('evaluationPeriod', () => {
  it('looks back to the previous evaluation', () => {
    expect(
      evaluationPeriod({
        inForceSince: '2025-12-01',
        previousStartedOn: '2026-06-01',
        startedOn: '2026-12-01',
      }),
    ).toEqual({ from: '2026-06-01', to: '2026-12-01' });
  });

  it('looks back no further than the text in force', () => {
    expect(
      evaluationPeriod({
        inForceSince: '2026-09-01',
        previousStartedOn: '2026-06-01',
        startedOn: '2026-12-01',
      }),
    ).toEqual({ from: '2026-09-01', to: '2026-12-01' });
  });
});

describe('decisionFor', () => {
  it('keeps on keep and revises on an adjustment or a revision', () => {
    expect(decisionFor('keep')).toBe('keep');
    expect(decisionFor('adjust')).toBe('revise');
    expect(decisionFor('revise')).toBe('revise');
  });
});
