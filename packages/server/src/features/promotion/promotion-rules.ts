import { DEFAULT_PROMOTION_RULES, PromotionRules } from '@jenjang/domain/talent/promotion.contract';
import type { Tx } from '../../db/database';
import * as repo from './promotion.repository';

// Which rules of kenaikan pangkat apply: those a version of a policy states, a version that states
// none keeping the rules of the version it was drafted from; on a date, those of the latest version
// in force that states any; the defaults (DOMAIN.md §7, all [U]) when no policy does.

export interface RulesSource {
  policyId: number;
  policyTitle: string;
  versionId: number;
  versionNumber: number;
  effectiveFrom: string | null;
}

export interface ResolvedRules {
  rules: PromotionRules;
  /** Null: the defaults. */
  source: RulesSource | null;
}

export const DEFAULTS: ResolvedRules = { rules: DEFAULT_PROMOTION_RULES, source: null };

/**
 * The rules a version states, or keeps from the one it was drafted from (`from`: that version), or
 * null when neither it nor any it was drafted from states any.
 */
export function rulesOfVersion(
  versions: readonly repo.VersionRow[],
  versionId: number,
): { rules: PromotionRules; from: repo.VersionRow } | null {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const seen = new Set<number>();
  for (let v = byId.get(versionId); v && !seen.has(v.id); v = byId.get(v.basedOnId ?? -1)) {
    seen.add(v.id);
    if (v.rules !== null) return { rules: PromotionRules.parse(v.rules), from: v };
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

/**
 * The rules in force on `date`: of each policy that is not retired, its latest adopted version in
 * force on that date; of those that state rules, the one that took effect last.
 */
export async function rulesInForce(tx: Tx, date: string): Promise<ResolvedRules> {
  return rulesInForceAmong(await repo.versionsOfRulingPolicies(tx), date);
}

/** The same, among versions already read (versionsOfRulingPolicies): for many dates at once. */
export function rulesInForceAmong(versions: readonly repo.VersionRow[], date: string): ResolvedRules {
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
    .filter((v) => rulesOfVersion(versions, v.id) !== null)
    .sort((a, b) => (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? '') || b.id - a.id)[0];
  if (!ruling) return DEFAULTS;
  return { rules: rulesOfVersion(versions, ruling.id)!.rules, source: sourceOf(ruling) };
}
