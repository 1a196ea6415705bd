import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDateIn,
  instantOfWallClock,
  isTimeZone,
  TIME_ZONES,
  wallClockIn,
  zoneAbbreviation,
  zoneOffset,
} from './time-zone';

describe('Indonesian time zones', () => {
  it('names WIB, WITA and WIT with their offsets', () => {
    expect(TIME_ZONES.map((z) => `${zoneAbbreviation(z)} ${zoneOffset(z)}`)).toEqual([
      'WIB +07:00',
      'WITA +08:00',
      'WIT +09:00',
    ]);
  });

  it('puts 23:30 UTC on the next day in Jakarta, Makassar and Jayapura', () => {
    const instant = '2026-12-31T23:30:00Z';
    for (const zone of TIME_ZONES) expect(calendarDateIn(instant, zone)).toBe('2027-01-01');
  });

  it('puts 16:30 UTC on the next day in Jayapura and Makassar but not yet in Jakarta', () => {
    const instant = '2026-06-30T16:30:00Z';
    expect(calendarDateIn(instant, 'Asia/Jakarta')).toBe('2026-06-30');
    expect(calendarDateIn(instant, 'Asia/Makassar')).toBe('2026-07-01');
    expect(calendarDateIn(instant, 'Asia/Jayapura')).toBe('2026-07-01');
  });

  it('reads 08:00 WITA as 00:00 UTC', () => {
    expect(instantOfWallClock('2026-01-05T08:00', 'Asia/Makassar')?.toISOString()).toBe(
      '2026-01-05T00:00:00.000Z',
    );
  });

  it('refuses times that were never on a calendar', () => {
    expect(instantOfWallClock('2026-02-31T08:00', 'Asia/Jakarta')).toBeNull();
    expect(instantOfWallClock('2026-01-05T24:00', 'Asia/Jakarta')).toBeNull();
    expect(instantOfWallClock('5 Jan 2026', 'Asia/Jakarta')).toBeNull();
  });

  it('recognises only the three zones', () => {
    expect(isTimeZone('Asia/Makassar')).toBe(true);
    expect(isTimeZone('Asia/Singapore')).toBe(false);
    expect(isTimeZone(7)).toBe(false);
  });

  it('turns a wall clock into an instant and back unchanged, in every zone', () => {
    const minute = fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2100, 0, 1) / 60_000 });
    fc.assert(
      fc.property(minute, fc.constantFrom(...TIME_ZONES), (m, zone) => {
        const instant = new Date(m * 60_000);
        const local = wallClockIn(instant, zone);
        expect(instantOfWallClock(local, zone)?.getTime()).toBe(instant.getTime());
        expect(local.slice(0, 10)).toBe(calendarDateIn(instant, zone));
      }),
    );
  });
});
