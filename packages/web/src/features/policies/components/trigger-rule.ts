import type { TriggerRule } from '../../../api/types';

/** A value as the trigger texts show it: two decimals at most. */
export const triggerNumber = (value: number, number: (v: number) => string) =>
  number(Math.round(value * 100) / 100);

/** The i18n key and values of a rule in words ("below 3", "falls by 0.3 or more"). */
export function ruleMessage(rule: TriggerRule, number: (v: number) => string) {
  switch (rule.kind) {
    case 'below':
    case 'above':
      return {
        key: `trigger.rule.${rule.kind}`,
        values: { value: triggerNumber(rule.threshold, number) },
      } as const;
    case 'fallsBy':
      return { key: 'trigger.rule.fallsBy', values: { value: triggerNumber(rule.amount, number) } } as const;
    case 'missesTarget':
      return { key: 'trigger.rule.missesTarget', values: {} } as const;
  }
}
