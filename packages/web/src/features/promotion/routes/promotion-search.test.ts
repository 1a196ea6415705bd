import { describe, expect, it } from 'vitest';
import { eligibilityQuery, periodShown, validatePromotionSearch } from './promotion-search';

describe('Kenaikan Pangkat in the address', () => {
  it('keeps a period only when it is the first of a month', () => {
    expect(validatePromotionSearch({ period: '2026-04-01' })).toEqual({ period: '2026-04-01' });
    expect(validatePromotionSearch({ period: '2026-04-15' })).toEqual({});
    expect(validatePromotionSearch({ period: '2026-13-01' })).toEqual({});
  });

  it('leaves out what is shown without asking: the list tab, those eligible, page 1', () => {
    expect(validatePromotionSearch({ tab: 'list', show: 'eligible', page: '1' })).toEqual({});
    expect(validatePromotionSearch({ tab: 'sanctions', show: 'all', page: '3' })).toEqual({
      tab: 'sanctions',
      show: 'all',
      page: 3,
    });
  });

  it('drops a rule or a filter it does not know', () => {
    expect(validatePromotionSearch({ failing: 'height', show: 'some' })).toEqual({});
    expect(validatePromotionSearch({ failing: 'appraisals' })).toEqual({ failing: 'appraisals' });
  });
});

describe('the period shown', () => {
  const periods = [{ date: '2025-04-01' }, { date: '2025-10-01' }, { date: '2026-04-01' }];

  it('is the next period when none is asked for, the period date itself counting as next', () => {
    expect(periodShown(undefined, periods, '2025-06-30')).toBe('2025-10-01');
    expect(periodShown(undefined, periods, '2025-10-01')).toBe('2025-10-01');
  });

  it('is the one asked for, or the latest when all have passed, or none without periods', () => {
    expect(periodShown('2024-10-01', periods, '2025-06-30')).toBe('2024-10-01');
    expect(periodShown(undefined, periods, '2027-01-01')).toBe('2026-04-01');
    expect(periodShown(undefined, [], '2027-01-01')).toBeNull();
  });
});

describe('the list query', () => {
  it('narrows to a failed rule only when the list holds people who fail rules', () => {
    expect(eligibilityQuery({ failing: 'sanction' }, '2026-04-01')).toEqual({
      period: '2026-04-01',
      show: 'eligible',
      page: 1,
      pageSize: 25,
    });
    expect(
      eligibilityQuery({ show: 'notEligible', failing: 'sanction', unit: 4, q: 'budi' }, '2026-04-01'),
    ).toEqual({
      period: '2026-04-01',
      show: 'notEligible',
      failing: 'sanction',
      q: 'budi',
      unitId: 4,
      page: 1,
      pageSize: 25,
    });
  });
});
