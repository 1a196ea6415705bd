import { describe, expect, it } from 'vitest';
import type { Me } from '../../../api/types';
import {
  conflictField,
  grantableRoles,
  isValidEmail,
  isValidUsername,
  mustScope,
  needsScopeUnit,
  normaliseUsername,
} from './account-rules';

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

const me = (role: Me['role'], scopeUnit: Me['scopeUnit'] = null): Me =>
  ({
    id: 1,
    username: 'saya',
    displayName: 'Saya',
    role,
    locale: 'id',
    employeeId: null,
    scopeUnit,
    tenant: { id: 1, code: '21.72', name: 'Kota Uji', timeZone: 'Asia/Jakarta' },
    permissions: [],
  }) as Me;

describe('grantableRoles', () => {
  it('lets an admin give every role of a government, never nasional', () => {
    expect(grantableRoles(me('admin'))).toEqual([
      'admin',
      'pimpinan',
      'atasan',
      'pegawai',
      'mitra',
      'auditor',
    ]);
  });

  it('lets an OPD admin give the same roles, each limited to its OPD', () => {
    const opdAdmin = me('admin', { id: 10, name: 'Dinas Pendidikan' });
    expect(grantableRoles(opdAdmin)).toContain('admin');
    expect(mustScope(opdAdmin, 'pegawai')).toBe(true);
    expect(mustScope(me('admin'), 'pegawai')).toBe(false);
    expect(mustScope(me('admin'), 'atasan')).toBe(true);
  });

  it('gives nothing to a role that cannot manage accounts', () => {
    expect(grantableRoles(me('auditor'))).toEqual([]);
  });
});

describe('conflictField', () => {
  it('names the field a refusal points at', () => {
    expect(conflictField({ errors: [{ path: 'body/employeeId' }] })).toBe('employee');
    expect(conflictField({ errors: [{ path: 'body/username' }] })).toBe('username');
    expect(conflictField({})).toBeNull();
    expect(conflictField(null)).toBeNull();
  });
});
