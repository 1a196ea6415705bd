// Triggers on a policy's indicators (issue "Policy lifecycle"): a rule per indicator that, when a
// measurement breaks it, opens a revision proposal citing that measurement. Only final
// measurements count (a wave still collecting may move), and a measurement without a value (fewer
// than k answers) says nothing.

export const TRIGGER_RULE_KINDS = ['below', 'above', 'missesTarget', 'fallsBy'] as const;
export type TriggerRuleKind = (typeof TRIGGER_RULE_KINDS)[number];

/**
 * - below / above: the value is under / over a threshold;
 * - missesTarget: the value does not meet the indicator's target in its direction;
 * - fallsBy: the value worsened (in the indicator's direction) by at least `amount` since the
 *   previous final measurement with a value.
 */
export type TriggerRule =
  | { kind: 'below'; threshold: number }
  | { kind: 'above'; threshold: number }
  | { kind: 'missesTarget' }
  | { kind: 'fallsBy'; amount: number };

export interface MeasuredPoint {
  at: string;
  label: string;
  value: number | null;
  provisional: boolean;
}

export interface TriggerIndicator {
  direction: 'up' | 'down';
  target: number;
}

export interface Firing {
  at: string;
  label: string;
  value: number;
  /** The previous final value the fall is measured from (fallsBy only). */
  previous: number | null;
}

/** Whether one value breaks the rule, given the previous final value (for a fall). */
export function breaks(
  rule: TriggerRule,
  indicator: TriggerIndicator,
  value: number,
  previous: number | null,
): boolean {
  switch (rule.kind) {
    case 'below':
      return value < rule.threshold;
    case 'above':
      return value > rule.threshold;
    case 'missesTarget':
      return indicator.direction === 'up' ? value < indicator.target : value > indicator.target;
    case 'fallsBy': {
      if (previous === null) return false;
      const worsening = indicator.direction === 'up' ? previous - value : value - previous;
      // A tolerance for binary fractions: 3.1 − 2.8 is 0.30000000000000027, and 2.8 − 2.5 is 0.2999…
      return worsening >= rule.amount - 1e-9;
    }
  }
}

/**
 * The measurements (oldest first) that break the rule: final ones with a value only. Each is
 * named by its moment, so a measurement fires a trigger once however often it is checked.
 */
export function firings(
  rule: TriggerRule,
  indicator: TriggerIndicator,
  points: readonly MeasuredPoint[],
): Firing[] {
  const fired: Firing[] = [];
  let previous: number | null = null;
  for (const point of points) {
    if (point.provisional || point.value === null) continue;
    if (breaks(rule, indicator, point.value, previous)) {
      fired.push({
        at: point.at,
        label: point.label,
        value: point.value,
        previous: rule.kind === 'fallsBy' ? previous : null,
      });
    }
    previous = point.value;
  }
  return fired;
}
