import type { EvidenceFileType } from '@jenjang/domain/policies/indicator.contract';

// An evidence file's type, decided by its bytes alone: never by its name or the type the browser
// declared. Each type is recognised by its signature at the start and by how it must end, so an
// HTML page or a zip named ".pdf" is refused, and so is a file cut off in the middle.

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP_LOCAL = Buffer.from('PK\x03\x04', 'latin1');
const ZIP_END = Buffer.from('PK\x05\x06', 'latin1');
/** The end-of-central-directory record and the longest comment a zip may carry after it. */
const ZIP_TAIL = 22 + 0xffff;

function tail(bytes: Buffer, length: number): Buffer {
  return bytes.subarray(Math.max(0, bytes.length - length));
}

export function sniffEvidence(bytes: Buffer): EvidenceFileType | null {
  if (bytes.length < 16) return null;
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    return tail(bytes, 1024).includes('%%EOF') ? 'pdf' : null;
  }
  if (bytes.subarray(0, 8).equals(PNG)) {
    return bytes.subarray(12, 16).toString('latin1') === 'IHDR' && tail(bytes, 12).includes('IEND')
      ? 'png'
      : null;
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return tail(bytes, 64).includes(Buffer.from([0xff, 0xd9])) ? 'jpeg' : null;
  }
  if (bytes.subarray(0, 4).equals(ZIP_LOCAL)) {
    const end = tail(bytes, ZIP_TAIL);
    // A workbook's central directory names its workbook part; a .docx or a plain zip does not.
    return end.includes(ZIP_END) && bytes.includes('[Content_Types].xml') && bytes.includes('xl/workbook.xml')
      ? 'xlsx'
      : null;
  }
  return null;
}

/** The extensions a file of each type may be named with. */
export const EVIDENCE_EXTENSIONS: Record<EvidenceFileType, readonly string[]> = {
  pdf: ['pdf'],
  xlsx: ['xlsx'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
};

export const EVIDENCE_CONTENT_TYPES: Record<EvidenceFileType, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

/** A file name as kept: its last path segment, without control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const kept = [...base].filter((c) => c !== '"' && c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f);
  return kept.join('').trim().slice(-200);
}

/** A Content-Disposition that downloads the file under its own name, any script in it readable. */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9._ -]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
