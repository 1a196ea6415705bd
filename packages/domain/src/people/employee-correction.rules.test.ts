import { describe, expect, it } from 'vitest';
import { validateCorrection } from './employee-correction.rules';

const TODAY = '2026-05-20';
// Born 12 March 1985, TMT CPNS January 2010, male (digit 1).
const pns = { nip: '198503122010011003', employeeType: 'PNS' as const };
const pppk = { nip: '199001152021022001', employeeType: 'PPPK' as const };
const options = { today: TODAY };

const fields = (result: ReturnType<typeof validateCorrection>) =>
  (result.ok ? [] : result.errors).map((issue) => `${issue.field}:${issue.code}`);

describe('validateCorrection', () => {
  it('returns only the fields given, texts trimmed and golongan normalised with its rank', () => {
    const result = validateCorrection(
      pns,
      { name: '  Budi   Santoso ', frontTitle: ' ', golongan: 'iii/c' },
      options,
    );
    expect(result).toEqual({
      ok: true,
      values: { name: 'Budi Santoso', frontTitle: null, golongan: 'III/c', golonganRank: 11 },
      warnings: [],
    });
  });

  it('holds the birth date and sex to the NIP (Perka BKN 22/2007)', () => {
    expect(validateCorrection(pns, { birthDate: '1985-03-12', sex: 'M' }, options).ok).toBe(true);
    expect(fields(validateCorrection(pns, { birthDate: '1985-03-13', sex: 'F' }, options))).toEqual([
      'birthDate:row.birthDateMismatch',
      'sex:row.sexMismatch',
    ]);
  });

  it('refuses appointment dates before birth or not on the calendar, and warns about future ones', () => {
    const result = validateCorrection(
      pns,
      { tmtGolongan: '1980-01-01', tmtJabatan: '2026-02-30', tmtCpns: '2026-06-01' },
      options,
    );
    expect(fields(result)).toEqual(['tmtGolongan:row.dateBeforeBirth', 'tmtJabatan:date.invalid']);
    expect(result.warnings.map((w) => `${w.field}:${w.code}`)).toEqual([
      'tmtCpns:row.futureDate',
      'tmtCpns:row.tmtCpnsMismatch',
    ]);
  });

  it('reads golongan for the employee type: PPPK IX, but no PNS ruang for a PPPK', () => {
    expect(validateCorrection(pppk, { golongan: 'IX' }, options)).toMatchObject({
      ok: true,
      values: { golongan: 'IX', golonganRank: 9 },
    });
    expect(fields(validateCorrection(pppk, { golongan: 'III/a' }, options))).toEqual([
      'golongan:golongan.unknown',
    ]);
    expect(fields(validateCorrection(pppk, { tmtPns: '2022-01-01' }, options))).toEqual([
      'tmtPns:employee.tmtPnsForPppk',
    ]);
  });

  it('clears golongan and dates with null, and refuses an empty name', () => {
    expect(validateCorrection(pns, { golongan: null, tmtJabatan: null }, options)).toMatchObject({
      ok: true,
      values: { golongan: null, golonganRank: null, tmtJabatan: null },
    });
    expect(fields(validateCorrection(pns, { name: '   ' }, options))).toEqual(['name:row.required']);
  });
});
