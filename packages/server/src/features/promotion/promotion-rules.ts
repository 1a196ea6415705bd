import { DEFAULT_PROMOTION_RULES, PromotionRules } from '@jenjang/domain/talent/promotion.contract';
import type { Tx } from '../../db/database';
import * as policyRules from '../policies/policy-rules';

// Which rules of kenaikan pangkat apply (policies/policy-rules.ts): those the policy in force
// states, the defaults (DOMAIN.md §7, all [U]) when no policy does.

export type { RulesSource, VersionRow } from '../policies/policy-rules';
export type ResolvedRules = policyRules.Resolved<PromotionRules>;

export const PROMOTION: policyRules.RulesKindOf<PromotionRules> = {
  kind: 'promotion',
  parse: (stored) => PromotionRules.parse(stored),
  defaults: DEFAULT_PROMOTION_RULES,
};

export const DEFAULTS: ResolvedRules = { rules: DEFAULT_PROMOTION_RULES, source: null };

export const rulesInForce = (tx: Tx, date: string) => policyRules.rulesInForce(tx, PROMOTION, date);

export const rulesInForceAmong = (versions: readonly policyRules.VersionRow[], date: string) =>
  policyRules.rulesInForceAmong(PROMOTION, versions, date);

export const rulesOfVersion = (versions: readonly policyRules.VersionRow[], versionId: number) =>
  policyRules.rulesOfVersion(PROMOTION, versions, versionId);
