import type { ProvisionChange, VersionSummary, VersionText } from '@jenjang/domain/policies/policy.contract';
import { citationsByVersion } from '@jenjang/domain/policies/provision-citation.rules';
import {
  compareVersions,
  documentOrder,
  type Lineage,
  type ProvisionComparison,
  type ProvisionSnapshot,
} from '@jenjang/domain/policies/provision-comparison.rules';
import { diffWords } from '@jenjang/domain/policies/text-diff.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { notFound } from '../../http/problem';
import type { Locale } from '../../i18n/translate';
import { ownAcknowledgement } from './acknowledgement.service';
import { type EvidenceContext, evidenceContext, evidenceView } from './evidence';
import * as repo from './policy.repository';
import { versionSummaries, visibleVersions } from './policy.service';
import { authorise, readablePolicy, versionVisible } from './policy-access';
import * as provisions from './provision.repository';

// Reading a policy's texts: a version with the reason of each change, a provision through its
// versions ("why does it say this?"), two versions side by side, and the reverse view from a survey
// wave to the changes that cite it. Everything a reader may not see (a draft, to a reader who does
// not review) is left out or answered 404.

/** A policy's versions, texts, lineage and recorded changes, as this reader may see them. */
interface PolicyRecord {
  versions: VersionSummary[];
  basedOn: Map<number, number | null>;
  texts: Map<number, ProvisionSnapshot[]>;
  lineage: Lineage;
  changes: Map<string, { reason: string | null; evidence: provisions.StoredEvidence[] }>;
  evidence: EvidenceContext;
}

const changeKey = (versionId: number, provisionId: number) => `${versionId}:${provisionId}`;

async function recordOf(
  tx: Tx,
  actor: Actor,
  policyId: number,
  locale: Locale,
  now: Date,
): Promise<PolicyRecord> {
  const policy = await readablePolicy(tx, actor, policyId);
  const today = await tenantToday(tx, now);
  const versions = await visibleVersions(tx, actor, policyId, today, policy.state === 'retired');
  return loadRecord(tx, policyId, versions, locale, { authors: true });
}

/** The texts, lineage and recorded changes of these versions (the ones a reader may see). */
async function loadRecord(
  tx: Tx,
  policyId: number,
  versions: VersionSummary[],
  locale: Locale,
  options: { authors: boolean },
): Promise<PolicyRecord> {
  const rows = await repo.listVersions(tx, policyId);
  const basedOn = new Map(rows.map((row) => [row.id, row.based_on_id]));
  const ids = versions.map((v) => v.id);
  const [texts, lineage, changes] = await Promise.all([
    provisions.textsOf(tx, [...new Set([...ids, ...ids.flatMap((id) => basedOn.get(id) ?? [])])]),
    provisions.lineageOf(tx, policyId),
    provisions.changesOf(tx, ids),
  ]);
  const evidence = await evidenceContext(
    tx,
    changes.flatMap((change) => change.evidence),
    locale,
    options,
  );
  return {
    versions,
    basedOn,
    texts,
    lineage,
    changes: new Map(changes.map((c) => [changeKey(c.versionId, c.provisionId), c])),
    evidence,
  };
}

/** A version's comparison with the one it was drafted from; a first text's provisions are all "added". */
function comparisonOf(record: PolicyRecord, versionId: number): Map<number, ProvisionComparison> {
  const base = record.basedOn.get(versionId);
  const before = base ? (record.texts.get(base) ?? []) : [];
  return new Map(
    compareVersions(before, record.texts.get(versionId) ?? [], record.lineage).map((item) => [
      item.provisionId,
      item,
    ]),
  );
}

/** The change a version recorded on a provision, or null when it neither changed it nor said why. */
function changeOf(
  record: PolicyRecord,
  version: VersionSummary,
  item: ProvisionComparison | undefined,
): ProvisionChange | null {
  if (!item) return null;
  const recorded = record.changes.get(changeKey(version.id, item.provisionId));
  const firstText = !record.basedOn.get(version.id);
  if (item.kind === 'unchanged' || (firstText && !recorded)) return null;
  return {
    versionId: version.id,
    versionNumber: version.number,
    kind: item.kind,
    reason: recorded?.reason ?? null,
    evidence: (recorded?.evidence ?? []).map((e) => evidenceView(e, record.evidence)),
  };
}

function findVisible(record: PolicyRecord, versionId: number): VersionSummary {
  const version = record.versions.find((v) => v.id === versionId);
  if (!version) throw notFound();
  return version;
}

export async function versionText(
  tx: Tx,
  actor: Actor,
  policyId: number,
  versionId: number,
  locale: Locale,
  now: Date,
): Promise<VersionText> {
  const record = await recordOf(tx, actor, policyId, locale, now);
  const version = findVisible(record, versionId);
  const policy = await repo.findPolicy(tx, policyId);
  return {
    ...textOf(record, policyId, policy?.title ?? '', version),
    acknowledgement: await ownAcknowledgement(tx, actor, version, policy?.state),
  };
}

/**
 * An adopted version's text as citizens read it: no reader to authorise (the caller checked the
 * policy is published), adopted versions only, nobody's name (not the adopting leader's, not a
 * consultation comment's author). Undefined for a version that is not adopted.
 */
export async function adoptedVersionText(
  tx: Tx,
  policy: { id: number; title: string; state: string },
  versionId: number,
  locale: Locale,
  today: string,
): Promise<VersionText | undefined> {
  const versions = (
    await versionSummaries(
      tx,
      policy.id,
      today,
      policy.state === 'retired',
      (row) => row.status === 'adopted',
    )
  ).map((v) => ({ ...v, adoptedBy: null }));
  const version = versions.find((v) => v.id === versionId);
  if (!version) return undefined;
  const record = await loadRecord(tx, policy.id, versions, locale, { authors: false });
  return { ...textOf(record, policy.id, policy.title, version), acknowledgement: null };
}

function textOf(
  record: PolicyRecord,
  policyId: number,
  policyTitle: string,
  version: VersionSummary,
): Omit<VersionText, 'acknowledgement'> {
  const versionId = version.id;
  const comparison = comparisonOf(record, versionId);
  return {
    policyId,
    policyTitle,
    version,
    provisions: documentOrder(record.texts.get(versionId) ?? []).map(({ provision, depth }) => ({
      ...provision,
      depth,
      change: changeOf(record, version, comparison.get(provision.provisionId)),
    })),
    removed: [...comparison.values()].flatMap((item) => {
      const change = item.after === null ? changeOf(record, version, item) : null;
      return change && item.before
        ? [{ provisionId: item.provisionId, label: item.before.label, heading: item.before.heading, change }]
        : [];
    }),
  };
}

export function getVersionText(
  db: Db,
  actor: Actor,
  policyId: number,
  versionId: number,
  locale: Locale,
  now: Date,
) {
  return withTenant(db, actor.tenantId, (tx) => versionText(tx, actor, policyId, versionId, locale, now));
}

/** The labels of provisions as the newest version holding each states them. */
function labelsOf(record: PolicyRecord, ids: readonly number[]) {
  const wanted = new Set(ids);
  const labels = new Map<number, string>();
  for (const version of record.versions) {
    for (const p of record.texts.get(version.id) ?? []) {
      if (wanted.has(p.provisionId) && !labels.has(p.provisionId)) labels.set(p.provisionId, p.label);
    }
  }
  return ids.map((id) => ({ provisionId: id, label: labels.get(id) ?? `#${id}` }));
}

/** "Why does the policy say this?": the provision in every version that holds it or removed it, newest first. */
export function provisionHistory(
  db: Db,
  actor: Actor,
  policyId: number,
  provisionId: number,
  locale: Locale,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const record = await recordOf(tx, actor, policyId, locale, now);
    const entries = record.versions.flatMap((version) => {
      const item = comparisonOf(record, version.id).get(provisionId);
      if (!item) return [];
      const text = item.after;
      return [
        {
          version,
          label: text?.label ?? null,
          heading: text?.heading ?? null,
          body: text?.body ?? null,
          change: changeOf(record, version, item),
        },
      ];
    });
    if (entries.length === 0) throw notFound();
    return { provisionId, origins: labelsOf(record, record.lineage.get(provisionId) ?? []), entries };
  });
}

/** Two versions side by side, provision by provision, with each modified wording word by word. */
export function compareVersionTexts(
  db: Db,
  actor: Actor,
  policyId: number,
  versions: { from?: number | undefined; to?: number | undefined },
  locale: Locale,
  now: Date,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const record = await recordOf(tx, actor, policyId, locale, now);
    // Newest first: by default the newest version against the one before it.
    const to = versions.to === undefined ? record.versions[0] : findVisible(record, versions.to);
    const from =
      versions.from === undefined ? (record.versions[1] ?? to) : findVisible(record, versions.from);
    if (!from || !to) throw notFound();
    const [low, high] = from.number <= to.number ? [from.number, to.number] : [to.number, from.number];
    const between = record.versions.filter(
      (v) => v.number > low && v.number <= high && v.status !== 'discarded',
    );
    const before = record.texts.get(from.id) ?? [];
    const after = record.texts.get(to.id) ?? [];
    const items = compareVersions(before, after, record.lineage);
    const textIn = (text: ProvisionSnapshot[], p: ProvisionSnapshot, depth: number) => ({
      label: p.label,
      heading: p.heading,
      body: p.body,
      depth,
      path: pathOf(text, p),
    });
    return {
      from,
      to,
      items: items.map((item) => ({
        kind: item.kind,
        provisionId: item.provisionId,
        before: item.before && textIn(before, item.before, item.depth),
        after: item.after && textIn(after, item.after, item.depth),
        textChanged: item.textChanged,
        moved: item.moved,
        renumbered: item.renumbered,
        related: labelsOf(record, item.related),
        segments:
          item.textChanged && item.before && item.after ? diffWords(item.before.body, item.after.body) : null,
        changes: between
          .map((version) => changeOf(record, version, comparisonOf(record, version.id).get(item.provisionId)))
          .filter((change): change is ProvisionChange => change !== null),
      })),
    };
  });
}

/** The labels of a provision's parents in a text, from the top. */
function pathOf(text: readonly ProvisionSnapshot[], provision: ProvisionSnapshot): string[] {
  const byId = new Map(text.map((p) => [p.provisionId, p]));
  const path: string[] = [];
  let parent = provision.parentId === null ? undefined : byId.get(provision.parentId);
  while (parent && path.length < text.length) {
    path.unshift(parent.label);
    parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
  }
  return path;
}

/** The reverse view: which provision changes cite this wave, in the versions this reader may see. */
export function evidenceUses(db: Db, actor: Actor, waveId: number) {
  authorise(actor, 'policy.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const rows = (await provisions.changesCitingWave(tx, waveId)).filter((row) =>
      versionVisible(actor, row.version_status),
    );
    const versionIds = [
      ...new Set(rows.flatMap((row) => [row.version_id, ...(row.based_on_id ? [row.based_on_id] : [])])),
    ];
    const texts = await provisions.textsOf(tx, versionIds);
    const cited = citationsByVersion(texts);
    const lineages = new Map<number, Lineage>();
    for (const policyId of new Set(rows.map((row) => row.policy_id))) {
      lineages.set(policyId, await provisions.lineageOf(tx, policyId));
    }
    return {
      items: rows.map((row) => {
        const before = row.based_on_id ? (texts.get(row.based_on_id) ?? []) : [];
        const item = compareVersions(
          before,
          texts.get(row.version_id) ?? [],
          lineages.get(row.policy_id) ?? new Map(),
        ).find((c) => c.provisionId === row.provision_id);
        return {
          policyId: row.policy_id,
          policyTitle: row.policy_title,
          versionId: row.version_id,
          versionNumber: row.version_number,
          versionStatus: row.version_status,
          provisionId: row.provision_id,
          label:
            (item?.after || !row.based_on_id ? cited.get(row.version_id) : cited.get(row.based_on_id))?.get(
              row.provision_id,
            ) ?? `#${row.provision_id}`,
          kind: item?.kind ?? 'unchanged',
          reason: row.reason,
          questionKey: row.question_key,
        };
      }),
    };
  });
}
