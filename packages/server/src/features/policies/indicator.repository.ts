import type { CreateIndicatorBody } from '@jenjang/domain/policies/indicator.contract';
import type { Tx } from '../../db/database';

// A policy's indicators: their definitions only; their values are computed by their sources when read.

export function listIndicators(tx: Tx, policyId: number) {
  return tx
    .selectFrom('policy_indicator')
    .selectAll()
    .where('policy_id', '=', policyId)
    .orderBy('id')
    .execute();
}

/** Indicators by id, of any policy of the government: what evidence cites, named. */
export function indicatorsById(tx: Tx, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('policy_indicator')
    .select(['id', 'name', 'source'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/** Whether a change of a provision cites a measurement of the indicator (it cannot then be removed). */
export async function isCited(tx: Tx, id: number) {
  const row = await tx
    .selectFrom('provision_evidence')
    .select('indicator_id')
    .where('indicator_id', '=', id)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertIndicator(tx: Tx, tenantId: number, policyId: number, body: CreateIndicatorBody) {
  const row = await tx
    .insertInto('policy_indicator')
    .values({
      tenant_id: tenantId,
      policy_id: policyId,
      name: body.name,
      source: body.params.source,
      params: JSON.stringify(body.params),
      direction: body.direction,
      baseline: body.baseline,
      target: body.target,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Removes one indicator of the policy; its name, or undefined when the policy has no such indicator. */
export async function deleteIndicator(tx: Tx, policyId: number, id: number) {
  const row = await tx
    .deleteFrom('policy_indicator')
    .where('policy_id', '=', policyId)
    .where('id', '=', id)
    .returning('name')
    .executeTakeFirst();
  return row?.name;
}
