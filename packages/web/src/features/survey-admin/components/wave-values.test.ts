import { describe, expect, it } from 'vitest';
import { createWaveBody, waveProblems } from './wave-values';

const wave = {
  label: 'Semester I 2026',
  opensAt: '2026-01-05T08:00',
  closesAt: '2026-01-19T16:00',
  population: '',
};

describe('waveProblems', () => {
  it('finds nothing wrong with a labelled window that closes after it opens', () => {
    expect(waveProblems(wave, 'Asia/Jakarta')).toEqual({});
  });

  it('names a missing label, a reversed window and a population that is not a whole number', () => {
    expect(
      waveProblems(
        {
          label: ' ',
          opensAt: '2026-01-19T08:00',
          closesAt: '2026-01-05T08:00',
          population: 2.5,
        },
        'Asia/Jakarta',
      ),
    ).toEqual({ label: 'labelRequired', closesAt: 'closesBeforeOpens', population: 'populationInvalid' });
  });

  it('puts a missing opening time on its own field', () => {
    expect(waveProblems({ ...wave, opensAt: '' }, 'Asia/Jakarta')).toEqual({ opensAt: 'opensInvalid' });
  });
});

describe('createWaveBody', () => {
  it('sends the window with the zone’s offset and no population for an employee survey', () => {
    expect(createWaveBody({ ...wave, population: 1200 }, false, 'Asia/Makassar')).toEqual({
      label: 'Semester I 2026',
      opensAt: '2026-01-05T08:00:00+08:00',
      closesAt: '2026-01-19T16:00:00+08:00',
      population: null,
    });
  });

  it('sends the number of service users of a public survey', () => {
    expect(createWaveBody({ ...wave, population: 1200 }, true, 'Asia/Jakarta')?.population).toBe(1200);
    expect(createWaveBody(wave, true, 'Asia/Jakarta')?.population).toBeNull();
  });

  it('sends nothing while the wave has a problem', () => {
    expect(createWaveBody({ ...wave, closesAt: '' }, true, 'Asia/Jakarta')).toBeNull();
  });
});
