import { JobProblem } from '../jobs/job-outcome';
import type { ImportLimits } from './import-limits';
import { parseXml } from './xml-events';
import type { ZipParts } from './zip-parts';

// An XLSX keeps each distinct text once, in xl/sharedStrings.xml, and cells name them by index, so
// the whole table must be at hand while the sheet is read. It is held as UTF-8 in 1 MB slabs with
// two numbers per text: memory is the bytes counted against the limit plus 8 bytes a text, not
// a JavaScript string (and the chunk of XML it was sliced from) per entry.

const SLAB_BYTES = 1024 * 1024;
const OFFSET_BITS = 20;
const OFFSET_MASK = SLAB_BYTES - 1;
const MB = 1024 * 1024;

export class SharedStrings {
  count = 0;
  bytes = 0;
  private readonly slabs: Buffer[] = [];
  private used = SLAB_BYTES;
  /** Slab index << 20 | offset in the slab, then the length in bytes, per text. */
  private places = new Uint32Array(4096);
  private lengths = new Uint32Array(4096);

  add(text: string): void {
    const length = Buffer.byteLength(text);
    if (this.used + length > SLAB_BYTES) {
      // A text longer than a slab (only with a raised cell limit) gets a slab of its own at offset 0.
      this.slabs.push(Buffer.allocUnsafe(Math.max(SLAB_BYTES, length)));
      this.used = 0;
    }
    const slab = this.slabs.length - 1;
    (this.slabs[slab] as Buffer).write(text, this.used, 'utf8');
    if (this.count === this.places.length) this.grow();
    this.places[this.count] = ((slab << OFFSET_BITS) | this.used) >>> 0;
    this.lengths[this.count] = length;
    this.used += length;
    this.bytes += length;
    this.count++;
  }

  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    const place = this.places[index] as number;
    const offset = place & OFFSET_MASK;
    const slab = this.slabs[place >>> OFFSET_BITS] as Buffer;
    return slab.toString('utf8', offset, offset + (this.lengths[index] as number));
  }

  private grow(): void {
    const places = new Uint32Array(this.places.length * 2);
    places.set(this.places);
    this.places = places;
    const lengths = new Uint32Array(this.lengths.length * 2);
    lengths.set(this.lengths);
    this.lengths = lengths;
  }
}

/** Excel writes characters XML cannot carry as _xHHHH_ (and a literal "_x" as _x005F_x). */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

function tooManyStrings(limits: ImportLimits): JobProblem {
  return new JobProblem('import.xlsx.tooManyStrings', { limit: limits.xlsxMaxSharedStrings });
}

/**
 * Reads the shared-strings part, up to the text of index `upTo` when given (the upload's first
 * look needs only those its first rows name). Every bound is checked as the texts arrive.
 */
export async function loadSharedStrings(
  parts: ZipParts,
  name: string,
  limits: ImportLimits,
  upTo = Number.POSITIVE_INFINITY,
): Promise<SharedStrings> {
  const strings = new SharedStrings();
  let text: string | null = null;
  let inText = false;
  let phonetic = false;
  const handlers = {
    open(tag: string, attributes: Record<string, string>) {
      if (tag === 'si') text = '';
      else if (tag === 't') inText = text !== null && !phonetic;
      else if (tag === 'rPh') phonetic = true;
      else if (tag === 'sst' && Number(attributes.uniqueCount) > limits.xlsxMaxSharedStrings) {
        throw tooManyStrings(limits);
      }
    },
    text(value: string) {
      if (!inText || text === null) return;
      text += value;
      if (text.length > limits.maxCellChars) {
        throw new JobProblem('import.xlsx.textTooLong', { limit: limits.maxCellChars });
      }
    },
    close(tag: string) {
      if (tag === 't') inText = false;
      else if (tag === 'rPh') phonetic = false;
      else if (tag === 'si' && text !== null) {
        if (strings.count >= limits.xlsxMaxSharedStrings) throw tooManyStrings(limits);
        strings.add(unescapeOoxml(text));
        if (strings.bytes > limits.xlsxMaxSharedStringBytes) {
          throw new JobProblem('import.xlsx.stringsTooLarge', {
            limit: Math.round(limits.xlsxMaxSharedStringBytes / MB),
          });
        }
        text = null;
      }
    },
  };
  for await (const _ of parseXml(parts.read(name), handlers)) {
    if (strings.count > upTo) break;
  }
  return strings;
}
