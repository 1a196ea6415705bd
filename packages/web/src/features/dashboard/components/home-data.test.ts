import { permissionsOf, type Role } from '@jenjang/domain/shared/access';
import { describe, expect, it } from 'vitest';
import type { HomeIkm, MySurvey } from '../../../api/types';
import { homeSections, latestIkmByService, waitingSurveys } from './home-data';

const me = (role: Role, employeeId: number | null = 7) => ({
  role,
  employeeId,
  permissions: permissionsOf(role) as string[],
});

describe('homeSections', () => {
  it('gives each role the home it needs', () => {
    expect(homeSections(me('admin', null))).toEqual(['attention', 'policies', 'workforce', 'surveys']);
    expect(homeSections(me('pimpinan'))).toEqual(['waiting', 'policies', 'surveys', 'workforce']);
    expect(homeSections(me('atasan'))).toEqual(['waiting', 'workforce', 'surveys', 'policies']);
    expect(homeSections(me('pegawai'))).toEqual(['waiting', 'record', 'policies']);
    expect(homeSections(me('auditor', null))).toEqual(['audit', 'policies', 'workforce', 'surveys']);
  });

  it('shows a partner’s trainer its own work and nothing of the workforce', () => {
    expect(homeSections(me('mitra', null))).toEqual(['partner']);
  });

  it('asks nobody without an employee record to answer surveys', () => {
    expect(homeSections(me('pimpinan', null))).toEqual(['policies', 'surveys', 'workforce']);
    expect(homeSections(me('pegawai', null))).toEqual(['record', 'policies']);
  });

  it('leaves out what the account may not read', () => {
    expect(homeSections({ ...me('admin'), permissions: ['survey.results'] })).toEqual(['surveys']);
  });
});

const survey = (waveId: number, closesAt: string, responded: boolean): MySurvey => ({
  waveId,
  title: `Survei ${waveId}`,
  label: 'Gelombang 1',
  mode: 'anonymous',
  closesAt,
  responded,
});

describe('waitingSurveys', () => {
  it('lists the unanswered ones, closing first on top, and counts the answered', () => {
    const result = waitingSurveys([
      survey(1, '2026-12-20T10:00:00Z', false),
      survey(2, '2026-12-05T10:00:00Z', true),
      survey(3, '2026-12-10T10:00:00Z', false),
    ]);
    expect(result.waiting.map((s) => s.waveId)).toEqual([3, 1]);
    expect(result.answered).toBe(1);
  });
});

function ikm(
  surveyId: number,
  number: number,
  value: number | null,
  closesAt = '2026-06-30T10:00:00Z',
  spread: { n: number; variance: number } | null = { n: 100, variance: 400 },
): HomeIkm {
  return {
    surveyId,
    title: `SKM ${surveyId}`,
    serviceName: surveyId === 1 ? 'Pelayanan KTP' : null,
    serviceUnit: surveyId === 2 ? 'Dinas Kesehatan' : null,
    wave: { id: surveyId * 10 + number, number, label: `Semester ${number}`, opensAt: closesAt, closesAt },
    reach: 'whole',
    responses: value === null ? 2 : 100,
    population: null,
    minimumSample: null,
    suppressed: value === null,
    ikm:
      value === null
        ? null
        : {
            elements: [],
            weight: 1 / 9,
            weightedNrr: value / 25,
            ikm: value,
            category: { mutu: value >= 88.31 ? 'A' : 'B', kinerja: value >= 88.31 ? 'sangatBaik' : 'baik' },
            convention: { weight: 'exact', roundDecimals: null },
          },
    spread: value === null ? null : spread,
  };
}

describe('latestIkmByService', () => {
  const collator = new Intl.Collator('id');
  const now = new Date('2026-12-02T00:00:00Z');

  it('gives each service its newest IKM and the change since the period before', () => {
    const rows = latestIkmByService([ikm(1, 1, 80.5), ikm(1, 3, 89.25), ikm(1, 2, 84)], now, collator);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ service: 'Pelayanan KTP', change: 5.25, provisional: false });
    expect(rows[0]!.latest!.wave.number).toBe(3);
    expect(rows[0]!.previous!.wave.number).toBe(2);
  });

  it('skips a newest wave under k for the figure, and keeps a service with none', () => {
    const rows = latestIkmByService([ikm(2, 1, 82), ikm(2, 2, null), ikm(3, 1, null)], now, collator);
    expect(rows.map((r) => [r.service, r.latest?.wave.number ?? null, r.change])).toEqual([
      ['Dinas Kesehatan', 1, null],
      ['SKM 3', null, null],
    ]);
  });

  it('marks a figure of a wave still open as provisional', () => {
    const [row] = latestIkmByService([ikm(1, 1, 85, '2026-12-31T10:00:00Z')], now, collator);
    expect(row!.provisional).toBe(true);
  });

  it('computes the change without floating-point dust, and calls a small one no meaningful change', () => {
    // 100 respondents each, SD 20 IKM points: SE of the change ≈ 2.8, so +0.22 is noise.
    const [row] = latestIkmByService([ikm(1, 1, 86.11), ikm(1, 2, 86.33)], now, collator);
    expect(row!.change).toBe(0.22);
    expect(row!.trend).toBe('steady');
  });

  it('marks a change beyond chance as a real rise or fall', () => {
    expect(latestIkmByService([ikm(1, 1, 80), ikm(1, 2, 88)], now, collator)[0]!.trend).toBe('up');
    expect(latestIkmByService([ikm(1, 1, 88), ikm(1, 2, 80)], now, collator)[0]!.trend).toBe('down');
    expect(latestIkmByService([ikm(1, 1, 88)], now, collator)[0]!.trend).toBe('none');
  });
});
