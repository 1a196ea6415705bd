import { permissionsOf, type Role } from '@jenjang/domain/shared/access';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import { isActive, NAV_ITEMS } from './nav-items';

const me = (role: Role, employeeId: number | null = 7): Me => ({
  id: 1,
  username: 'u',
  displayName: 'U',
  role,
  locale: 'id',
  employeeId,
  scopeUnit: role === 'atasan' ? { id: 3, name: 'Bidang' } : null,
  tenant: { id: 1, code: 'demo', name: 'Demo', timeZone: 'Asia/Jakarta' },
  permissions: permissionsOf(role) as string[],
});

const visible = (user: Me) => NAV_ITEMS.filter((item) => item.visible(user)).map((item) => item.id);
const performanceItems = (user: Me) => visible(user).filter((id) => id.startsWith('performance'));

describe('the navigation', () => {
  it('has one entry per id', () => {
    const ids = NAV_ITEMS.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows Kinerja to every employee who plans their SKP, and Penilaian Kinerja not to a plain employee', () => {
    expect(performanceItems(me('pegawai'))).toEqual(['performance']);
  });

  it('shows both to supervisors, leaders and auditors with an employee record', () => {
    for (const role of ['atasan', 'pimpinan', 'auditor'] as const) {
      expect(performanceItems(me(role))).toEqual(['performance', 'performance-admin']);
    }
  });

  it('shows the agency Penilaian Kinerja, and Kinerja only with an employee record of its own', () => {
    expect(performanceItems(me('admin', null))).toEqual(['performance-admin']);
    expect(performanceItems(me('admin'))).toEqual(['performance', 'performance-admin']);
  });

  it('shows neither to a partner’s trainer, a national viewer or an employee without a record', () => {
    expect(performanceItems(me('mitra', null))).toEqual([]);
    expect(performanceItems(me('nasional', null))).toEqual([]);
    expect(performanceItems(me('pegawai', null))).toEqual([]);
  });

  it('shows Kenaikan Pangkat to the agency alone', () => {
    expect(visible(me('admin', null))).toContain('promotion');
    for (const role of ['pegawai', 'atasan', 'pimpinan', 'auditor', 'mitra', 'nasional'] as const) {
      expect(visible(me(role)), role).not.toContain('promotion');
    }
  });

  it('shows Manajemen Talenta to those who read the appraisals overview, not to a plain employee', () => {
    for (const role of ['admin', 'pimpinan', 'atasan', 'auditor'] as const) {
      expect(visible(me(role)), role).toContain('talent');
    }
    for (const role of ['pegawai', 'mitra', 'nasional'] as const) {
      expect(visible(me(role)), role).not.toContain('talent');
    }
  });

  it('marks Kinerja active on an SKP page and below', () => {
    const kinerja = NAV_ITEMS.find((item) => item.id === 'performance')!;
    expect(isActive(kinerja, me('pegawai'), '/performance')).toBe(true);
    expect(isActive(kinerja, me('pegawai'), '/performance/skp/4')).toBe(true);
    expect(isActive(kinerja, me('pegawai'), '/performances')).toBe(false);
  });
});
