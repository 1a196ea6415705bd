import type { Actor } from '@jenjang/domain/shared/access';
import type { Tx } from '../../db/database';
import { notFound, ProblemError } from '../../http/problem';
import { consultedVersions, mayDo, readablePolicy, versionVisible } from './policy-access';
import * as repo from './policy-rules.repository';

// Which rules of a kind apply: those a version of a policy states, a version that states none
// keeping the rules of the version it was drafted from; on a date, those of the latest version in
// force that states any; the kind's defaults when no policy does.

export type { RulesKind, VersionRow } from './policy-rules.repository';

export interface RulesSource {
  policyId: number;
  policyTitle: string;
  versionId: number;
  versionNumber: number;
  effectiveFrom: string | null;
}

export interface Resolved<R> {
  rules: R;
  /** Null: the defaults. */
  source: RulesSource | null;
}

/** A kind of rules: its name in policy_rules, how stored rules are read, and its defaults. */
export interface RulesKindOf<R> {
  kind: repo.RulesKind;
  parse: (stored: unknown) => R;
  defaults: R;
}

/**
 * The rules a version states, or keeps from the one it was drafted from (`from`: that version), or
 * null when neither it nor any it was drafted from states any.
 */
export function rulesOfVersion<R>(
  kind: RulesKindOf<R>,
  versions: readonly repo.VersionRow[],
  versionId: number,
): { rules: R; from: repo.VersionRow } | null {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const seen = new Set<number>();
  for (let v = byId.get(versionId); v && !seen.has(v.id); v = byId.get(v.basedOnId ?? -1)) {
    seen.add(v.id);
    if (v.rules !== null) return { rules: kind.parse(v.rules), from: v };
  }
  return null;
}

export const sourceOf = (v: repo.VersionRow): RulesSource => ({
  policyId: v.policyId,
  policyTitle: v.policyTitle,
  versionId: v.id,
  versionNumber: v.number,
  effectiveFrom: v.effectiveFrom,
});

/** Every version of every policy that states rules of this kind: for rulesInForceAmong. */
export const rulingVersions = (tx: Tx, kind: RulesKindOf<unknown>) =>
  repo.versionsOfRulingPolicies(tx, kind.kind);

/**
 * The rules in force on `date`: of each policy that is not retired, its latest adopted version in
 * force on that date; of those that state rules of the kind, the one that took effect last.
 */
export async function rulesInForce<R>(tx: Tx, kind: RulesKindOf<R>, date: string): Promise<Resolved<R>> {
  return rulesInForceAmong(kind, await repo.versionsOfRulingPolicies(tx, kind.kind), date);
}

/** The same, among versions already read (versionsOfRulingPolicies): for many dates at once. */
export function rulesInForceAmong<R>(
  kind: RulesKindOf<R>,
  versions: readonly repo.VersionRow[],
  date: string,
): Resolved<R> {
  const inForce = new Map<number, repo.VersionRow>();
  for (const v of versions) {
    if (v.status !== 'adopted' || v.policyState === 'retired') continue;
    if (v.effectiveFrom === null || v.effectiveFrom > date) continue;
    const known = inForce.get(v.policyId);
    const later = !known || (known.effectiveFrom ?? '') < v.effectiveFrom;
    const sameDayLater = known?.effectiveFrom === v.effectiveFrom && known.number < v.number;
    if (later || sameDayLater) inForce.set(v.policyId, v);
  }
  const ruling = [...inForce.values()]
    .filter((v) => rulesOfVersion(kind, versions, v.id) !== null)
    .sort((a, b) => (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? '') || b.id - a.id)[0];
  if (!ruling) return { rules: kind.defaults, source: null };
  return { rules: rulesOfVersion(kind, versions, ruling.id)!.rules, source: sourceOf(ruling) };
}

/**
 * The rules a version was measured against before it: those of the version it was drafted from,
 * or, for a first version, those in force on the date without this policy (another's, or the defaults).
 */
export async function rulesBefore<R>(
  tx: Tx,
  kind: RulesKindOf<R>,
  version: repo.VersionRow,
  versions: readonly repo.VersionRow[],
  date: string,
): Promise<Resolved<R>> {
  const defaults = { rules: kind.defaults, source: null };
  if (version.basedOnId === null) {
    const inForce = await rulesInForce(tx, kind, date);
    return inForce.source?.policyId === version.policyId ? defaults : inForce;
  }
  const earlier = rulesOfVersion(kind, versions, version.basedOnId);
  const basedOn = versions.find((v) => v.id === version.basedOnId)!;
  return earlier ? { rules: earlier.rules, source: sourceOf(basedOn) } : defaults;
}

/** The version, if this reader may read it (as its text: policy-access.ts), with all of its policy's versions. */
export async function readableVersion(
  tx: Tx,
  actor: Actor,
  kind: repo.RulesKind,
  policyId: number,
  versionId: number,
) {
  await readablePolicy(tx, actor, policyId);
  const versions = await repo.versionsOfPolicy(tx, kind, policyId);
  const version = versions.find((v) => v.id === versionId);
  if (!version) throw notFound();
  if (!versionVisible(actor, version.status)) {
    if (!(await consultedVersions(tx, actor, policyId)).has(versionId)) throw notFound();
  }
  return { version, versions };
}

/** A version's rules as its reader sees them: stated, kept from an earlier version, or none. */
export function rulesView<R>(
  kind: RulesKindOf<R>,
  actor: Actor,
  version: repo.VersionRow,
  versions: readonly repo.VersionRow[],
) {
  const stated = rulesOfVersion(kind, versions, version.id);
  return {
    rules: stated?.rules ?? null,
    inheritedFrom: stated && stated.from.id !== version.id ? stated.from.number : null,
    editable: version.status === 'draft' && mayDo(actor, 'policy.manage'),
    defaults: kind.defaults,
  };
}

/**
 * Sets (rules) or takes back (null: the version keeps those of the one it was drafted from) a draft
 * version's rules of a kind. The version's row is locked first, so an adoption waits for the change
 * or the change finds the version adopted and is refused (409 with `notDraftKey`).
 */
export async function changeVersionRules<R extends object>(
  tx: Tx,
  kind: RulesKindOf<R>,
  actor: Actor,
  target: { policyId: number; versionId: number },
  rules: R | null,
  notDraftKey: string,
) {
  const locked = await repo.lockVersion(tx, target.versionId);
  if (!locked || locked.policyId !== target.policyId) throw notFound();
  if (locked.status !== 'draft') throw new ProblemError(409, notDraftKey);
  if (rules) await repo.saveRules(tx, kind.kind, actor.tenantId, target.versionId, rules, actor.accountId);
  else await repo.deleteRules(tx, kind.kind, target.versionId);
  const versions = await repo.versionsOfPolicy(tx, kind.kind, target.policyId);
  return rulesView(kind, actor, versions.find((v) => v.id === target.versionId)!, versions);
}
