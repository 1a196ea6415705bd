import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import yauzl from 'yauzl';
import { JobProblem } from '../jobs/job-outcome';

// The parts of an XLSX, read from the zip's central directory (random access to the saved upload,
// so parts are read in the order the reader needs, never spooled to temporary files). Every byte
// inflated is counted as it comes out of zlib: a part that inflates past what its directory entry
// claims is refused as broken, and all parts together may not inflate past the budget.

const MB = 1024 * 1024;
/** Raw-deflate and stored are what spreadsheet programs write; anything else is not a workbook. */
const STORED = 0;
const DEFLATED = 8;

export interface ZipLimits {
  maxEntries: number;
  maxInflatedBytes: number;
}

/** The upload is a zip, but not one this reader will open (damaged, encrypted, odd). */
export function brokenWorkbook(): JobProblem {
  return new JobProblem('import.xlsx.broken');
}

export function inflatedTooLarge(limits: ZipLimits): JobProblem {
  return new JobProblem('import.xlsx.tooLarge', { limit: Math.round(limits.maxInflatedBytes / MB) });
}

export class ZipParts {
  /** Bytes inflated so far, over every part read. */
  inflated = 0;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly limits: ZipLimits,
  ) {}

  /** Lists the entries (at most `maxEntries`); names are matched case-insensitively, as OPC wants. */
  static async open(file: string, limits: ZipLimits): Promise<ZipParts> {
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.openPromise(file, { autoClose: false, strictFileNames: false });
    } catch {
      throw brokenWorkbook();
    }
    try {
      if (zip.entryCount > limits.maxEntries) {
        throw new JobProblem('import.xlsx.tooManyEntries', {
          count: zip.entryCount,
          limit: limits.maxEntries,
        });
      }
      const entries = new Map<string, yauzl.Entry>();
      for await (const entry of zip.eachEntry()) {
        const name = entry.fileName.toLowerCase();
        // Two entries of one name are how a file shows one reader something else than another.
        if (entries.has(name)) throw brokenWorkbook();
        entries.set(name, entry);
      }
      return new ZipParts(zip, entries, limits);
    } catch (error) {
      zip.close();
      throw error instanceof JobProblem ? error : brokenWorkbook();
    }
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The bytes the part's directory entry claims, 0 when absent; reading holds it to that. */
  declaredSize(name: string): number {
    return this.entries.get(name.toLowerCase())?.uncompressedSize ?? 0;
  }

  compressedSize(name: string): number {
    return this.entries.get(name.toLowerCase())?.compressedSize ?? 0;
  }

  /** Refuses at once when the declared sizes of the parts to read already exceed the budget. */
  checkDeclared(names: readonly string[]): void {
    const total = names.reduce((sum, name) => sum + this.declaredSize(name), 0);
    if (total > this.limits.maxInflatedBytes) throw inflatedTooLarge(this.limits);
  }

  /**
   * The part's inflated bytes, chunk by chunk (zlib's 16 KB, pulled one at a time). `maxBytes`
   * caps this part on top of the budget; `onCompressed` hears of the raw bytes read (progress).
   */
  async *read(
    name: string,
    options: { maxBytes?: number; onCompressed?: (bytes: number) => void } = {},
  ): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) throw brokenWorkbook();
    const method = entry.compressionMethod;
    if (entry.isEncrypted() || (method !== STORED && method !== DEFLATED)) throw brokenWorkbook();
    const cap = Math.min(options.maxBytes ?? Number.POSITIVE_INFINITY, this.limits.maxInflatedBytes);
    if (
      entry.uncompressedSize > cap ||
      this.inflated + entry.uncompressedSize > this.limits.maxInflatedBytes
    ) {
      throw inflatedTooLarge(this.limits);
    }
    let raw: Readable;
    try {
      raw = await this.zip.openReadStreamPromise(entry, { decodeFileData: false });
    } catch {
      throw brokenWorkbook();
    }
    if (options.onCompressed) {
      const onCompressed = options.onCompressed;
      raw.on('data', (chunk: Buffer) => onCompressed(chunk.length));
    }
    const inflate = method === DEFLATED ? createInflateRaw() : null;
    const source: Readable = inflate ? raw.pipe(inflate) : raw;
    if (inflate) raw.on('error', (error) => inflate.destroy(error));
    let size = 0;
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        size += chunk.length;
        this.inflated += chunk.length;
        // More than the entry declared: a lying header, the classic way past size checks.
        if (size > entry.uncompressedSize) throw brokenWorkbook();
        if (this.inflated > this.limits.maxInflatedBytes) throw inflatedTooLarge(this.limits);
        yield chunk;
      }
      if (size !== entry.uncompressedSize) throw brokenWorkbook();
    } catch (error) {
      throw error instanceof JobProblem ? error : brokenWorkbook();
    } finally {
      // yauzl: unpipe before destroying a read stream it handed out.
      if (inflate) raw.unpipe(inflate);
      raw.destroy();
      inflate?.destroy();
    }
  }

  close(): void {
    this.zip.close();
  }
}
