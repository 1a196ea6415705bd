import { inflateSync } from 'node:zlib';

// The words of a PDF as a reader's eyes would take them, for tests: each content stream inflated,
// each text-showing operator (Tj, TJ) decoded from Windows-1252, the standard fonts' encoding (the
// only fonts our documents use, see src/http/pdf.ts). Whitespace is collapsed, so a phrase matches
// across a line break.

/** Windows-1252's bytes 0x80–0x9f that are not Latin-1: quotation marks, dashes, the bullet. */
const CP1252: Record<number, string> = {
  128: '€',
  130: '‚',
  132: '„',
  133: '…',
  134: '†',
  135: '‡',
  137: '‰',
  138: 'Š',
  139: '‹',
  140: 'Œ',
  142: 'Ž',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  153: '™',
  154: 'š',
  155: '›',
  156: 'œ',
  158: 'ž',
  159: 'Ÿ',
};

const decodeHex = (hex: string) =>
  (hex.match(/../g) ?? [])
    .map((pair) => {
      const code = Number.parseInt(pair, 16);
      return CP1252[code] ?? String.fromCharCode(code);
    })
    .join('');

function streams(bytes: Buffer): string[] {
  const raw = bytes.toString('latin1');
  const found: string[] = [];
  const start = /stream\r?\n/g;
  for (let match = start.exec(raw); match; match = start.exec(raw)) {
    const from = match.index + match[0].length;
    const to = raw.indexOf('endstream', from);
    if (to < 0) break;
    const data = bytes.subarray(from, to);
    try {
      found.push(inflateSync(data).toString('latin1'));
    } catch {
      found.push(data.toString('latin1'));
    }
    start.lastIndex = to + 'endstream'.length;
  }
  return found;
}

export function pdfText(bytes: Buffer): string {
  const lines: string[] = [];
  const operators = /\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
  for (const content of streams(bytes)) {
    for (const op of content.matchAll(operators)) {
      if (op[2] !== undefined) lines.push(decodeHex(op[2]));
      else
        lines.push(
          [...(op[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => decodeHex(m[1] ?? '')).join(''),
        );
    }
  }
  return lines.join('\n').replace(/\s+/g, ' ');
}
