import { describe, expect, it } from 'vitest';
import { validateEmployeeRow } from '../people/employee-import.rules';
import { validatePositionRow } from '../people/organisation-import.rules';
import { boundedIssue, type cellIssue, QUOTE_MAX_CHARS, quoteCell } from './import-cells';

const LONGEST_CELL = 'X'.repeat(32_767);

function templateRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    nip: '198503122010011003',
    nama: 'Budi Santoso',
    tanggal_lahir: '12-03-1985',
    jenis_kelamin: 'L',
    unit_kerja: 'Dinas Pendidikan',
    ...overrides,
  };
}

/** Every text an issue carries: its value and its message's parameters. */
const textsOf = (issue: ReturnType<typeof cellIssue>) => [
  issue.value,
  ...Object.values(issue.params ?? {}).filter((v) => typeof v === 'string'),
];

describe('quoting a cell in an issue', () => {
  it('keeps a short text as it is', () => {
    expect(quoteCell('1.98503E+17')).toBe('1.98503E+17');
    expect(quoteCell('A'.repeat(QUOTE_MAX_CHARS))).toBe('A'.repeat(QUOTE_MAX_CHARS));
  });

  it("cuts Excel's longest cell to 200 characters ending in an ellipsis", () => {
    const quoted = quoteCell(LONGEST_CELL);
    expect(quoted).toHaveLength(QUOTE_MAX_CHARS);
    expect(quoted).toBe(`${'X'.repeat(QUOTE_MAX_CHARS - 1)}…`);
    // Quoting a quote changes nothing: a value stored cut is not cut again on the way out.
    expect(quoteCell(quoted)).toBe(quoted);
  });

  it('never cuts a character in half', () => {
    const quoted = quoteCell(`${'a'.repeat(QUOTE_MAX_CHARS - 2)}😀😀`);
    expect(quoted).toBe(`${'a'.repeat(QUOTE_MAX_CHARS - 2)}…`);
    // No lone surrogate left behind: the text survives a round trip through UTF-8.
    expect(new TextDecoder().decode(new TextEncoder().encode(quoted))).toBe(quoted);
  });

  it('cuts text parameters too and leaves numbers alone', () => {
    const issue = boundedIssue({
      column: 'nip',
      value: LONGEST_CELL,
      code: 'nip.length',
      params: { length: 32_767, value: LONGEST_CELL },
    });
    expect(issue).toEqual({
      column: 'nip',
      value: quoteCell(LONGEST_CELL),
      code: 'nip.length',
      params: { length: 32_767, value: quoteCell(LONGEST_CELL) },
    });
  });

  it.each([
    ['nip', 'employee'],
    ['tanggal_lahir', 'employee'],
    ['jenis_kelamin', 'employee'],
    ['golongan', 'employee'],
    ['jenis_jabatan', 'employee'],
  ])('quotes at most 200 characters of a 32,767-character %s cell in every issue of the row', (column) => {
    const result = validateEmployeeRow(templateRow({ [column]: LONGEST_CELL }), 'jenjang', {
      today: '2025-06-30',
    });
    const issues = [...(result.ok ? [] : result.errors), ...result.warnings];
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      for (const text of textsOf(issue)) expect(text.length).toBeLessThanOrEqual(QUOTE_MAX_CHARS);
    }
  });

  it('quotes at most 200 characters in the issues of a position row too', () => {
    const result = validatePositionRow({
      jabatan: 'Analis',
      jenis_jabatan: LONGEST_CELL,
      jenjang: LONGEST_CELL,
    });
    expect(result.ok).toBe(false);
    for (const issue of result.ok ? [] : result.errors) {
      for (const text of textsOf(issue)) expect(text.length).toBeLessThanOrEqual(QUOTE_MAX_CHARS);
    }
  });
});
