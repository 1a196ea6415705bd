import { describe, expect, it } from 'vitest';
import { detailsOf, show } from './audit-details';

describe('detailsOf', () => {
  it('reads a before/after pair as changes, field by field', () => {
    expect(
      detailsOf({
        before: { role: 'pegawai', scopeUnitId: null },
        after: { role: 'atasan', scopeUnitId: 12 },
      }),
    ).toEqual({
      changes: [
        { field: 'role', before: 'pegawai', after: 'atasan' },
        { field: 'scopeUnitId', before: null, after: '12' },
      ],
      facts: [],
    });
  });

  it('lists any other key as a fact', () => {
    expect(detailsOf({ file: 'pegawai.xlsx', rows: 120, layout: { kind: 'siasn' } }).facts).toEqual([
      { key: 'file', value: 'pegawai.xlsx' },
      { key: 'rows', value: '120' },
      { key: 'layout', value: '{"kind":"siasn"}' },
    ]);
  });

  it('keeps a lone before or after as a fact', () => {
    expect(detailsOf({ before: 'x' })).toEqual({ changes: [], facts: [{ key: 'before', value: 'x' }] });
  });
});

describe('show', () => {
  it('shows empty values as nothing', () => {
    expect(show(null)).toBeNull();
    expect(show('')).toBeNull();
    expect(show(false)).toBe('false');
  });
});
