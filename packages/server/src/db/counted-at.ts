import type { ListScope } from '@jenjang/domain/shared/access';
import { type RawBuilder, sql } from 'kysely';

/**
 * Whether a unit (its path) lies within a reader's headcount scope (listScope of dashboard.read or
 * aggregate.read): the whole government, a subtree, or nowhere. Workforce figures are counted only
 * where it holds; an employee without a unit (a null path) is counted for the whole government only.
 */
export function countedAt(scope: ListScope, path: RawBuilder<unknown>): RawBuilder<boolean> {
  if (scope.kind === 'tenant') return sql<boolean>`true`;
  if (scope.kind === 'unit')
    return sql<boolean>`coalesce(${path} @> array[${scope.unitId}]::bigint[], false)`;
  return sql<boolean>`false`;
}
