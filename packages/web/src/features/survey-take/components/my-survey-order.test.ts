import { describe, expect, it } from 'vitest';
import { orderMySurveys } from './my-survey-order';

describe('orderMySurveys', () => {
  it('puts unanswered surveys first, each group by the nearest closing time', () => {
    const surveys = [
      { id: 1, responded: true, closesAt: '2026-03-01T00:00:00Z' },
      { id: 2, responded: false, closesAt: '2026-04-01T00:00:00Z' },
      { id: 3, responded: false, closesAt: '2026-03-15T00:00:00Z' },
      { id: 4, responded: true, closesAt: '2026-02-01T00:00:00Z' },
    ];
    expect(orderMySurveys(surveys).map((s) => s.id)).toEqual([3, 2, 4, 1]);
  });

  it('leaves the list it was given in its order', () => {
    const surveys = [
      { responded: true, closesAt: '2026-03-01T00:00:00Z' },
      { responded: false, closesAt: '2026-03-01T00:00:00Z' },
    ];
    orderMySurveys(surveys);
    expect(surveys[0]?.responded).toBe(true);
  });
});
