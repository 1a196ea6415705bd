import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import { JobProblem } from '../jobs/job-outcome';
import { brokenWorkbook } from './zip-parts';

// SAX over one XLSX part with the parser's own buffers bounded. A SAX parser holds a whole text
// node, tag or comment until it ends, and an open-tag stack as deep as the nesting: a part with one
// 500 MB text, or a million nested tags, would make it hold all of that. So the bytes are checked
// before they reach it: no run between two '<' longer than MAX_RUN_BYTES (bounds every text and
// tag), no '<!' (comments, CDATA, DOCTYPE — spreadsheet parts have none, and a DTD is how entity
// bombs start), no processing instruction after the XML declaration, and no deeper nesting than
// MAX_DEPTH.

/** Longer than any cell a spreadsheet can hold (32,767 characters, each up to 10 bytes escaped). */
export const MAX_RUN_BYTES = 1024 * 1024;
const MAX_DEPTH = 64;
/** Pieces fed to the parser; a run inside one piece is at most this long, below MAX_RUN_BYTES. */
const PIECE_BYTES = 64 * 1024;
const LT = 0x3c;
const BANG = 0x21;
const QUESTION = 0x3f;

export interface XmlHandlers {
  /** Local names: 'x:row' and 'row' are both 'row'. */
  open(name: string, attributes: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

class MarkupGuard {
  private run = 0;
  private offset = 0;
  private endsWithLt = false;

  check(piece: Buffer): void {
    const first = piece.indexOf(LT);
    if (first < 0) {
      this.run += piece.length;
      if (this.run > MAX_RUN_BYTES) throw brokenWorkbook();
    } else {
      if (this.run + first > MAX_RUN_BYTES) throw brokenWorkbook();
      this.run = piece.length - piece.lastIndexOf(LT) - 1;
    }
    if (this.endsWithLt && (piece[0] === BANG || piece[0] === QUESTION)) throw brokenWorkbook();
    if (piece.indexOf('<!') >= 0) throw brokenWorkbook();
    const pi = piece.indexOf('<?');
    // The XML declaration opens the part (after a BOM at most); no other '<?' belongs in it.
    const declaration = this.offset === 0 && pi >= 0 && pi <= 3 ? pi : -1;
    if (pi >= 0 && (pi !== declaration || piece.indexOf('<?', pi + 2) >= 0)) throw brokenWorkbook();
    this.endsWithLt = piece[piece.length - 1] === LT;
    this.offset += piece.length;
  }
}

/**
 * Feeds the part to the handlers, yielding after each chunk so the caller can hand on what the
 * handlers collected. Malformed XML and every guard above end it as a broken workbook.
 */
export async function* parseXml(chunks: AsyncIterable<Buffer>, handlers: XmlHandlers): AsyncGenerator<void> {
  const parser = new SaxesParser({ position: false });
  let depth = 0;
  parser.on('opentag', (node) => {
    if (++depth > MAX_DEPTH) throw brokenWorkbook();
    handlers.open(localName(node.name), node.attributes as Record<string, string>);
  });
  parser.on('closetag', (node) => {
    depth--;
    handlers.close(localName(node.name));
  });
  parser.on('text', (text) => handlers.text(text));
  const guard = new MarkupGuard();
  const decoder = new StringDecoder('utf8');
  const feed = (text: string) => {
    try {
      parser.write(text);
    } catch (error) {
      throw error instanceof JobProblem ? error : brokenWorkbook();
    }
  };
  for await (const chunk of chunks) {
    for (let start = 0; start < chunk.length; start += PIECE_BYTES) {
      const piece = chunk.subarray(start, start + PIECE_BYTES);
      guard.check(piece);
      feed(decoder.write(piece));
    }
    yield;
  }
  feed(decoder.end());
  try {
    parser.close();
  } catch {
    throw brokenWorkbook();
  }
}
