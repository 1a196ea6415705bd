import type { Me } from '../../../api/types';
import { hasPermission } from '../../../lib/session';

/**
 * Who opens Penilaian Kinerja: the agency (performance.manage), and those who read others' SKP and
 * the predikat distribution — leaders and auditors across the government, supervisors in their
 * subtree. An employee's performance.read reaches only their own record: Me carries no reach, so
 * the role tells (the server answers 404 to a reader of their own only).
 */
export function readsPerformanceOverview(me: Me): boolean {
  return (
    hasPermission(me, 'performance.manage') ||
    (hasPermission(me, 'performance.read') && me.role !== 'pegawai')
  );
}

/** Who opens Kinerja Saya: an employee who plans their own SKP. */
export function plansOwnPerformance(me: Me): boolean {
  return me.employeeId !== null && hasPermission(me, 'performance.plan');
}
