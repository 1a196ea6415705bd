import { describe, expect, it } from 'vitest';
import type { ResultsTrend } from '../../../api/types';
import { trendDomain, trendPoints } from './trend-data';

const wave = (
  id: number,
  shown: boolean,
  ikm: number | null,
  extra: Partial<ResultsTrend['waves'][number]> = {},
) => ({
  id,
  number: id,
  label: `Semester ${id}`,
  final: true,
  current: false,
  shown,
  responses: shown ? 100 : null,
  values: shown ? { ikm, u1: ikm === null ? null : ikm / 25 } : {},
  ikmCategory: null,
  ...extra,
});

const trend: ResultsTrend = {
  measures: [
    { key: 'ikm', kind: 'ikm', question: null, statement: null, scale: null },
    { key: 'u1', kind: 'mean', question: 'u1', statement: null, scale: { min: 1, max: 4 } },
  ],
  waves: [wave(1, true, 80), wave(2, false, null), wave(3, true, 84, { final: false, current: true })],
  ikmConvention: { weight: 'exact', roundDecimals: null },
};

describe('trendPoints', () => {
  it('gives a hidden wave no value (a gap, not zero) and says why', () => {
    expect(trendPoints(trend, 'ikm').map((p) => [p.value, p.missing])).toEqual([
      [80, null],
      [null, 'hidden'],
      [84, null],
    ]);
  });

  it('marks the current wave and an open one as provisional', () => {
    const last = trendPoints(trend, 'ikm')[2]!;
    expect(last).toMatchObject({ current: true, provisional: true });
  });

  it('tells a wave that did not ask the measure the same way from a hidden one', () => {
    const asked = { ...trend, waves: [wave(1, true, null)] };
    expect(trendPoints(asked, 'u1')[0]).toMatchObject({ value: null, missing: 'notAsked' });
  });
});

describe('trendDomain', () => {
  it('draws the IKM on 25–100 and a rating on its scale', () => {
    expect(trendDomain(trend.measures[0]!, [])).toEqual([25, 100]);
    expect(trendDomain(trend.measures[1]!, [])).toEqual([1, 4]);
  });
});
