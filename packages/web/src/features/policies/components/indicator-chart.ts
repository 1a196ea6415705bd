import type { IndicatorView } from '../../../api/types';

// The geometry of an indicator's small chart: its values over time, its baseline and target, and
// the days its policy's versions took effect (where a revision's impact shows). Pure, tested.

export interface ChartGeometry {
  width: number;
  height: number;
  /** The line through the values shown, gaps (no value) breaking it. */
  segments: { x: number; y: number }[][];
  dots: { x: number; y: number; label: string; value: number; provisional: boolean }[];
  target: number;
  baseline: number | null;
  versions: { x: number; label: string }[];
}

const PAD = 8;

export function chartGeometry(
  indicator: Pick<IndicatorView, 'points' | 'target' | 'baseline'>,
  versions: readonly { number: number; effectiveFrom: string }[],
  size: { width: number; height: number },
): ChartGeometry {
  const times = indicator.points.map((p) => Date.parse(p.at));
  const versionTimes = versions.map((v) => Date.parse(`${v.effectiveFrom}T00:00:00Z`));
  const first = Math.min(...times, ...versionTimes);
  const last = Math.max(...times, ...versionTimes);
  const values = [
    ...indicator.points.flatMap((p) => (p.value === null ? [] : [p.value])),
    indicator.target,
    ...(indicator.baseline === null ? [] : [indicator.baseline]),
  ];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const spread = high - low || 1;
  const x = (t: number) =>
    last === first ? size.width / 2 : PAD + ((t - first) / (last - first)) * (size.width - 2 * PAD);
  const y = (v: number) => size.height - PAD - ((v - low) / spread) * (size.height - 2 * PAD);
  const segments: { x: number; y: number }[][] = [[]];
  const dots: ChartGeometry['dots'] = [];
  indicator.points.forEach((point, i) => {
    if (point.value === null) {
      if (segments.at(-1)!.length > 0) segments.push([]);
      return;
    }
    const at = { x: x(times[i]!), y: y(point.value) };
    segments.at(-1)!.push(at);
    dots.push({ ...at, label: point.label, value: point.value, provisional: point.provisional });
  });
  return {
    ...size,
    segments: segments.filter((s) => s.length > 0),
    dots,
    target: y(indicator.target),
    baseline: indicator.baseline === null ? null : y(indicator.baseline),
    // The first version's day is where the policy began, not a revision: only later ones are marked.
    versions: versions.slice(1).map((v, i) => ({ x: x(versionTimes[i + 1]!), label: `v${v.number}` })),
  };
}
