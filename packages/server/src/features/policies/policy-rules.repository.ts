import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// The rules versions of policies state besides their text, one set per kind (migrations 0061, 0062):
// 'promotion' (kenaikan pangkat), 'talent' (talent mapping). Read with the versions they belong to.

export type RulesKind = 'promotion' | 'talent';

export interface VersionRow {
  id: number;
  policyId: number;
  policyTitle: string;
  policyState: string;
  number: number;
  status: 'draft' | 'adopted' | 'discarded';
  basedOnId: number | null;
  effectiveFrom: string | null;
  rules: unknown;
}

const VERSION = sql`v.id::int as id, v.policy_id::int as "policyId", p.title as "policyTitle",
  p.state as "policyState", v.number::int as number, v.status, v.based_on_id::int as "basedOnId",
  v.effective_from::text as "effectiveFrom", r.rules`;
const versionFrom = (kind: RulesKind) => sql`from policy_version v
  join policy p on p.tenant_id = v.tenant_id and p.id = v.policy_id
  left join policy_rules r on r.tenant_id = v.tenant_id and r.version_id = v.id and r.kind = ${kind}`;

/** Every version of one policy, each with the rules of this kind it states itself (null: none). */
export async function versionsOfPolicy(tx: Tx, kind: RulesKind, policyId: number): Promise<VersionRow[]> {
  const { rows } = await sql<VersionRow>`select ${VERSION} ${versionFrom(kind)}
    where v.policy_id = ${policyId} order by v.number`.execute(tx);
  return rows;
}

/** Every version of every policy any of whose versions states rules of this kind. */
export async function versionsOfRulingPolicies(tx: Tx, kind: RulesKind): Promise<VersionRow[]> {
  const { rows } = await sql<VersionRow>`select ${VERSION} ${versionFrom(kind)}
    where v.policy_id in (select v2.policy_id from policy_rules r2
      join policy_version v2 on v2.tenant_id = r2.tenant_id and v2.id = r2.version_id
      where r2.kind = ${kind})
    order by v.policy_id, v.number`.execute(tx);
  return rows;
}

/** Locks a version's row while its rules change, so its adoption waits for the change (or refuses it). */
export async function lockVersion(tx: Tx, versionId: number) {
  const { rows } = await sql<{ status: string; policyId: number }>`
    select status, policy_id::int as "policyId" from policy_version where id = ${versionId} for update`.execute(
    tx,
  );
  return rows[0];
}

export async function saveRules(
  tx: Tx,
  kind: RulesKind,
  tenantId: number,
  versionId: number,
  rules: object,
  by: number,
) {
  await sql`insert into policy_rules (tenant_id, version_id, kind, rules, updated_by)
    values (${tenantId}, ${versionId}, ${kind}, ${JSON.stringify(rules)}::jsonb, ${by})
    on conflict (tenant_id, version_id, kind) do update set rules = excluded.rules, updated_by = excluded.updated_by,
      updated_at = now()`.execute(tx);
}

export async function deleteRules(tx: Tx, kind: RulesKind, versionId: number) {
  await sql`delete from policy_rules where version_id = ${versionId} and kind = ${kind}`.execute(tx);
}
