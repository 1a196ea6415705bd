import type { IndicatorView } from '../../../api/types';

/**
 * A share (a response rate, the employees who acknowledged a version) as a percentage; a mean or an
 * IKM as a number with two decimals at most.
 */
export function formatValue(
  indicator: IndicatorView,
  value: number,
  number: (v: number) => string,
  percent: (v: number) => string,
): string {
  const source = indicator.params.source;
  if (source === 'survey.responseRate' || source === 'policy.acknowledgement') return percent(value);
  return number(Math.round(value * 100) / 100);
}
