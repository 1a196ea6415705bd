import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PNS_GOLONGAN } from '../people/golongan';
import { rowCells } from '../shared/import-cells';
import { CHECK_IN_FREQUENCIES, PERIOD_MONTHS, predikatOf, RATINGS } from './predikat.rules';
import {
  annualExportRow,
  periodicExportRow,
  SKP_ANNUAL_EXPORT_COLUMNS,
  SKP_PERIODIC_EXPORT_COLUMNS,
} from './skp-export';
import {
  type AnnualSkpRecord,
  detectSkpLayout,
  type PeriodicSkpRecord,
  SKP_ANNUAL_COLUMNS,
  SKP_PERIODIC_COLUMNS,
  type SkpAssessor,
  validateAnnualSkpRow,
  validatePeriodicSkpRow,
} from './skp-import.rules';

const options = { today: '2025-06-30' };

const RECORD: AnnualSkpRecord = {
  nip: '198503122010011003',
  year: 2024,
  hasilKerja: 'above',
  perilakuKerja: 'below',
  predikat: 'kurang',
  assessor: {
    name: 'Siti Rahmawati',
    nip: '197605142000032002',
    status: 'ASN',
    golongan: 'III/d',
    position: 'Kepala Bidang Pengembangan Kompetensi',
    unit: 'Bidang Pengembangan Kompetensi',
  },
};

describe('the SKP export', () => {
  it('names the columns the import reads, in the same order', () => {
    expect(SKP_ANNUAL_EXPORT_COLUMNS).toEqual(SKP_ANNUAL_COLUMNS.map((c) => c.key));
    expect(SKP_PERIODIC_EXPORT_COLUMNS).toEqual(SKP_PERIODIC_COLUMNS.map((c) => c.key));
  });

  it('writes ratings and predikat as SIASN’s codes and words, golongan as its id', () => {
    expect(annualExportRow(RECORD)).toEqual([
      '198503122010011003',
      2024,
      1,
      'Di Atas Ekspektasi',
      3,
      'Di Bawah Ekspektasi',
      4,
      'Kurang',
      'Siti Rahmawati',
      '197605142000032002',
      '34',
      'Kepala Bidang Pengembangan Kompetensi',
      'Bidang Pengembangan Kompetensi',
      'ASN',
    ]);
  });

  it('writes the period with SIASN’s periodik word and leaves what is unknown empty', () => {
    const record: PeriodicSkpRecord = {
      ...RECORD,
      assessor: { name: null, nip: null, status: 'NON ASN', golongan: null, position: null, unit: null },
      period: 'semester',
      fromYear: 2024,
      fromMonth: 1,
      toYear: 2024,
      toMonth: 6,
      coefficient: null,
    };
    expect(periodicExportRow(record).slice(8)).toEqual([
      '',
      '',
      '',
      '',
      '',
      'NON ASN',
      1,
      6,
      2024,
      2024,
      'semester',
      '',
    ]);
  });
});

// Records as the import gives them: valid NIPs, words without doubled spaces, a matrix predikat.
const EMPLOYEES = ['198503122010011003', '198703152021212001', '199002282015032001'];
const ASSESSORS = ['197605142000032002', '196801011990031005'];
const words = fc
  .array(fc.stringMatching(/^[A-Z][a-z]{1,9}$/), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(' '));

const assessor: fc.Arbitrary<SkpAssessor> = fc
  .record({
    status: fc.constantFrom('ASN' as const, 'NON ASN' as const, null),
    name: fc.option(words),
    asnNip: fc.constantFrom(...ASSESSORS),
    otherNumber: fc.option(fc.stringMatching(/^\d{8}$/)),
    golongan: fc.option(fc.constantFrom(...PNS_GOLONGAN.map((g) => g.code))),
    position: fc.option(words),
    unit: fc.option(words),
  })
  .map(({ asnNip, otherNumber, ...rest }) => ({
    ...rest,
    nip: rest.status === 'NON ASN' ? otherNumber : asnNip,
  }));

const annualRecord: fc.Arbitrary<AnnualSkpRecord> = fc
  .record({
    nip: fc.constantFrom(...EMPLOYEES),
    year: fc.integer({ min: 2019, max: 2025 }),
    hasilKerja: fc.constantFrom(...RATINGS),
    perilakuKerja: fc.constantFrom(...RATINGS),
    assessor,
  })
  .map((r) => ({ ...r, predikat: predikatOf(r.hasilKerja, r.perilakuKerja) }));

const periodicRecord: fc.Arbitrary<PeriodicSkpRecord> = fc
  .record({
    annual: annualRecord.map((r) => ({ ...r, year: Math.min(r.year, 2024) })),
    period: fc.constantFrom(...CHECK_IN_FREQUENCIES),
    start: fc.integer({ min: 0, max: 11 }),
    coefficient: fc.option(fc.constantFrom(0, 3.75, 12.5, 37.5, 50)),
  })
  .map(({ annual, period, start, coefficient }) => {
    const fromMonth = (start % (13 - PERIOD_MONTHS[period])) + 1;
    const toMonth = fromMonth + PERIOD_MONTHS[period] - 1;
    return { ...annual, period, fromYear: annual.year, fromMonth, toYear: annual.year, toMonth, coefficient };
  });

/** Writes the header and the row, then reads them back as an import does. */
function reimport(columns: readonly string[], row: readonly unknown[]): Record<string, unknown> {
  const header = detectSkpLayout(columns);
  if (!header.ok) throw new Error('header not detected');
  return rowCells(row, header.columnIndex);
}

describe('export then import', () => {
  it('gives back every annual record', () => {
    fc.assert(
      fc.property(annualRecord, (record) => {
        const cells = reimport(SKP_ANNUAL_EXPORT_COLUMNS, annualExportRow(record));
        expect(validateAnnualSkpRow(cells, options)).toEqual({ ok: true, record, warnings: [] });
      }),
    );
  });

  it('gives back every periodic record', () => {
    fc.assert(
      fc.property(periodicRecord, (record) => {
        const cells = reimport(SKP_PERIODIC_EXPORT_COLUMNS, periodicExportRow(record));
        expect(validatePeriodicSkpRow(cells, options)).toEqual({ ok: true, record, warnings: [] });
      }),
    );
  });
});
