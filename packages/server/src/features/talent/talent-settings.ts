import { DEFAULT_TALENT_SETTINGS, TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import type { Tx } from '../../db/database';
import * as policyRules from '../policies/policy-rules';

// Which talent settings apply (policies/policy-rules.ts): those the policy in force states, the
// defaults (DOMAIN.md §8, all [U]) when no policy does.

export const TALENT: policyRules.RulesKindOf<TalentSettings> = {
  kind: 'talent',
  parse: (stored) => TalentSettings.parse(stored),
  defaults: DEFAULT_TALENT_SETTINGS,
};

export const settingsInForce = (tx: Tx, date: string) => policyRules.rulesInForce(tx, TALENT, date);
