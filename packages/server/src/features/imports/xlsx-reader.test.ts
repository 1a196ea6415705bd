import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CraftedWorkbook, craftXlsx, craftZip, repeated, sheetRow } from '../../../test/crafted-zip';
import { JobProblem } from '../jobs/job-outcome';
import { SheetReader } from './file-reader';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-limits';
import { type SheetRow, XlsxReader } from './xlsx-reader';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jenjang-xlsx-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let files = 0;
async function saved(content: Buffer): Promise<string> {
  const file = path.join(dir, `f${files++}.xlsx`);
  await writeFile(file, content);
  return file;
}

async function readAll(file: string, limits: Partial<ImportLimits> = {}): Promise<SheetRow[]> {
  const reader = await XlsxReader.open(file, { ...DEFAULT_IMPORT_LIMITS, ...limits });
  try {
    await reader.loadStrings();
    const rows: SheetRow[] = [];
    for await (const row of reader.rows()) rows.push(row);
    return rows;
  } finally {
    reader.close();
  }
}

async function problemOf(work: Promise<unknown>): Promise<{ key: string; params: Record<string, unknown> }> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(JobProblem);
  const { key, params } = error as JobProblem;
  return { key, params };
}

const STYLES = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="&quot;Rp&quot;#,##0"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;

describe('reading a workbook', () => {
  it('gives texts, numbers, dates by style, booleans and cached formula results', async () => {
    const file = await saved(
      await craftXlsx({
        styles: STYLES,
        sharedStrings:
          '<si><t>nip</t></si><si><r><t>Budi </t></r><r><rPr><b/></rPr><t>Santoso</t></r><rPh><t>ぶ</t></rPh></si><si><t>baris_x000D_dua</t></si>',
        rows: [
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>2</v></c></row>',
          '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" s="1"><v>31118</v></c><c r="C3" s="2"><v>31118</v></c>',
          '<c r="D3" s="3"><v>1500000</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c>',
          '<c r="G3" t="str"><f>A3&amp;"!"</f><v>Budi Santoso!</v></c><c r="H3"><f>1+1</f><v>2</v></c>',
          '<c r="I3" t="inlineStr"><is><t>a &lt; b</t></is></c><c r="J3" s="1"/></row>',
        ].join(''),
      }),
    );
    const rows = await readAll(file);
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 3]);
    expect(rows[0]?.values).toEqual(['nip', undefined, 'baris\rdua']);
    const date = new Date(Date.UTC(1985, 2, 12));
    expect(rows[1]?.values).toEqual([
      'Budi Santoso',
      date,
      date,
      1_500_000,
      true,
      undefined,
      'Budi Santoso!',
      2,
      'a < b',
    ]);
  });

  it('counts days from 1904 when the workbook says so', async () => {
    const file = await saved(
      await craftXlsx({
        styles: STYLES,
        date1904: true,
        rows: '<row r="1"><c r="A1" s="1"><v>29656</v></c></row>',
      }),
    );
    expect((await readAll(file))[0]?.values).toEqual([new Date(Date.UTC(1985, 2, 12))]);
  });

  it('reads the first sheet in the workbook, whatever its part is called, and prefixed tags', async () => {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const file = await saved(
      await craftZip([
        {
          name: 'xl/workbook.xml',
          content: `<x:workbook xmlns:x="${main}" xmlns:r="${rel}"><x:sheets><x:sheet name="Data" sheetId="2" r:id="rId7"/><x:sheet name="Lain" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
        },
        {
          name: 'xl/_rels/workbook.xml.rels',
          content: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="${rel}/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>`,
        },
        {
          name: 'xl/worksheets/sheet1.xml',
          content: `<x:worksheet xmlns:x="${main}"><x:sheetData/></x:worksheet>`,
        },
        {
          name: 'xl/worksheets/data.xml',
          content: `<x:worksheet xmlns:x="${main}"><x:sheetData><x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>nama</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
          stored: true,
        },
      ]),
    );
    expect(await readAll(file)).toEqual([{ rowNumber: 1, values: [undefined, 'nama'] }]);
  });

  it('ignores empty styled cells far to the right: formatting is not data', async () => {
    const file = await saved(
      await craftXlsx({ rows: '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1" s="3"/></row>' }),
    );
    expect(await readAll(file)).toEqual([{ rowNumber: 1, values: [1] }]);
  });

  it('takes a first look with only the texts its first rows name', async () => {
    // The text table is 40 MB; the limits allow 1 MB: the first look must not read past text 1.
    const file = await saved(
      await craftXlsx({
        sharedStrings: repeated(`<si><t>${'x'.repeat(1000)}</t></si>`.repeat(100), 400),
        rows: `${sheetRow(1, ['nip', 'nama'], (t) => (t === 'nip' ? 0 : 1))}${sheetRow(2, [5])}`,
      }),
    );
    const limits = { ...DEFAULT_IMPORT_LIMITS, xlsxMaxSharedStringBytes: 1024 * 1024 };
    const reader = await XlsxReader.open(file, limits, { styles: false });
    try {
      const look = await reader.peekRows(64);
      expect(look.complete).toBe(true);
      expect(look.rows.map((r) => r.values)).toEqual([['x'.repeat(1000), 'x'.repeat(1000)], [5]]);
    } finally {
      reader.close();
    }
    expect((await problemOf(readAll(file, limits))).key).toBe('import.xlsx.stringsTooLarge');
  });
});

describe('refusing what would make the server hold too much', () => {
  const header = sheetRow(1, ['nip', 'nama']);

  it('refuses at once parts whose declared sizes exceed the inflate budget', async () => {
    const file = await saved(await craftXlsx({ rows: repeated('<row/>'.repeat(10_000), 100) }));
    const problem = await problemOf(
      XlsxReader.open(file, { ...DEFAULT_IMPORT_LIMITS, xlsxMaxInflatedBytes: 1024 * 1024 }),
    );
    expect(problem).toEqual({ key: 'import.xlsx.tooLarge', params: { limit: 1 } });
  });

  it('stops a part that inflates past what its directory entry claims', async () => {
    // 6 MB of rows that claim to be 100 bytes: read by the claim, they would pass every check.
    const file = await saved(
      await craftXlsx({ rows: repeated('<row/>'.repeat(10_000), 100), sheetEntry: { claimedSize: 100 } }),
    );
    expect((await problemOf(readAll(file))).key).toBe('import.xlsx.broken');
  });

  it('counts texts and their bytes as they arrive, and trusts no count the file gives', async () => {
    const strings = repeated('<si><t>abcdefghij</t></si>'.repeat(100), 20);
    const file = await saved(await craftXlsx({ sharedStrings: strings, rows: header }));
    expect(await problemOf(readAll(file, { xlsxMaxSharedStrings: 1000 }))).toEqual({
      key: 'import.xlsx.tooManyStrings',
      params: { limit: 1000 },
    });
    // uniqueCount says 5 million: refused before a single text is read.
    const claims = await saved(
      await craftXlsx({
        sharedStrings: '<si><t>a</t></si>',
        sstAttributes: 'uniqueCount="5000000"',
        rows: header,
      }),
    );
    expect((await problemOf(readAll(claims))).key).toBe('import.xlsx.tooManyStrings');
    const big = await saved(
      await craftXlsx({
        sharedStrings: repeated(`<si><t>${'é'.repeat(500)}</t></si>`.repeat(100), 30),
        rows: header,
      }),
    );
    expect(await problemOf(readAll(big, { xlsxMaxSharedStringBytes: 1024 * 1024 }))).toEqual({
      key: 'import.xlsx.stringsTooLarge',
      params: { limit: 1 },
    });
  });

  it('refuses a text or a cell longer than the cell limit', async () => {
    const text = 'a'.repeat(40_000);
    const shared = await saved(await craftXlsx({ sharedStrings: `<si><t>${text}</t></si>`, rows: header }));
    expect((await problemOf(readAll(shared))).key).toBe('import.xlsx.textTooLong');
    const inline = await saved(await craftXlsx({ rows: `${header}${sheetRow(2, ['1', text])}` }));
    expect(await problemOf(readAll(inline))).toEqual({
      key: 'import.cellTooLong',
      params: { row: 2, column: 2, limit: 32_767 },
    });
  });

  it('refuses a value beyond the column limit', async () => {
    const file = await saved(await craftXlsx({ rows: `${header}<row r="2"><c r="XFD2"><v>1</v></c></row>` }));
    expect(await problemOf(readAll(file))).toEqual({
      key: 'import.tooManyColumns',
      params: { row: 2, limit: 1024 },
    });
  });

  it('refuses a zip with more entries than a workbook has', async () => {
    const leading = Array.from({ length: 300 }, (_, i) => ({ name: `xl/media/${i}.bin`, content: 'x' }));
    const file = await saved(await craftXlsx({ rows: header, leading }));
    expect(await problemOf(XlsxReader.open(file, { ...DEFAULT_IMPORT_LIMITS, xlsxMaxEntries: 100 }))).toEqual(
      {
        key: 'import.xlsx.tooManyEntries',
        params: { count: 304, limit: 100 },
      },
    );
  });

  it.each<[string, Partial<CraftedWorkbook>]>([
    ['a DOCTYPE (entity expansion)', { rows: '<!DOCTYPE x [<!ENTITY a "aaaa">]><row r="1"/>' }],
    ['a comment', { rows: '<!-- <row r="1"/> --><row r="1"/>' }],
    ['a processing instruction inside', { rows: '<?pi x?><row r="1"/>' }],
    ['a text run of 2 MB', { rows: repeated('a'.repeat(1024), 2048) }],
    ['tags nested 100,000 deep', { rows: repeated('<a>'.repeat(1000), 100) }],
    ['malformed XML', { rows: '<row r="1"><c></row>' }],
    ['more rows than Excel holds', { rows: repeated('<row/>'.repeat(10_000), 105) }],
    ['more cells in a row than Excel holds', { rows: `<row r="1">${'<c/>'.repeat(16_385)}</row>` }],
  ])('refuses %s as a broken workbook', async (_case, workbook) => {
    const file = await saved(await craftXlsx({ rows: '', ...workbook }));
    expect((await problemOf(readAll(file))).key).toBe('import.xlsx.broken');
  });

  it('refuses two entries of one name (one reader would see one, another the other)', async () => {
    const file = await saved(
      await craftXlsx({
        rows: header,
        extra: [{ name: 'XL/worksheets/Sheet1.xml', content: '<worksheet/>' }],
      }),
    );
    expect((await problemOf(XlsxReader.open(file, DEFAULT_IMPORT_LIMITS))).key).toBe('import.xlsx.broken');
  });
});

describe('workbooks read by imports', () => {
  it('are read one at a time: a second waits until the first is closed', async () => {
    const file = await saved(await craftXlsx({ rows: sheetRow(1, ['nip', 'nama']) }));
    const first = await SheetReader.open(file, { kind: 'xlsx' });
    let second: SheetReader | null = null;
    const opening = SheetReader.open(file, { kind: 'xlsx' }).then((reader) => {
      second = reader;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(second).toBeNull();
    await first.close();
    await opening;
    expect(second).not.toBeNull();
    await (second as SheetReader | null)?.close();
  });
});
