import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RowIssue } from '../shared/import-cells';
import { PREDIKATS, predikatOf, predikatToKuadran, RATINGS, ratingToSiasn } from './predikat.rules';
import {
  detectSkpLayout,
  SKP_ANNUAL_COLUMNS,
  SKP_IMPORT_ERROR_CODES,
  SKP_PERIODIC_COLUMNS,
  validateAnnualSkpRow,
  validatePeriodicSkpRow,
} from './skp-import.rules';

const options = { today: '2025-06-30' };
const EMPLOYEE = '198503122010011003';
const ASSESSOR = '197605142000032002';

function annualRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    nip: EMPLOYEE,
    tahun: '2024',
    hasilKinerja: '2',
    hasilKinerjaNilai: 'Sesuai Ekspektasi',
    perilakuKerja: '1',
    PerilakuKerjaNilai: 'Di Atas Ekspektasi',
    kuadranKinerja: '2',
    KuadranKinerjaNilai: 'Baik',
    namaPenilai: 'Siti Rahmawati',
    nipNrpPenilai: ASSESSOR,
    penilaiGolonganId: '41',
    penilaiJabatanNm: 'Kepala Bidang Pengembangan Kompetensi',
    penilaiUnorNm: 'Bidang Pengembangan Kompetensi',
    statusPenilai: 'ASN',
    ...overrides,
  };
}

function periodicRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return annualRow({
    bulanMulaiPenilaian: '4',
    bulanSelesaiPenilaian: '6',
    tahunMulaiPenilaian: '2024',
    tahunSelesaiPenilaian: '2024',
    periodik: 'Triwulan',
    koefisien: '25',
    ...overrides,
  });
}

const codes = (issues: RowIssue[]) => issues.map((i) => `${i.column}:${i.code}`);
const errorsOf = (result: ReturnType<typeof validateAnnualSkpRow>) => (result.ok ? [] : codes(result.errors));

describe('detectSkpLayout', () => {
  it('recognises SIASN’s camelCase field names and keeps them as the keys', () => {
    expect(detectSkpLayout(SKP_ANNUAL_COLUMNS.map((c) => c.key))).toMatchObject({
      ok: true,
      layout: 'annual',
    });
    expect(detectSkpLayout(SKP_PERIODIC_COLUMNS.map((c) => c.key))).toMatchObject({
      ok: true,
      layout: 'periodic',
    });
  });

  it('reads snake_case, spaced and upper-case spellings as SIASN’s names', () => {
    const header = [
      '\uFEFFNIP',
      'tahun*',
      'hasil_kinerja',
      'Perilaku Kerja',
      'KUADRAN_KINERJA',
      'nip-nrp-penilai',
    ];
    expect(detectSkpLayout(header)).toEqual({
      ok: true,
      layout: 'annual',
      columnIndex: {
        nip: 0,
        tahun: 1,
        hasilKinerja: 2,
        perilakuKerja: 3,
        kuadranKinerja: 4,
        nipNrpPenilai: 5,
      },
    });
  });

  it('accepts the word columns in place of the codes', () => {
    const header = ['nip', 'tahun', 'hasilKinerjaNilai', 'PerilakuKerjaNilai'];
    expect(detectSkpLayout(header)).toMatchObject({
      ok: true,
      columnIndex: { hasilKinerjaNilai: 2, PerilakuKerjaNilai: 3 },
    });
  });

  it('takes a header with a period for the periodic file, and one without for the annual', () => {
    const periodic = [
      ...['nip', 'tahun', 'hasilKinerja', 'perilakuKerja', 'periodik'],
      ...[
        'bulan_mulai_penilaian',
        'bulan_selesai_penilaian',
        'tahun_mulai_penilaian',
        'tahun_selesai_penilaian',
      ],
    ];
    expect(detectSkpLayout(periodic)).toMatchObject({ ok: true, layout: 'periodic' });
    expect(detectSkpLayout(periodic.slice(0, 8))).toMatchObject({ ok: true, layout: 'annual' });
  });

  it('reports a missing header when a required column is absent or the row is data', () => {
    expect(detectSkpLayout(['nip', 'tahun', 'hasilKinerja'])).toEqual({ ok: false, code: 'import.noHeader' });
    expect(detectSkpLayout([EMPLOYEE, '2024', '2', '1'])).toEqual({ ok: false, code: 'import.noHeader' });
  });
});

describe('validateAnnualSkpRow (SIASN rw-skp22)', () => {
  it('reads a SIASN row into a record', () => {
    expect(validateAnnualSkpRow(annualRow(), options)).toEqual({
      ok: true,
      warnings: [],
      record: {
        nip: EMPLOYEE,
        year: 2024,
        hasilKerja: 'meets',
        perilakuKerja: 'above',
        predikat: 'baik',
        assessor: {
          name: 'Siti Rahmawati',
          nip: ASSESSOR,
          status: 'ASN',
          golongan: 'IV/a',
          position: 'Kepala Bidang Pengembangan Kompetensi',
          unit: 'Bidang Pengembangan Kompetensi',
        },
      },
    });
  });

  it('reads numeric cells, spaced NIPs and the words in any case, and derives a missing kuadran', () => {
    const row = annualRow({
      nip: '19850312 201001 1 003',
      tahun: 2023,
      hasilKinerja: 1,
      hasilKinerjaNilai: '',
      perilakuKerja: 'di atas ekspektasi',
      PerilakuKerjaNilai: 'DI ATAS EKSPEKTASI',
      kuadranKinerja: '',
      KuadranKinerjaNilai: '-',
      penilaiGolonganId: 'IV/a',
    });
    expect(validateAnnualSkpRow(row, options)).toMatchObject({
      ok: true,
      record: {
        nip: EMPLOYEE,
        year: 2023,
        hasilKerja: 'above',
        perilakuKerja: 'above',
        predikat: 'sangat_baik',
      },
    });
  });

  it.each(['4', 'Kurang', 'kurang/misconduct', 'Kurang / Misconduct', 'MISCONDUCT'])(
    'reads %j as Kurang for results above and behaviour below expectations',
    (kuadran) => {
      const row = annualRow({
        hasilKinerja: '1',
        hasilKinerjaNilai: '',
        perilakuKerja: '3',
        PerilakuKerjaNilai: '',
        kuadranKinerja: kuadran,
        KuadranKinerjaNilai: '',
      });
      expect(validateAnnualSkpRow(row, options)).toMatchObject({ ok: true, record: { predikat: 'kurang' } });
    },
  );

  it('refuses a kuadran the matrix does not give, naming both', () => {
    const result = validateAnnualSkpRow(annualRow({ kuadranKinerja: '1', KuadranKinerjaNilai: '' }), options);
    expect(result).toEqual({
      ok: false,
      warnings: [],
      errors: [
        {
          column: 'kuadranKinerja',
          value: '1',
          code: 'skp.predikatOutsideMatrix',
          params: {
            hasil: 'Sesuai Ekspektasi',
            perilaku: 'Di Atas Ekspektasi',
            expected: 'Baik',
            given: 'Sangat Baik',
          },
        },
      ],
    });
  });

  it('accepts the row exactly when its kuadran is the matrix’s', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RATINGS),
        fc.constantFrom(...RATINGS),
        fc.constantFrom(...PREDIKATS),
        (hasil, perilaku, predikat) => {
          const row = annualRow({
            hasilKinerja: ratingToSiasn(hasil),
            hasilKinerjaNilai: '',
            perilakuKerja: ratingToSiasn(perilaku),
            PerilakuKerjaNilai: '',
            kuadranKinerja: predikatToKuadran(predikat),
            KuadranKinerjaNilai: '',
          });
          const result = validateAnnualSkpRow(row, options);
          expect(result.ok).toBe(predikat === predikatOf(hasil, perilaku));
          if (!result.ok) expect(codes(result.errors)).toEqual(['kuadranKinerja:skp.predikatOutsideMatrix']);
        },
      ),
    );
  });

  it('refuses a code and a word that disagree', () => {
    const result = validateAnnualSkpRow(annualRow({ hasilKinerjaNilai: 'Di Atas Ekspektasi' }), options);
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          column: 'hasilKinerjaNilai',
          code: 'skp.codeWordMismatch',
          params: { code: '2', word: 'Di Atas Ekspektasi' },
        },
      ],
    });
  });

  it('reports every problem of the row, not just the first', () => {
    const row = annualRow({
      nip: '1.98503E+17',
      tahun: '2026',
      hasilKinerja: '4',
      hasilKinerjaNilai: '',
      perilakuKerja: 'Baik',
      PerilakuKerjaNilai: '',
      kuadranKinerja: '6',
      statusPenilai: 'Honorer',
      nipNrpPenilai: '19760514200003200',
      penilaiGolonganId: '35',
      namaPenilai: 'Siti \u202eRahma',
    });
    expect(errorsOf(validateAnnualSkpRow(row, options)).sort()).toEqual(
      [
        'nip:nip.scientific',
        'tahun:skp.futureYear',
        'hasilKinerja:skp.rating',
        'perilakuKerja:skp.rating',
        'kuadranKinerja:skp.kuadran',
        'statusPenilai:skp.assessorStatus',
        'nipNrpPenilai:nip.length',
        'penilaiGolonganId:golongan.unknown',
        'namaPenilai:row.forbiddenCharacter',
      ].sort(),
    );
  });

  it('requires the NIP, the year and both ratings', () => {
    const row = annualRow({
      nip: '',
      tahun: ' ',
      hasilKinerja: '',
      hasilKinerjaNilai: '',
      perilakuKerja: '-',
    });
    expect(errorsOf(validateAnnualSkpRow(row, options))).toEqual([
      'nip:row.required',
      'tahun:row.required',
      'hasilKinerja:row.required',
    ]);
    const wordOnly = annualRow({ perilakuKerja: '', hasilKinerja: '' });
    expect(validateAnnualSkpRow(wordOnly, options).ok).toBe(true);
  });

  it.each([
    ['2018', 'skp.year', { value: '2018', min: 2019, max: 2025 }],
    ['24', 'skp.year', { value: '24', min: 2019, max: 2025 }],
    ['2024.5', 'skp.year', { value: '2024.5', min: 2019, max: 2025 }],
    ['2026', 'skp.futureYear', { value: '2026' }],
  ])('refuses the year %j', (tahun, code, params) => {
    expect(validateAnnualSkpRow(annualRow({ tahun }), options)).toMatchObject({
      ok: false,
      errors: [{ column: 'tahun', code, params }],
    });
  });

  it('accepts the years from 2019 to the import’s own year', () => {
    expect(validateAnnualSkpRow(annualRow({ tahun: '2019' }), options).ok).toBe(true);
    expect(validateAnnualSkpRow(annualRow({ tahun: 2025 }), options).ok).toBe(true);
  });

  it('accepts a NI PPPK as the employee’s number', () => {
    const result = validateAnnualSkpRow(annualRow({ nip: '198703152021212001' }), options);
    expect(result).toMatchObject({ ok: true, record: { nip: '198703152021212001' } });
  });

  it('refuses a NIP whose birth month is 13', () => {
    const result = validateAnnualSkpRow(annualRow({ nip: '198513122010011003' }), options);
    expect(errorsOf(result)).toEqual(['nip:nip.birthDate']);
  });
});

describe('validateAnnualSkpRow, the assessor', () => {
  it('requires the NIP of an ASN assessor, or of one whose status is not given', () => {
    for (const statusPenilai of ['ASN', '']) {
      const result = validateAnnualSkpRow(annualRow({ statusPenilai, nipNrpPenilai: '' }), options);
      expect(errorsOf(result), statusPenilai).toEqual(['nipNrpPenilai:row.required']);
    }
  });

  it('keeps a NON ASN assessor’s number as written, or none', () => {
    const regent = annualRow({ statusPenilai: 'Non-ASN', nipNrpPenilai: '75020123', penilaiGolonganId: '' });
    expect(validateAnnualSkpRow(regent, options)).toMatchObject({
      ok: true,
      record: { assessor: { status: 'NON ASN', nip: '75020123', golongan: null } },
    });
    const none = annualRow({ statusPenilai: 'NON ASN', nipNrpPenilai: '' });
    expect(validateAnnualSkpRow(none, options)).toMatchObject({
      ok: true,
      record: { assessor: { nip: null } },
    });
  });

  it('refuses an employee appraising themselves', () => {
    const result = validateAnnualSkpRow(annualRow({ nipNrpPenilai: '19850312 201001 1 003' }), options);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ column: 'nipNrpPenilai', code: 'skp.selfAssessed', params: { value: EMPLOYEE } }],
    });
  });

  it('refuses a name longer than the form takes', () => {
    const result = validateAnnualSkpRow(annualRow({ namaPenilai: 'X'.repeat(201) }), options);
    expect(errorsOf(result)).toEqual(['namaPenilai:row.nameTooLong']);
  });
});

describe('validatePeriodicSkpRow (SIASN kinerja periodik)', () => {
  it('reads a quarter into a record', () => {
    expect(validatePeriodicSkpRow(periodicRow(), options)).toMatchObject({
      ok: true,
      record: {
        nip: EMPLOYEE,
        year: 2024,
        predikat: 'baik',
        period: 'quarterly',
        fromYear: 2024,
        fromMonth: 4,
        toYear: 2024,
        toMonth: 6,
        coefficient: 25,
      },
    });
  });

  it.each([
    ['bulanan', '5', '5', 'monthly'],
    ['BULANAN', 5, 5, 'monthly'],
    ['semester', '7', '12', 'semester'],
    ['Triwulanan', '10', '12', 'quarterly'],
  ])('reads periodik %j from month %j to %j', (periodik, from, to, period) => {
    const row = periodicRow({ periodik, bulanMulaiPenilaian: from, bulanSelesaiPenilaian: to });
    expect(validatePeriodicSkpRow(row, options)).toMatchObject({ ok: true, record: { period } });
  });

  it('reads a coefficient with a decimal comma and leaves a blank one open', () => {
    expect(validatePeriodicSkpRow(periodicRow({ koefisien: '12,5' }), options)).toMatchObject({
      ok: true,
      record: { coefficient: 12.5 },
    });
    expect(validatePeriodicSkpRow(periodicRow({ koefisien: '' }), options)).toMatchObject({
      ok: true,
      record: { coefficient: null },
    });
  });

  it.each(['dua', '51', '-1', 'Infinity'])('refuses the coefficient %j', (koefisien) => {
    expect(errorsOf(validatePeriodicSkpRow(periodicRow({ koefisien }), options))).toEqual([
      'koefisien:skp.coefficient',
    ]);
  });

  it('refuses a period whose length is not its periodik’s', () => {
    const result = validatePeriodicSkpRow(periodicRow({ bulanMulaiPenilaian: '1' }), options);
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          column: 'periodik',
          code: 'skp.periodSpan',
          params: { start: '2024-01', end: '2024-06', months: 6, expected: 3 },
        },
      ],
    });
  });

  it('refuses a start after the end', () => {
    const row = periodicRow({ bulanMulaiPenilaian: '6', bulanSelesaiPenilaian: '4' });
    expect(validatePeriodicSkpRow(row, options)).toMatchObject({
      ok: false,
      errors: [
        {
          column: 'bulanMulaiPenilaian',
          code: 'skp.startAfterEnd',
          params: { start: '2024-06', end: '2024-04' },
        },
      ],
    });
  });

  it('refuses a period outside the row’s year, even of the right length', () => {
    const row = periodicRow({
      bulanMulaiPenilaian: '11',
      tahunMulaiPenilaian: '2023',
      bulanSelesaiPenilaian: '1',
    });
    expect(errorsOf(validatePeriodicSkpRow(row, options))).toEqual(['tahun:skp.periodOutsideYear']);
  });

  it('refuses a period that has not ended, and takes one ending this month', () => {
    const thisYear = { tahun: '2025', tahunMulaiPenilaian: '2025', tahunSelesaiPenilaian: '2025' };
    const q3 = periodicRow({ ...thisYear, bulanMulaiPenilaian: '7', bulanSelesaiPenilaian: '9' });
    expect(validatePeriodicSkpRow(q3, options)).toMatchObject({
      ok: false,
      errors: [{ column: 'bulanSelesaiPenilaian', code: 'skp.periodNotEnded', params: { end: '2025-09' } }],
    });
    expect(validatePeriodicSkpRow(periodicRow(thisYear), options).ok).toBe(true);
  });

  it('reports an unknown periodik, a month 13 and missing period columns together', () => {
    const row = periodicRow({ periodik: 'tahunan', bulanSelesaiPenilaian: '13', tahunSelesaiPenilaian: '' });
    expect(errorsOf(validatePeriodicSkpRow(row, options))).toEqual([
      'tahunSelesaiPenilaian:row.required',
      'bulanSelesaiPenilaian:row.integer',
      'periodik:skp.periodik',
    ]);
  });

  it('checks the period against the year even when the ratings fail', () => {
    const row = periodicRow({
      hasilKinerja: '9',
      tahunMulaiPenilaian: '2023',
      tahunSelesaiPenilaian: '2023',
    });
    expect(errorsOf(validatePeriodicSkpRow(row, options))).toEqual([
      'hasilKinerja:skp.rating',
      'tahun:skp.periodOutsideYear',
    ]);
  });
});

describe('SKP_IMPORT_ERROR_CODES', () => {
  it('are distinct and all under skp.', () => {
    expect(new Set(SKP_IMPORT_ERROR_CODES).size).toBe(SKP_IMPORT_ERROR_CODES.length);
    expect(SKP_IMPORT_ERROR_CODES.every((code) => code.startsWith('skp.'))).toBe(true);
  });
});
