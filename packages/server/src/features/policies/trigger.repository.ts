import type { TriggerRule } from '@jenjang/domain/policies/trigger.rules';
import type { Tx } from '../../db/database';

// Triggers on a policy's indicators and the revision proposals they open (migration 0035).

/** The triggers in service, with their indicators: of one policy, or (null) of every policy not retired. */
export function activeTriggers(tx: Tx, policyId: number | null) {
  let query = tx
    .selectFrom('policy_trigger as t')
    .innerJoin('policy_indicator as i', 'i.id', 't.indicator_id')
    .innerJoin('policy as p', 'p.id', 't.policy_id')
    .select([
      't.id',
      't.policy_id',
      't.indicator_id',
      't.rule',
      't.created_at',
      'i.name as indicator_name',
      'i.params',
      'i.direction',
      'i.target',
      'p.title',
      'p.state',
    ])
    .where('t.removed_at', 'is', null)
    .orderBy('t.id');
  query =
    policyId === null ? query.where('p.state', '<>', 'retired') : query.where('t.policy_id', '=', policyId);
  return query.execute();
}

export async function insertTrigger(
  tx: Tx,
  tenantId: number,
  trigger: { policyId: number; indicatorId: number; rule: TriggerRule; by: number; at: Date },
) {
  const row = await tx
    .insertInto('policy_trigger')
    .values({
      tenant_id: tenantId,
      policy_id: trigger.policyId,
      indicator_id: trigger.indicatorId,
      rule: JSON.stringify(trigger.rule),
      created_by: trigger.by,
      created_at: trigger.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Takes a trigger of the policy out of service; false when the policy has no such trigger in service. */
export async function removeTrigger(tx: Tx, policyId: number, id: number, at: Date): Promise<boolean> {
  const row = await tx
    .updateTable('policy_trigger')
    .set({ removed_at: at })
    .where('policy_id', '=', policyId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The indicator a trigger would watch, whichever policy it belongs to (row-level security: this government's). */
export function findIndicator(tx: Tx, id: number) {
  return tx
    .selectFrom('policy_indicator')
    .select(['id', 'policy_id', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface NewProposal {
  policyId: number;
  triggerId: number;
  indicatorId: number;
  indicatorName: string;
  rule: TriggerRule;
  pointAt: Date;
  pointLabel: string;
  value: number;
  previous: number | null;
  at: Date;
}

/**
 * Opens the proposal of one measurement breaking one trigger, unless it was opened before: its id,
 * or undefined. A check running at the same time waits on the unique key and then adds nothing.
 */
export async function insertProposal(tx: Tx, tenantId: number, p: NewProposal) {
  const row = await tx
    .insertInto('policy_revision_proposal')
    .values({
      tenant_id: tenantId,
      policy_id: p.policyId,
      trigger_id: p.triggerId,
      indicator_id: p.indicatorId,
      indicator_name: p.indicatorName,
      rule: JSON.stringify(p.rule),
      point_at: p.pointAt,
      point_label: p.pointLabel,
      value: p.value,
      previous: p.previous,
      created_at: p.at,
    })
    .onConflict((oc) => oc.columns(['trigger_id', 'point_at', 'tenant_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export function listProposals(tx: Tx, policyId: number) {
  return tx
    .selectFrom('policy_revision_proposal as r')
    .leftJoin('account as a', 'a.id', 'r.decided_by')
    .selectAll('r')
    .select('a.display_name as decided_by_name')
    .where('r.policy_id', '=', policyId)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
}

/** The proposal, locked for its decision. */
export function lockProposal(tx: Tx, policyId: number, id: number) {
  return tx
    .selectFrom('policy_revision_proposal')
    .select(['id', 'state'])
    .where('policy_id', '=', policyId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function decideProposal(
  tx: Tx,
  id: number,
  decision: {
    state: 'accepted' | 'dismissed';
    note: string | null;
    evaluationId: number | null;
    by: number;
    at: Date;
  },
) {
  await tx
    .updateTable('policy_revision_proposal')
    .set({
      state: decision.state,
      note: decision.note,
      evaluation_id: decision.evaluationId,
      decided_by: decision.by,
      decided_at: decision.at,
    })
    .where('id', '=', id)
    .execute();
}
