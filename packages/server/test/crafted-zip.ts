import { crc32, createDeflateRaw } from 'node:zlib';

// Zips and workbooks written byte by byte, the way an attacker would: entries that inflate to
// hundreds of megabytes from a few hundred kilobytes, directory entries that lie about sizes,
// thousands of entries. Real programs (exceljs) cannot write these, so tests build them here.

export interface CraftedEntry {
  name: string;
  /** The content, as one buffer or as chunks (a bomb's content is never held whole). */
  content: Buffer | string | Iterable<Buffer>;
  /** Store instead of deflate. */
  stored?: boolean;
  /** The uncompressed size the directory claims, instead of the real one. */
  claimedSize?: number;
}

interface Packed {
  name: Buffer;
  data: Buffer;
  crc: number;
  size: number;
  method: number;
}

function chunksOf(content: CraftedEntry['content']): Iterable<Buffer> {
  if (typeof content === 'string') return [Buffer.from(content)];
  if (Buffer.isBuffer(content)) return [content];
  return content;
}

async function pack(entry: CraftedEntry): Promise<Packed> {
  let crc = 0;
  let size = 0;
  const name = Buffer.from(entry.name);
  if (entry.stored) {
    const data = Buffer.concat([...chunksOf(entry.content)]);
    return { name, data, crc: crc32(data), size: data.length, method: 0 };
  }
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  for (const chunk of chunksOf(entry.content)) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { name, data: Buffer.concat(out), crc, size, method: 8 };
}

/** A zip (no zip64) of the entries, in the given order. */
export async function craftZip(entries: CraftedEntry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const p = await pack(entry);
    const claimed = entry.claimedSize ?? p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(p.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(claimed, 24);
    central.writeUInt16LE(p.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, p.name, p.data);
    centrals.push(central, p.name);
    offset += local.length + p.name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function xmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** `<row>` XML of cells: strings as shared-string indexes when `shared` gives one, else inline. */
export function sheetRow(
  rowNumber: number,
  cells: readonly (string | number)[],
  shared?: (text: string) => number | undefined,
) {
  const xml = cells.map((value, i) => {
    const ref = `${String.fromCharCode(65 + i)}${rowNumber}`;
    if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
    const index = shared?.(value);
    return index === undefined
      ? `<c r="${ref}" t="inlineStr"><is><t>${xmlText(value)}</t></is></c>`
      : `<c r="${ref}" t="s"><v>${index}</v></c>`;
  });
  return `<row r="${rowNumber}">${xml.join('')}</row>`;
}

export interface CraftedWorkbook {
  /** The sheet's rows as XML (see sheetRow), as one string or as chunks. */
  rows: string | Iterable<Buffer>;
  /** `<si>` texts, as one string or chunks of `<si>…</si>` XML; none: no shared-strings part. */
  sharedStrings?: string | Iterable<Buffer>;
  /** Attributes of `<sst>`, such as the uniqueCount the file claims. */
  sstAttributes?: string;
  styles?: string;
  /** Entries added after the workbook's own. */
  extra?: CraftedEntry[];
  /** Entries before the workbook's own (their directory records then come first too). */
  leading?: CraftedEntry[];
  /** Override entries of the same name (e.g. a lying sheet). */
  sheetEntry?: Partial<CraftedEntry>;
  date1904?: boolean;
}

function* wrapped(head: string, body: string | Iterable<Buffer>, tail: string): Iterable<Buffer> {
  yield Buffer.from(head);
  if (typeof body === 'string') yield Buffer.from(body);
  else yield* body;
  yield Buffer.from(tail);
}

/** A minimal workbook with one sheet, written as Excel lays it out (sheet before the texts). */
export function craftXlsx(workbook: CraftedWorkbook): Promise<Buffer> {
  const hasStrings = workbook.sharedStrings !== undefined;
  const rels = [
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`,
    workbook.styles ? `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` : '',
    hasStrings ? `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '',
  ].join('');
  const entries: CraftedEntry[] = [
    {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    {
      name: 'xl/workbook.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${workbook.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      content: wrapped(
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`,
        workbook.rows,
        '</sheetData></worksheet>',
      ),
      ...workbook.sheetEntry,
    },
  ];
  if (workbook.styles) entries.push({ name: 'xl/styles.xml', content: workbook.styles });
  if (workbook.sharedStrings !== undefined) {
    entries.push({
      name: 'xl/sharedStrings.xml',
      content: wrapped(
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" ${workbook.sstAttributes ?? ''}>`,
        workbook.sharedStrings,
        '</sst>',
      ),
    });
  }
  return craftZip([...(workbook.leading ?? []), ...entries, ...(workbook.extra ?? [])]);
}

/** `count` chunks of the same bytes: a bomb's body, never held whole. */
export function* repeated(chunk: string, count: number): Iterable<Buffer> {
  const bytes = Buffer.from(chunk);
  for (let i = 0; i < count; i++) yield bytes;
}
