import { describe, expect, it } from 'vitest';
import { validateOrganisationSearch } from './organisation-search';

describe('validateOrganisationSearch', () => {
  it('keeps a known tab, kind and page, and drops defaults and junk', () => {
    expect(
      validateOrganisationSearch({ tab: 'positions', q: ' analis ', kind: 'fungsional', page: '2' }),
    ).toEqual({
      tab: 'positions',
      q: 'analis',
      kind: 'fungsional',
      page: 2,
    });
    expect(validateOrganisationSearch({ tab: 'units', page: '1', kind: 'eselon', extra: 'x' })).toEqual({});
  });
});
