import { PNS_GOLONGAN, PPPK_GOLONGAN } from '@jenjang/domain/people/golongan';
import type { Dashboard } from '../../../api/types';

export interface ChartDatum {
  /** Stable key (unit id, golongan code, kind code, or 'other'). */
  key: string;
  label: string;
  count: number;
}

export const TOP_UNITS = 10;

/** The largest OPDs, the rest summed into one 'other' bar so the chart stays readable. */
export function unitsChartData(byUnit: Dashboard['byUnit'], otherLabel: string): ChartDatum[] {
  const sorted = [...byUnit].sort((a, b) => b.count - a.count);
  const top = sorted
    .slice(0, TOP_UNITS)
    .map((unit) => ({ key: String(unit.unitId), label: unit.name, count: unit.count }));
  const rest = sorted.slice(TOP_UNITS).reduce((sum, unit) => sum + unit.count, 0);
  return rest > 0 ? [...top, { key: 'other', label: otherLabel, count: rest }] : top;
}

const GOLONGAN_ORDER = new Map<string, number>([
  ...PNS_GOLONGAN.map((g, index) => [g.code, index] as const),
  ...PPPK_GOLONGAN.map((code, index) => [code, PNS_GOLONGAN.length + index] as const),
]);

/** PNS I/a–IV/e first, then PPPK I–XVII: ranks are per scheme, so the API's order interleaves them. */
export function golonganChartData(byGolongan: Dashboard['byGolongan']): ChartDatum[] {
  const order = (code: string) => GOLONGAN_ORDER.get(code) ?? Number.MAX_SAFE_INTEGER;
  return [...byGolongan]
    .sort((a, b) => order(a.golongan) - order(b.golongan))
    .map((row) => ({ key: row.golongan, label: row.golongan, count: row.count }));
}

export const CHART_COLORS = [
  'indigo.7',
  'teal.8',
  'grape.7',
  'orange.8',
  'cyan.8',
  'pink.7',
  'lime.9',
  'blue.7',
  'gray.7',
];
