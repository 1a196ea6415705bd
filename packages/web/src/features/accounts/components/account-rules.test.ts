import { describe, expect, it } from 'vitest';
import { isValidEmail, isValidUsername, needsScopeUnit, normaliseUsername } from './account-rules';

describe('usernames', () => {
  it('accepts lower-case letters, digits, dots, underscores and hyphens', () => {
    expect(isValidUsername('budi.santoso')).toBe(true);
    expect(isValidUsername('admin_bkpsdm-2')).toBe(true);
    expect(isValidUsername('198503122010011001')).toBe(true);
  });

  it('accepts capitals and surrounding spaces, which the server lowers and trims', () => {
    expect(normaliseUsername('  Budi.Santoso ')).toBe('budi.santoso');
    expect(isValidUsername('  Budi.Santoso ')).toBe(true);
  });

  it('rejects names shorter than 3 or longer than 64 characters', () => {
    expect(isValidUsername('ab')).toBe(false);
    expect(isValidUsername('a'.repeat(64))).toBe(true);
    expect(isValidUsername('a'.repeat(65))).toBe(false);
  });

  it('rejects spaces inside, @ signs and letters outside a–z', () => {
    expect(isValidUsername('budi santoso')).toBe(false);
    expect(isValidUsername('budi@bkpsdm')).toBe(false);
    expect(isValidUsername('andré')).toBe(false);
  });
});

describe('needsScopeUnit', () => {
  it('requires a unit for an atasan only', () => {
    expect(needsScopeUnit('atasan')).toBe(true);
    for (const role of ['admin', 'pimpinan', 'pegawai', 'mitra', 'auditor', 'nasional'] as const) {
      expect(needsScopeUnit(role)).toBe(false);
    }
  });
});

describe('isValidEmail', () => {
  it('accepts no address and a well-formed one, and refuses the rest', () => {
    expect(isValidEmail('')).toBe(true);
    expect(isValidEmail('  ')).toBe(true);
    expect(isValidEmail('siti.rahma@bkpsdm.tanjungpinangkota.go.id')).toBe(true);
    expect(isValidEmail('siti@')).toBe(false);
    expect(isValidEmail('bukan email')).toBe(false);
  });
});
