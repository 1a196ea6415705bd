import { hasPermission, useMe } from '../../../lib/session';

/**
 * Whether the signed-in user keeps the dictionary and the standards: they are the whole
 * government's, so an admin scoped to one unit reads them only (the server answers 403 too).
 */
export function useCanManageCompetencies(): boolean {
  const me = useMe();
  return me.scopeUnit === null && hasPermission(me, 'competency.manage');
}

/**
 * Whether the signed-in user reads workforce figures (aggregate.read): admin, pimpinan and auditor
 * for the government, atasan for their subtree; the gap analysis and the 20 JP tabs need it.
 */
export function useCanReadAggregates(): boolean {
  return hasPermission(useMe(), 'aggregate.read');
}
