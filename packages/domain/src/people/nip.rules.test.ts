import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatNip,
  maskNik,
  normalizeNip,
  validateEmployeeNumber,
  validateNik,
  validateNiPppk,
  validateNip,
} from './nip.rules';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** An independent oracle: a date is real when JS Date does not roll it over. */
function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const validNipParts = fc
  .record({
    birthY: fc.integer({ min: 1950, max: 2004 }),
    birthM: fc.integer({ min: 1, max: 12 }),
    birthD: fc.integer({ min: 1, max: 31 }),
    yearsLater: fc.integer({ min: 0, max: 40 }),
    tmtM: fc.integer({ min: 1, max: 12 }),
    sex: fc.constantFrom(1, 2),
    sequence: fc.integer({ min: 1, max: 999 }),
  })
  .map((p) => ({ ...p, tmtY: Math.min(p.birthY + p.yearsLater, 2025) }))
  .filter((p) => isRealDate(p.birthY, p.birthM, p.birthD) && p.tmtY * 12 + p.tmtM > p.birthY * 12 + p.birthM);

const nipOf = (p: {
  birthY: number;
  birthM: number;
  birthD: number;
  tmtY: number;
  tmtM: number;
  sex: number;
  sequence: number;
}) =>
  `${p.birthY}${pad(p.birthM, 2)}${pad(p.birthD, 2)}${p.tmtY}${pad(p.tmtM, 2)}${p.sex}${pad(p.sequence, 3)}`;

describe('validateNip', () => {
  it('reads the example NIP 19850312 201001 1 003 typed with spaces', () => {
    expect(validateNip('19850312 201001 1 003')).toEqual({
      ok: true,
      employeeType: 'PNS',
      nip: '198503122010011003',
      birthDate: '1985-03-12',
      tmtCpns: '2010-01',
      sex: 'M',
      sequence: 3,
      ageAtAppointment: 24,
      warnings: [],
    });
  });

  it('accepts dots, dashes and the apostrophe Excel uses to force text', () => {
    expect(validateNip("'19850312.201001.1.003")).toMatchObject({ ok: true, nip: '198503122010011003' });
    expect(validateNip('19850312-201001-2-003')).toMatchObject({ ok: true, sex: 'F' });
  });

  it('rejects a NIP of 17 digits, naming the length found', () => {
    expect(validateNip('19850312201001100')).toEqual({
      ok: false,
      code: 'nip.length',
      params: { length: 17, value: '19850312201001100' },
    });
  });

  it('rejects an empty NIP', () => {
    expect(validateNip('  ')).toMatchObject({ ok: false, code: 'nip.empty' });
  });

  it('rejects a NIP whose birth month is 13', () => {
    expect(validateNip('198513122010011003')).toMatchObject({ ok: false, code: 'nip.birthDate' });
  });

  it('rejects a NIP born on 29 February of a common year', () => {
    expect(validateNip('198502292010011003')).toMatchObject({ ok: false, code: 'nip.birthDate' });
    expect(validateNip('198402292010011003')).toMatchObject({ ok: true, birthDate: '1984-02-29' });
  });

  it('rejects a NIP whose TMT CPNS month is 00 or 13', () => {
    expect(validateNip('198503122010001003')).toMatchObject({
      ok: false,
      code: 'nip.tmtMonth',
      params: { value: '00' },
    });
    expect(validateNip('198503122010131003')).toMatchObject({ ok: false, code: 'nip.tmtMonth' });
  });

  it('rejects a TMT CPNS before the civil service existed', () => {
    expect(validateNip('192003121930011003')).toMatchObject({
      ok: false,
      code: 'nip.tmtYear',
      params: { value: 1930 },
    });
  });

  it('rejects a TMT CPNS more than a year after today when today is given', () => {
    expect(validateNip('198503122030011003', { today: '2025-06-01' })).toMatchObject({
      ok: false,
      code: 'nip.tmtYear',
    });
    expect(validateNip('198503122026011003', { today: '2025-06-01' })).toMatchObject({ ok: true });
  });

  it('rejects a birth date after today when today is given', () => {
    expect(validateNip('203001012050011001', { today: '2025-06-01' })).toMatchObject({
      ok: false,
      code: 'nip.birthDateFuture',
    });
  });

  it('rejects a TMT CPNS in or before the birth month', () => {
    expect(validateNip('198503121985031003')).toMatchObject({ ok: false, code: 'nip.tmtBeforeBirth' });
    expect(validateNip('198503121980011003')).toMatchObject({ ok: false, code: 'nip.tmtBeforeBirth' });
  });

  it('rejects a sex digit other than 1 or 2', () => {
    expect(validateNip('198503122010013003')).toEqual({ ok: false, code: 'nip.sex', params: { value: '3' } });
  });

  it('rejects sequence 000', () => {
    expect(validateNip('198503122010011000')).toMatchObject({ ok: false, code: 'nip.sequence' });
  });

  it('warns, without rejecting, when the employee was younger than 18 at TMT CPNS', () => {
    const result = validateNip('200001012015011001');
    expect(result).toMatchObject({ ok: true, ageAtAppointment: 15, warnings: ['nip.youngAtAppointment'] });
  });

  it('takes the minimum age as a parameter', () => {
    expect(validateNip('200001012015011001', { minAgeAtAppointment: 15 })).toMatchObject({
      ok: true,
      warnings: [],
    });
  });

  it('rejects scientific notation as Excel shows a NIP stored as a number', () => {
    expect(validateNip('1.98503E+17')).toEqual({
      ok: false,
      code: 'nip.scientific',
      params: { value: '1.98503E+17' },
    });
    expect(validateNip('1,98503E+17')).toMatchObject({ ok: false, code: 'nip.scientific' });
  });

  it('rejects a NIP given as a JS number, which cannot hold 18 digits exactly', () => {
    expect(validateNip(Number('198503122010011003'))).toMatchObject({ ok: false, code: 'nip.notExact' });
    expect(validateNip(1.98503e17)).toMatchObject({ ok: false, code: 'nip.notExact' });
  });

  it('validates and round-trips every generated valid NIP through formatting with spaces', () => {
    fc.assert(
      fc.property(validNipParts, (p) => {
        const nip = nipOf(p);
        const result = validateNip(formatNip(nip));
        expect(result).toMatchObject({
          ok: true,
          nip,
          birthDate: `${p.birthY}-${pad(p.birthM, 2)}-${pad(p.birthD, 2)}`,
          tmtCpns: `${p.tmtY}-${pad(p.tmtM, 2)}`,
          sex: p.sex === 1 ? 'M' : 'F',
          sequence: p.sequence,
        });
        expect(formatNip(nip).replace(/ /g, '')).toBe(nip);
      }),
    );
  });

  it('rejects any single digit change that breaks the birth date or the TMT month', () => {
    const datePositions = [0, 1, 2, 3, 4, 5, 6, 7, 12, 13];
    fc.assert(
      fc.property(
        validNipParts,
        fc.constantFrom(...datePositions),
        fc.integer({ min: 0, max: 9 }),
        (p, position, digit) => {
          const nip = nipOf(p);
          const changed = nip.slice(0, position) + digit + nip.slice(position + 1);
          const [y, m, d, tmtM] = [
            changed.slice(0, 4),
            changed.slice(4, 6),
            changed.slice(6, 8),
            changed.slice(12, 14),
          ].map(Number);
          const broken = !isRealDate(y ?? 0, m ?? 0, d ?? 0) || (tmtM ?? 0) < 1 || (tmtM ?? 0) > 12;
          fc.pre(broken);
          expect(validateNip(changed).ok).toBe(false);
        },
      ),
    );
  });

  it('rejects any string with a character other than digits and separators', () => {
    const junk = fc.string({ minLength: 1 }).filter((s) => /[^\d\s.\-']/.test(s));
    fc.assert(
      fc.property(junk, (s) => {
        expect(validateNip(s).ok).toBe(false);
      }),
    );
  });

  it('rejects every number from the Excel precision limit up', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e15, max: 1e19, noNaN: true }), (n) => {
        expect(validateNip(n)).toMatchObject({ ok: false, code: 'nip.notExact' });
      }),
    );
  });

  it('rejects every NIP written in scientific notation', () => {
    const scientific = fc
      .tuple(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 99999 }),
        fc.integer({ min: 15, max: 18 }),
      )
      .map(([a, b, e]) => `${a}.${b}E+${e}`);
    fc.assert(
      fc.property(scientific, (s) => {
        expect(validateNip(s)).toMatchObject({ ok: false, code: 'nip.scientific' });
      }),
    );
  });
});

describe('normalizeNip', () => {
  it('keeps a small safe integer as its digits, for the length check to reject', () => {
    expect(normalizeNip(12345)).toEqual({ ok: true, value: '12345' });
    expect(validateNip(12345)).toMatchObject({ ok: false, code: 'nip.length' });
  });

  it('rejects a fractional number as not digits', () => {
    expect(normalizeNip(123.5)).toMatchObject({ ok: false, code: 'nip.digits' });
  });
});

describe('validateNiPppk', () => {
  it('reads a NI PPPK whose contract code exceeds 12', () => {
    expect(validateNiPppk('19870315 2021 21 2 001')).toEqual({
      ok: true,
      employeeType: 'PPPK',
      nip: '198703152021212001',
      birthDate: '1987-03-15',
      appointmentYear: 2021,
      contractCode: '21',
      sex: 'F',
      sequence: 1,
      ageAtAppointment: 34,
      warnings: [],
    });
  });

  it('is not a valid PNS NIP when the contract code is not a month', () => {
    expect(validateNip('198703152021212001')).toMatchObject({ ok: false, code: 'nip.tmtMonth' });
  });

  it('rejects an appointment year before PPPK existed', () => {
    expect(validateNiPppk('198703152010212001')).toMatchObject({ ok: false, code: 'nip.appointmentYear' });
  });

  it('rejects a bad birth date, sex digit and sequence like a NIP', () => {
    expect(validateNiPppk('198713152021212001')).toMatchObject({ ok: false, code: 'nip.birthDate' });
    expect(validateNiPppk('198703152021213001')).toMatchObject({ ok: false, code: 'nip.sex' });
    expect(validateNiPppk('198703152021212000')).toMatchObject({ ok: false, code: 'nip.sequence' });
  });

  it('warns only when surely too young in the appointment year', () => {
    expect(validateNiPppk('200512312021211001')).toMatchObject({
      ok: true,
      warnings: ['nip.youngAtAppointment'],
    });
    expect(validateNiPppk('200301012021211001')).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('validateEmployeeNumber', () => {
  it('dispatches on the employee type', () => {
    expect(validateEmployeeNumber('198703152021212001', 'PPPK')).toMatchObject({
      ok: true,
      employeeType: 'PPPK',
    });
    expect(validateEmployeeNumber('198703152021212001', 'PNS')).toMatchObject({ ok: false });
    expect(validateEmployeeNumber('198503122010011003', 'PNS')).toMatchObject({
      ok: true,
      employeeType: 'PNS',
    });
  });
});

describe('formatNip', () => {
  it('groups 18 digits as birth date, TMT, sex and sequence', () => {
    expect(formatNip('198503122010011003')).toBe('19850312 201001 1 003');
    expect(formatNip(' 19850312-201001-1-003 ')).toBe('19850312 201001 1 003');
  });

  it('returns anything else trimmed and unchanged', () => {
    expect(formatNip(' 010245678 ')).toBe('010245678');
  });
});

describe('validateNik', () => {
  it('reads a man’s NIK', () => {
    expect(validateNik('3172011203850001')).toEqual({
      ok: true,
      nik: '3172011203850001',
      birthDay: 12,
      birthMonth: 3,
      birthYearTwoDigits: 85,
      sex: 'M',
    });
  });

  it('reads a woman’s NIK, whose birth day has 40 added', () => {
    expect(validateNik('3172 0152 0385 0001')).toMatchObject({ ok: true, birthDay: 12, sex: 'F' });
  });

  it('rejects a NIK of the wrong length', () => {
    expect(validateNik('317201120385001')).toMatchObject({
      ok: false,
      code: 'nik.length',
      params: { length: 15 },
    });
  });

  it('rejects an impossible birth day or month', () => {
    expect(validateNik('3172013503850001')).toMatchObject({ ok: false, code: 'nik.birthDate' });
    expect(validateNik('3172011213850001')).toMatchObject({ ok: false, code: 'nik.birthDate' });
    expect(validateNik('3172017203850001')).toMatchObject({ ok: false, code: 'nik.birthDate' });
  });

  it('accepts 29 February 00, which is real in 2000', () => {
    expect(validateNik('3172012902000001')).toMatchObject({ ok: true });
    expect(validateNik('3172012902010001')).toMatchObject({ ok: false, code: 'nik.birthDate' });
  });

  it('rejects a zero region, zero sequence, letters and numbers', () => {
    expect(validateNik('0072011203850001')).toMatchObject({ ok: false, code: 'nik.region' });
    expect(validateNik('3172011203850000')).toMatchObject({ ok: false, code: 'nik.sequence' });
    expect(validateNik('31720112038500O1')).toMatchObject({ ok: false, code: 'nik.digits' });
    expect(validateNik(3172011203850001)).toMatchObject({ ok: false, code: 'nik.notExact' });
  });
});

describe('maskNik', () => {
  it('shows only the first 6 and last 2 digits', () => {
    expect(maskNik('3172011203850001')).toBe('317201********01');
  });

  it('masks short values entirely', () => {
    expect(maskNik('1234')).toBe('****');
  });
});
