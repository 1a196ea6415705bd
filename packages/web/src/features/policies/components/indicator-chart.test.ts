import { describe, expect, it } from 'vitest';
import { chartGeometry } from './indicator-chart';

const point = (at: string, value: number | null, label = at) => ({ at, label, value, provisional: false });

describe('chartGeometry', () => {
  const indicator = {
    target: 3.5,
    baseline: 3,
    points: [
      point('2026-01-31T00:00:00Z', 2.8),
      point('2026-07-31T00:00:00Z', 2.3),
      point('2026-10-31T00:00:00Z', null),
      point('2027-01-31T00:00:00Z', 2.9),
    ],
  };
  const versions = [
    { number: 1, effectiveFrom: '2025-12-23' },
    { number: 2, effectiveFrom: '2026-11-03' },
  ];
  const g = chartGeometry(indicator, versions, { width: 300, height: 100 });

  it('breaks the line where a wave shows no value', () => {
    expect(g.segments.map((s) => s.length)).toEqual([2, 1]);
    expect(g.dots.map((d) => d.value)).toEqual([2.8, 2.3, 2.9]);
  });

  it('draws higher values higher, the target above every value here', () => {
    const [a, b] = g.dots;
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(g.target).toBeLessThan(Math.min(...g.dots.map((d) => d.y)));
  });

  it('marks the revisions, not the first version, between the waves they fall between', () => {
    expect(g.versions.map((v) => v.label)).toEqual(['v2']);
    const [, second, ,] = g.dots;
    expect(g.versions[0]!.x).toBeGreaterThan(second!.x);
    expect(g.versions[0]!.x).toBeLessThan(g.dots[2]!.x);
  });
});
