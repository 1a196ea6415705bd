import { describe, expect, it } from 'vitest';
import type { NationalGovernment, NationalIkm } from '../../../api/types';
import {
  competencyMeetsBars,
  employeeBars,
  latestIkmBars,
  participationBars,
  shareOf,
  wavePeriod,
} from './national-data';

const government = (id: number, name: string): NationalGovernment => ({
  id,
  code: `21.${70 + id}`,
  name,
  kind: 'kota',
  timeZone: 'Asia/Jakarta',
});

const ikmItem = (gov: NationalGovernment, service: string, ikm: number | null, opensAt: string) =>
  ({
    government: gov,
    surveyTitle: 'SKM',
    serviceUnit: service,
    serviceName: null,
    wave: { label: opensAt.slice(0, 7), opensAt, closesAt: opensAt },
    responses: ikm === null ? null : 10,
    ikm:
      ikm === null
        ? null
        : {
            ikm,
            elements: [],
            weight: 1 / 9,
            weightedNrr: ikm / 25,
            category: { mutu: 'B', kinerja: 'baik' },
            convention: { weight: 'exact' as const, roundDecimals: null },
          },
    convention: { weight: 'exact', roundDecimals: null },
  }) as NationalIkm['items'][number];

describe('national chart data', () => {
  it('draws a bar for every government whose total is shown, largest first', () => {
    const a = government(1, 'Kota A');
    const b = government(2, 'Kota B');
    expect(
      employeeBars([
        { government: a, pns: null, pppk: null, total: 8 },
        { government: b, pns: 40, pppk: 10, total: 50 },
        { government: government(3, 'Kota C'), pns: null, pppk: null, total: null },
      ]),
    ).toEqual([
      { key: '2', label: 'Kota B', value: 50 },
      { key: '1', label: 'Kota A', value: 8 },
    ]);
  });

  it('keeps the newest shown IKM of each service and skips hidden periods', () => {
    const a = government(1, 'Kota A');
    const bars = latestIkmBars([
      ikmItem(a, 'Disdukcapil', null, '2026-07-01T00:00:00Z'),
      ikmItem(a, 'Disdukcapil', 82.5, '2026-01-01T00:00:00Z'),
      ikmItem(a, 'Disdukcapil', 80, '2025-07-01T00:00:00Z'),
      ikmItem(a, 'RSUD', 90.1, '2026-01-01T00:00:00Z'),
    ]);
    expect(bars).toEqual([
      { key: '1:RSUD', label: 'Kota A · RSUD', value: 90.1 },
      { key: '1:Disdukcapil', label: 'Kota A · Disdukcapil', value: 82.5 },
    ]);
  });

  it('gives participation in percent, one decimal, only where counts are shown', () => {
    const a = government(1, 'Kota A');
    const wave = {
      label: 'Gel. 1',
      opensAt: '2026-03-01T00:00:00Z',
      closesAt: '2026-03-15T00:00:00Z',
      status: 'closed' as const,
    };
    expect(
      participationBars([
        {
          government: a,
          surveyTitle: 'Kebutuhan',
          mode: 'identified',
          wave,
          invited: 3,
          responded: 2,
          rate: 2 / 3,
        },
        {
          government: a,
          surveyTitle: 'Motivasi',
          mode: 'anonymous',
          wave,
          invited: 8,
          responded: null,
          rate: null,
        },
      ]),
    ).toEqual([{ key: '1:0', label: 'Kota A · Kebutuhan (Gel. 1)', value: 66.7 }]);
  });

  it('gives the share meeting the competency standard among those fully assessed, only where counts are shown', () => {
    const rows = [
      { government: government(1, 'Kota A'), employees: 120, meets: 50, unknown: 20 },
      { government: government(2, 'Kota B'), employees: 40, meets: null, unknown: 4 },
      { government: government(3, 'Kota C'), employees: 30, meets: 0, unknown: 30 },
    ];
    // Kota A: 50 of the 100 fully assessed; B's count is hidden; C has nobody fully assessed.
    expect(competencyMeetsBars(rows)).toEqual([{ key: '1', label: 'Kota A', value: 50 }]);
    expect([shareOf(1, 3), shareOf(null, 3), shareOf(1, null), shareOf(0, 0)]).toEqual([
      1 / 3,
      null,
      null,
      null,
    ]);
  });

  it('shows a wave’s dates on its government’s clock with the zone named', () => {
    // 30 June 16:30 UTC is already 1 July in WIT (UTC+9) but still 30 June in WIB (UTC+7).
    const wave = { opensAt: '2026-01-04T17:30:00Z', closesAt: '2026-06-30T16:30:00Z' };
    expect(wavePeriod(wave, 'Asia/Jakarta', 'id')).toBe('5 Januari 2026 – 30 Juni 2026 (WIB)');
    expect(wavePeriod(wave, 'Asia/Jayapura', 'en')).toBe('January 5, 2026 – July 1, 2026 (WIT)');
  });
});
