import { describe, expect, it } from 'vitest';
import { auditFilters, validateAuditSearch } from './audit-search';

describe('validateAuditSearch', () => {
  it('keeps every filter an inspector can set', () => {
    expect(
      validateAuditSearch({
        page: '2',
        actor: '7',
        action: 'account.disabled',
        entity: 'account',
        entityId: '12',
        from: '2026-01-01',
        to: '2026-01-31',
      }),
    ).toEqual({
      page: 2,
      actor: 7,
      action: 'account.disabled',
      entity: 'account',
      entityId: '12',
      from: '2026-01-01',
      to: '2026-01-31',
    });
  });

  it('drops what the server would refuse, so a bad link shows the whole log', () => {
    expect(
      validateAuditSearch({ page: '1', actor: 'x', action: 'drop table', entity: 'Akun!', from: '1/1/2026' }),
    ).toEqual({});
  });

  it('drops an object id without its kind', () => {
    expect(validateAuditSearch({ entityId: '12' })).toEqual({});
  });
});

describe('auditFilters', () => {
  it('leaves the page out', () => {
    expect(auditFilters({ page: 3, action: 'auth' })).toEqual({
      actor: undefined,
      action: 'auth',
      entity: undefined,
      entityId: undefined,
      from: undefined,
      to: undefined,
    });
  });
});
