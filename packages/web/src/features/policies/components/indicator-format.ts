import { isShareSource } from '@jenjang/domain/policies/indicator.contract';
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
  return isShare(indicator) ? percent(value) : number(Math.round(value * 100) / 100);
}

/** Whether the indicator's values are shares (0 to 1): a change in one is in percentage points. */
export function isShare(indicator: IndicatorView): boolean {
  return isShareSource(indicator.params.source);
}
