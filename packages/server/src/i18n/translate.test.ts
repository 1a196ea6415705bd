import { describe, expect, it } from 'vitest';
import { translate } from './translate';

describe('translate', () => {
  it('writes counted numbers as each language does, and years without grouping', () => {
    expect(translate('id', 'import.tooLarge', { limit: 0.06 })).toBe('Berkas melebihi batas 0,06 MB.');
    expect(translate('en', 'import.tooLarge', { limit: 0.06 })).toMatch(/0\.06 MB/);
    expect(translate('id', 'unit.closedChoose', { name: 'Arsip', date: '2026-01-01' })).toContain(
      '2026-01-01',
    );
  });

  it('writes numbers that name something as they are', () => {
    const text = translate('en', 'cli.restoreWhileServer', { dir: '/data', pid: 16739 });
    expect(text).toContain('16739');
    expect(text).not.toContain('16,739');
  });

  it('falls back to Indonesian, then to the key', () => {
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
