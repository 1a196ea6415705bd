import type { EvidenceInput } from '@jenjang/domain/policies/policy.contract';
import { citationsByVersion } from '@jenjang/domain/policies/provision-citation.rules';
import type { ProvisionSnapshot } from '@jenjang/domain/policies/provision-comparison.rules';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// The provisions of a policy: their work-level identity and lineage (`provision`,
// `provision_origin`), each version's text of them (`provision_text`), and each version's reasons
// and evidence for its changes (`provision_change`, `provision_evidence`). Migration 0028 refuses
// any write to an adopted version's rows.

export async function textsOf(tx: Tx, versionIds: readonly number[]) {
  if (versionIds.length === 0) return new Map<number, ProvisionSnapshot[]>();
  const rows = await tx
    .selectFrom('provision_text')
    .select(['version_id', 'provision_id', 'parent_id', 'ordinal', 'label', 'heading', 'body'])
    .where('version_id', 'in', versionIds)
    .execute();
  const byVersion = new Map<number, ProvisionSnapshot[]>(versionIds.map((id) => [id, []]));
  for (const row of rows) {
    byVersion.get(row.version_id)?.push({
      provisionId: row.provision_id,
      parentId: row.parent_id,
      ordinal: row.ordinal,
      label: row.label,
      heading: row.heading,
      body: row.body,
    });
  }
  return byVersion;
}

/** Every recorded origin of the policy's provisions (work-level: the same for every version). */
export async function lineageOf(tx: Tx, policyId: number): Promise<Map<number, number[]>> {
  const rows = await tx
    .selectFrom('provision_origin as o')
    .innerJoin('provision as p', 'p.id', 'o.provision_id')
    .select(['o.provision_id', 'o.origin_id'])
    .where('p.policy_id', '=', policyId)
    .orderBy('o.origin_id')
    .execute();
  const lineage = new Map<number, number[]>();
  for (const row of rows)
    lineage.set(row.provision_id, [...(lineage.get(row.provision_id) ?? []), row.origin_id]);
  return lineage;
}

/** Provisions of the policy among `ids` (others, and another policy's, are absent). */
export async function provisionsOf(tx: Tx, policyId: number, ids: readonly number[]) {
  if (ids.length === 0) return new Set<number>();
  const rows = await tx
    .selectFrom('provision')
    .select('id')
    .where('policy_id', '=', policyId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function insertProvision(
  tx: Tx,
  tenantId: number,
  provision: { policyId: number; versionId: number; origins: readonly number[] },
) {
  const { id } = await tx
    .insertInto('provision')
    .values({ tenant_id: tenantId, policy_id: provision.policyId, created_in: provision.versionId })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (provision.origins.length > 0) {
    await tx
      .insertInto('provision_origin')
      .values(
        provision.origins.map((origin) => ({ tenant_id: tenantId, provision_id: id, origin_id: origin })),
      )
      .execute();
  }
  return id;
}

export async function insertText(tx: Tx, tenantId: number, versionId: number, text: ProvisionSnapshot) {
  await tx
    .insertInto('provision_text')
    .values({
      tenant_id: tenantId,
      version_id: versionId,
      provision_id: text.provisionId,
      parent_id: text.parentId,
      ordinal: text.ordinal,
      label: text.label,
      heading: text.heading,
      body: text.body,
    })
    .execute();
}

export async function updateText(
  tx: Tx,
  versionId: number,
  provisionId: number,
  fields: { label?: string; heading?: string | null; body?: string; parentId?: number | null },
) {
  await tx
    .updateTable('provision_text')
    .set({
      ...(fields.label === undefined ? {} : { label: fields.label }),
      ...(fields.heading === undefined ? {} : { heading: fields.heading }),
      ...(fields.body === undefined ? {} : { body: fields.body }),
      ...(fields.parentId === undefined ? {} : { parent_id: fields.parentId }),
    })
    .where('version_id', '=', versionId)
    .where('provision_id', '=', provisionId)
    .execute();
}

/** Gives siblings their order, in one statement: `ids` in reading order under one parent. */
export async function setOrdinals(tx: Tx, versionId: number, ids: readonly number[]) {
  if (ids.length === 0) return;
  await sql`update provision_text t set ordinal = v.ordinal
    from unnest(${[...ids]}::bigint[], ${ids.map((_, index) => index)}::int[]) as v (provision_id, ordinal)
    where t.version_id = ${versionId} and t.provision_id = v.provision_id and t.ordinal <> v.ordinal`.execute(
    tx,
  );
}

/** Removes a provision from a version; its parts go with it (the parent's foreign key cascades). */
export async function deleteText(tx: Tx, versionId: number, provisionId: number) {
  await tx
    .deleteFrom('provision_text')
    .where('version_id', '=', versionId)
    .where('provision_id', '=', provisionId)
    .execute();
}

/** A new draft's text: the version it starts from, copied whole (same provisions, same places). */
export async function copyTexts(tx: Tx, fromVersionId: number, toVersionId: number) {
  await tx
    .insertInto('provision_text')
    .columns(['tenant_id', 'version_id', 'provision_id', 'parent_id', 'ordinal', 'label', 'heading', 'body'])
    .expression((eb) =>
      eb
        .selectFrom('provision_text')
        .select([
          'tenant_id',
          eb.val(toVersionId).as('version_id'),
          'provision_id',
          'parent_id',
          'ordinal',
          'label',
          'heading',
          'body',
        ])
        .where('version_id', '=', fromVersionId),
    )
    .execute();
}

// Reasons and evidence

export async function upsertChange(
  tx: Tx,
  tenantId: number,
  change: { versionId: number; provisionId: number; reason: string | null; by: number | null },
) {
  await tx
    .insertInto('provision_change')
    .values({
      tenant_id: tenantId,
      version_id: change.versionId,
      provision_id: change.provisionId,
      reason: change.reason,
      changed_by: change.by,
    })
    .onConflict((oc) =>
      oc.columns(['version_id', 'provision_id', 'tenant_id']).doUpdateSet((eb) => ({
        reason: eb.ref('excluded.reason'),
        changed_by: eb.ref('excluded.changed_by'),
        changed_at: eb.fn('now', []),
      })),
    )
    .execute();
}

export async function replaceEvidence(
  tx: Tx,
  tenantId: number,
  versionId: number,
  provisionId: number,
  evidence: readonly CheckedEvidence[],
) {
  await tx
    .deleteFrom('provision_evidence')
    .where('version_id', '=', versionId)
    .where('provision_id', '=', provisionId)
    .execute();
  if (evidence.length === 0) return;
  await tx
    .insertInto('provision_evidence')
    .values(
      evidence.map((item, ordinal) => ({
        tenant_id: tenantId,
        version_id: versionId,
        provision_id: provisionId,
        ordinal,
        kind: item.kind,
        wave_id: item.kind === 'surveyQuestion' || item.kind === 'surveyWave' ? item.waveId : null,
        question_key: item.kind === 'surveyQuestion' ? item.questionKey : null,
        statement_key: item.kind === 'surveyQuestion' ? item.statementKey : null,
        citation: item.kind === 'document' ? item.citation : null,
        comment_id: item.kind === 'consultation' ? item.commentId : null,
        finding_id: item.kind === 'finding' ? item.findingId : null,
        forum_proposal_id: item.kind === 'forumProposal' ? item.proposalId : null,
        indicator_id: item.kind === 'indicatorMeasurement' ? item.indicatorId : null,
        measured_at: item.kind === 'indicatorMeasurement' ? new Date(item.at) : null,
        measured_label: item.kind === 'indicatorMeasurement' ? item.measured.label : null,
        measured_value: item.kind === 'indicatorMeasurement' ? item.measured.value : null,
      })),
    )
    .execute();
}

export async function deleteChange(tx: Tx, versionId: number, provisionId: number) {
  await tx
    .deleteFrom('provision_change')
    .where('version_id', '=', versionId)
    .where('provision_id', '=', provisionId)
    .execute();
}

export interface StoredEvidence {
  kind: EvidenceInput['kind'];
  waveId: number | null;
  questionKey: string | null;
  statementKey: string | null;
  citation: string | null;
  commentId: number | null;
  findingId: number | null;
  proposalId: number | null;
  /** A measurement cited, as it read when cited. */
  measurement: { indicatorId: number; at: Date; label: string; value: number } | null;
}

/**
 * Evidence as checked before it is stored: a measurement carries what it read when cited (the
 * words and value of the indicator's point at that moment).
 */
export type CheckedEvidence =
  | Exclude<EvidenceInput, { kind: 'indicatorMeasurement' }>
  | (Extract<EvidenceInput, { kind: 'indicatorMeasurement' }> & {
      measured: { label: string; value: number };
    });

/** The recorded changes of these versions, with their evidence in the order given. */
export async function changesOf(tx: Tx, versionIds: readonly number[]) {
  if (versionIds.length === 0) return [];
  const [changes, evidence] = await Promise.all([
    tx
      .selectFrom('provision_change')
      .select(['version_id', 'provision_id', 'reason'])
      .where('version_id', 'in', versionIds)
      .execute(),
    tx
      .selectFrom('provision_evidence')
      .select([
        'version_id',
        'provision_id',
        'kind',
        'wave_id',
        'question_key',
        'statement_key',
        'citation',
        'comment_id',
        'finding_id',
        'forum_proposal_id',
        'indicator_id',
        'measured_at',
        'measured_label',
        'measured_value',
      ])
      .where('version_id', 'in', versionIds)
      .orderBy('ordinal')
      .execute(),
  ]);
  const key = (versionId: number, provisionId: number) => `${versionId}:${provisionId}`;
  const cited = new Map<string, StoredEvidence[]>();
  for (const row of evidence) {
    const k = key(row.version_id, row.provision_id);
    cited.set(k, [
      ...(cited.get(k) ?? []),
      {
        kind: row.kind,
        waveId: row.wave_id,
        questionKey: row.question_key,
        statementKey: row.statement_key,
        citation: row.citation,
        commentId: row.comment_id,
        findingId: row.finding_id,
        proposalId: row.forum_proposal_id,
        measurement:
          row.indicator_id === null
            ? null
            : {
                indicatorId: row.indicator_id,
                at: row.measured_at!,
                label: row.measured_label!,
                value: row.measured_value!,
              },
      },
    ]);
  }
  return changes.map((row) => ({
    versionId: row.version_id,
    provisionId: row.provision_id,
    reason: row.reason,
    evidence: cited.get(key(row.version_id, row.provision_id)) ?? [],
  }));
}

/** The changes citing a wave, in any policy of the government: the reverse view of evidence. */
export function changesCitingWave(tx: Tx, waveId: number) {
  return tx
    .selectFrom('provision_evidence as e')
    .innerJoin('provision_change as c', (join) =>
      join.onRef('c.version_id', '=', 'e.version_id').onRef('c.provision_id', '=', 'e.provision_id'),
    )
    .innerJoin('policy_version as v', 'v.id', 'e.version_id')
    .innerJoin('policy as p', 'p.id', 'v.policy_id')
    .select([
      'p.id as policy_id',
      'p.title as policy_title',
      'v.id as version_id',
      'v.number as version_number',
      'v.status as version_status',
      'v.based_on_id',
      'e.provision_id',
      'e.question_key',
      'e.statement_key',
      'c.reason',
    ])
    .where('e.wave_id', '=', waveId)
    .orderBy('p.id')
    .orderBy('v.number')
    .orderBy('e.provision_id')
    .execute();
}

/**
 * The provision changes citing these findings, forum proposals or indicators (`by`: the evidence's
 * column), each with the provision cited in full ("Pasal 5 ayat (1)") as that version numbers it,
 * or, for one the change removed, as the version before did: the reverse view of evidence other
 * than survey waves.
 */
export async function changesCiting(
  tx: Tx,
  by: 'finding_id' | 'forum_proposal_id' | 'indicator_id',
  ids: readonly number[],
) {
  if (ids.length === 0) return [];
  const rows = await tx
    .selectFrom('provision_evidence as e')
    .innerJoin('policy_version as v', 'v.id', 'e.version_id')
    .innerJoin('policy as p', 'p.id', 'v.policy_id')
    .leftJoin('provision_text as t', (join) =>
      join.onRef('t.version_id', '=', 'e.version_id').onRef('t.provision_id', '=', 'e.provision_id'),
    )
    .select([
      sql<number>`${sql.ref(`e.${by}`)}`.as('cited_id'),
      'p.id as policy_id',
      'p.title as policy_title',
      'v.id as version_id',
      'v.based_on_id',
      'v.number as version_number',
      'v.status as version_status',
      'e.provision_id',
      sql<boolean>`t.provision_id is null`.as('removed'),
      'e.measured_at',
      'e.measured_label',
      'e.measured_value',
    ])
    .where(sql.ref(`e.${by}`), 'in', ids)
    .orderBy('p.id')
    .orderBy('v.number')
    .orderBy('e.provision_id')
    .execute();
  const textVersion = (row: (typeof rows)[number]) =>
    row.removed && row.based_on_id !== null ? row.based_on_id : row.version_id;
  const citations = await citationsIn(tx, rows.map(textVersion));
  return rows.map((row) => ({
    ...row,
    label: citations.get(textVersion(row))?.get(row.provision_id) ?? '',
  }));
}

/** Each provision of these versions cited in full, version by version. */
export async function citationsIn(tx: Tx, versionIds: readonly number[]) {
  return citationsByVersion(await textsOf(tx, [...new Set(versionIds)]));
}
