import { describe, expect, it } from 'vitest';
import { createWaveBody, waveProblems } from './wave-values';

const wave = {
  label: 'Semester I 2026',
  opensAt: '2026-01-05T08:00',
  closesAt: '2026-01-19T16:00',
  population: '',
  reminderAt: '',
};
const EMPLOYEES = { withPopulation: false, withReminder: true };
const PUBLIC = { withPopulation: true, withReminder: false };

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
          reminderAt: '',
        },
        'Asia/Jakarta',
      ),
    ).toEqual({ label: 'labelRequired', closesAt: 'closesBeforeOpens', population: 'populationInvalid' });
  });

  it('takes a reminder inside the window and names one outside it or half typed', () => {
    expect(waveProblems({ ...wave, reminderAt: '2026-01-17T09:00' }, 'Asia/Jakarta')).toEqual({});
    expect(waveProblems({ ...wave, reminderAt: '2026-01-20T09:00' }, 'Asia/Jakarta')).toEqual({
      reminderAt: 'reminderOutsideWindow',
    });
    expect(waveProblems({ ...wave, reminderAt: '2026-01-05T08:00' }, 'Asia/Jakarta')).toEqual({
      reminderAt: 'reminderOutsideWindow',
    });
    expect(waveProblems({ ...wave, reminderAt: '2026-01-17' }, 'Asia/Jakarta')).toEqual({
      reminderAt: 'reminderInvalid',
    });
  });

  it('puts a missing opening time on its own field', () => {
    expect(waveProblems({ ...wave, opensAt: '' }, 'Asia/Jakarta')).toEqual({ opensAt: 'opensInvalid' });
  });
});

describe('createWaveBody', () => {
  it('sends the window with the zone’s offset and no population for an employee survey', () => {
    expect(createWaveBody({ ...wave, population: 1200 }, EMPLOYEES, 'Asia/Makassar')).toEqual({
      label: 'Semester I 2026',
      opensAt: '2026-01-05T08:00:00+08:00',
      closesAt: '2026-01-19T16:00:00+08:00',
      population: null,
      reminderAt: null,
    });
  });

  it('sends an employee survey’s reminder on the government’s clock, never a public one’s', () => {
    const reminded = { ...wave, reminderAt: '2026-01-17T09:00' };
    expect(createWaveBody(reminded, EMPLOYEES, 'Asia/Jayapura')?.reminderAt).toBe(
      '2026-01-17T09:00:00+09:00',
    );
    expect(createWaveBody(reminded, PUBLIC, 'Asia/Jayapura')?.reminderAt).toBeNull();
  });

  it('sends the number of service users of a public survey', () => {
    expect(createWaveBody({ ...wave, population: 1200 }, PUBLIC, 'Asia/Jakarta')?.population).toBe(1200);
    expect(createWaveBody(wave, PUBLIC, 'Asia/Jakarta')?.population).toBeNull();
  });

  it('sends nothing while the wave has a problem', () => {
    expect(createWaveBody({ ...wave, closesAt: '' }, PUBLIC, 'Asia/Jakarta')).toBeNull();
  });
});
