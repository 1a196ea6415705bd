import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_METHODS } from './competency-dictionary';
import {
  detectAssessmentLayout,
  parseAssessmentMethod,
  validateAssessmentRow,
  validateStandardRow,
} from './competency-import.rules';

const today = '2026-12-03';
const row = (cells: Record<string, unknown>) => ({
  nip: '198503122010011003',
  kode_kompetensi: 'M.1',
  level: '3',
  tanggal_penilaian: '15-08-2026',
  metode: 'Assessment Center',
  ...cells,
});

describe('validateAssessmentRow', () => {
  it('reads a row as an assessment report writes it', () => {
    expect(
      validateAssessmentRow(row({ nip: '19850312 201001 1 003', kode_kompetensi: 'm.01' }), { today }),
    ).toEqual({
      ok: true,
      record: {
        nip: '198503122010011003',
        code: 'M.1',
        level: 3,
        assessedOn: '2026-08-15',
        method: 'assessmentCentre',
        assessor: null,
        source: null,
      },
      warnings: [],
    });
  });

  it('takes a level as a number or as 3.0, and only a whole level 1–5 (PermenPANRB 38/2017)', () => {
    expect(validateAssessmentRow(row({ level: 5 }), { today }).ok).toBe(true);
    expect(validateAssessmentRow(row({ level: '3,0' }), { today }).ok).toBe(true);
    for (const level of [0, 6, 2.5, '2.5', 'tiga', -1]) {
      const result = validateAssessmentRow(row({ level }), { today });
      expect(result.ok ? null : result.errors.map((e) => [e.column, e.code])).toEqual([
        ['level', 'row.integer'],
      ]);
    }
  });

  it('refuses an assessment dated after today, and today itself is fine', () => {
    expect(validateAssessmentRow(row({ tanggal_penilaian: '2026-12-03' }), { today }).ok).toBe(true);
    const future = validateAssessmentRow(row({ tanggal_penilaian: '2026-12-04' }), { today });
    expect(future.ok ? null : future.errors[0]?.code).toBe('competency.futureAssessment');
  });

  it('reports every problem of a row at once, by column', () => {
    const result = validateAssessmentRow(
      { nip: '1985', kode_kompetensi: 'x y', level: '9', tanggal_penilaian: '31-02-2026', metode: 'ramalan' },
      { today },
    );
    expect(result.ok ? [] : result.errors.map((e) => e.column)).toEqual([
      'nip',
      'kode_kompetensi',
      'level',
      'tanggal_penilaian',
      'metode',
    ]);
  });

  it('names each missing required column', () => {
    const result = validateAssessmentRow({ nip: '198503122010011003' }, { today });
    expect(result.ok ? [] : result.errors.map((e) => e.params?.column)).toEqual([
      'kode_kompetensi',
      'level',
      'tanggal_penilaian',
      'metode',
    ]);
  });
});

describe('parseAssessmentMethod', () => {
  it('reads the names reports use', () => {
    expect(parseAssessmentMethod('Assessment Center')).toBe('assessmentCentre');
    expect(parseAssessmentMethod('AC')).toBe('assessmentCentre');
    expect(parseAssessmentMethod('Penilaian Atasan')).toBe('supervisor');
    expect(parseAssessmentMethod('Mandiri')).toBe('self');
    expect(parseAssessmentMethod('Uji Kompetensi')).toBe('test');
    expect(parseAssessmentMethod('ramalan')).toBeNull();
  });

  it('reads every method by its own name', () => {
    for (const method of ASSESSMENT_METHODS) expect(parseAssessmentMethod(method)).toBe(method);
  });

  it('answers a method or null for any text, never throwing', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const method = parseAssessmentMethod(text);
        expect(method === null || ASSESSMENT_METHODS.includes(method)).toBe(true);
      }),
    );
  });
});

describe('the standard file', () => {
  it('reads a position, a code and a required level', () => {
    expect(
      validateStandardRow({ jabatan: ' Analis  Kebijakan ', kode_kompetensi: 'sk.01', level: 4 }),
    ).toEqual({
      ok: true,
      record: { positionName: 'Analis Kebijakan', code: 'SK.1', level: 4 },
      warnings: [],
    });
  });

  it('recognises an assessment header written in capitals and spaces', () => {
    expect(
      detectAssessmentLayout(['NIP', 'Kode Kompetensi', 'Level', 'Tanggal Penilaian', 'Metode']).ok,
    ).toBe(true);
    expect(detectAssessmentLayout(['NIP', 'Nama']).ok).toBe(false);
  });
});
