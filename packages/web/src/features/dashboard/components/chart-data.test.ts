import { describe, expect, it } from 'vitest';
import { golonganChartData, TOP_UNITS, unitsChartData } from './chart-data';

describe('unitsChartData', () => {
  const units = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ unitId: i + 1, name: `OPD ${i + 1}`, count: (i + 1) * 10 }));

  it('lists the largest OPDs first', () => {
    const data = unitsChartData(units(3), 'Lainnya');
    expect(data.map((d) => d.label)).toEqual(['OPD 3', 'OPD 2', 'OPD 1']);
    expect(data[0]).toEqual({ key: '3', label: 'OPD 3', count: 30 });
  });

  it(`keeps the top ${TOP_UNITS} OPDs and sums the rest into one bar`, () => {
    const data = unitsChartData(units(13), 'Lainnya');
    expect(data).toHaveLength(TOP_UNITS + 1);
    // OPD 1–3 are the smallest: 10 + 20 + 30.
    expect(data.at(-1)).toEqual({ key: 'other', label: 'Lainnya', count: 60 });
  });

  it('adds no extra bar when every OPD fits', () => {
    const data = unitsChartData(units(TOP_UNITS), 'Lainnya');
    expect(data).toHaveLength(TOP_UNITS);
    expect(data.some((d) => d.key === 'other')).toBe(false);
  });

  it('leaves the list it was given in its order', () => {
    const input = units(3);
    unitsChartData(input, 'Lainnya');
    expect(input.map((u) => u.unitId)).toEqual([1, 2, 3]);
  });

  it('gives no bars for no OPDs', () => {
    expect(unitsChartData([], 'Lainnya')).toEqual([]);
  });
});

describe('golonganChartData', () => {
  it('orders PNS golongan from I/a to IV/e, then PPPK from I to XVII', () => {
    const data = golonganChartData([
      { golongan: 'IX', count: 4 },
      { golongan: 'IV/a', count: 2 },
      { golongan: 'III/b', count: 7 },
      { golongan: 'I', count: 1 },
      { golongan: 'II/c', count: 3 },
      { golongan: 'XVII', count: 1 },
    ]);
    expect(data.map((d) => d.label)).toEqual(['II/c', 'III/b', 'IV/a', 'I', 'IX', 'XVII']);
  });

  it('puts a code it does not know at the end', () => {
    const data = golonganChartData([
      { golongan: 'V/z', count: 1 },
      { golongan: 'III/a', count: 5 },
    ]);
    expect(data.map((d) => d.key)).toEqual(['III/a', 'V/z']);
  });

  it('keeps the counts with their golongan', () => {
    expect(golonganChartData([{ golongan: 'III/a', count: 5 }])).toEqual([
      { key: 'III/a', label: 'III/a', count: 5 },
    ]);
  });
});
