import { permissionsOf } from '@jenjang/domain/shared/access';
import { describe, expect, it } from 'vitest';
import { validateCompetenciesSearch, visibleTabs } from './competencies-search';

describe('validateCompetenciesSearch', () => {
  it('keeps the standards tab and a position id from the address', () => {
    expect(validateCompetenciesSearch({ tab: 'standards', position: '12' })).toEqual({
      tab: 'standards',
      position: 12,
    });
  });

  it('keeps the figures’ filters: unit, position kind, comparison day and year', () => {
    expect(
      validateCompetenciesSearch({
        tab: 'gaps',
        unit: '7',
        kind: 'fungsional',
        compare: '2025-12-31',
        year: '2025',
      }),
    ).toEqual({ tab: 'gaps', unit: 7, kind: 'fungsional', compare: '2025-12-31', year: 2025 });
    expect(
      validateCompetenciesSearch({ unit: 'x', kind: 'menteri', compare: '31-12-2025', year: '25' }),
    ).toEqual({});
  });

  it('drops the default tab, an unknown tab and a position that is not a positive whole number', () => {
    expect(validateCompetenciesSearch({ tab: 'dictionary' })).toEqual({});
    expect(validateCompetenciesSearch({ tab: 'kesenjangan', position: '-3' })).toEqual({});
    expect(validateCompetenciesSearch({ position: '1.5', extra: 'x' })).toEqual({});
  });
});

describe('visibleTabs', () => {
  it('shows the gap analysis and the 20 JP tabs to readers of workforce figures', () => {
    for (const role of ['admin', 'pimpinan', 'auditor', 'atasan'] as const) {
      expect(visibleTabs(permissionsOf(role))).toEqual(['dictionary', 'standards', 'gaps', 'jp']);
    }
  });

  it('hides them from an employee, who reads only the dictionary and the standards', () => {
    expect(visibleTabs(permissionsOf('pegawai'))).toEqual(['dictionary', 'standards']);
  });

  it('keeps the gap tab in the address', () => {
    expect(validateCompetenciesSearch({ tab: 'gaps' })).toEqual({ tab: 'gaps' });
    expect(validateCompetenciesSearch({ tab: 'jp' })).toEqual({ tab: 'jp' });
  });
});
