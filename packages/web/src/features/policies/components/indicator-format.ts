import type { IndicatorView } from '../../../api/types';

/**
 * A share (a response rate, the employees who acknowledged a version, the PPPK among employees) as a
 * percentage; a mean, an IKM, a count or a value entered by hand as a number with two decimals at most.
 */
export function formatValue(
  indicator: IndicatorView,
  value: number,
  number: (v: number) => string,
  percent: (v: number) => string,
): string {
  const source = indicator.params.source;
  if (
    source === 'survey.responseRate' ||
    source === 'policy.acknowledgement' ||
    source === 'registry.pppkShare'
  ) {
    return percent(value);
  }
  return number(Math.round(value * 100) / 100);
}
