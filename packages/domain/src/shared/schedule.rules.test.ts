import { describe, expect, it } from 'vitest';
import { addRepeat, nextOccurrence } from './schedule.rules';

describe('addRepeat', () => {
  it('keeps the wall-clock time across days and months', () => {
    expect(addRepeat('2026-01-05T08:00', { unit: 'day', count: 1 })).toBe('2026-01-06T08:00');
    expect(addRepeat('2026-11-15T00:00', { unit: 'month', count: 3 })).toBe('2027-02-15T00:00');
  });

  it('puts a month after the 31st on the last day of a shorter month', () => {
    expect(addRepeat('2026-08-31T09:00', { unit: 'month', count: 6 })).toBe('2027-02-28T09:00');
    expect(addRepeat('2027-08-31T09:00', { unit: 'month', count: 6 })).toBe('2028-02-29T09:00');
  });
});

describe('nextOccurrence', () => {
  it('gives the next midnight on the government’s clock, not UTC’s', () => {
    const next = nextOccurrence(
      '2026-03-01T00:00',
      { unit: 'day', count: 1 },
      new Date('2026-03-01T10:00Z'),
      'Asia/Jayapura',
    );
    expect(next).toEqual({ local: '2026-03-02T00:00', at: new Date('2026-03-01T15:00:00Z') });
  });

  it('skips the occurrences missed while no server ran', () => {
    const next = nextOccurrence(
      '2026-01-01T07:00',
      { unit: 'day', count: 1 },
      new Date('2026-01-10T01:00Z'),
      'Asia/Jakarta',
    );
    expect(next?.local).toBe('2026-01-11T07:00');
  });

  it('has none for a one-off task', () => {
    expect(
      nextOccurrence('2026-01-01T07:00', null, new Date('2026-01-10T01:00Z'), 'Asia/Jakarta'),
    ).toBeNull();
  });
});
