import type { FastifyRequest } from 'fastify';
import { nulRefusal } from './nul-guard';
import { ProblemError } from './problem';

/** A file as uploaded: the name the browser gave and its bytes, not yet checked. */
export interface Upload {
  name: string;
  content: Buffer;
}

/**
 * A multipart form of text fields and at most one file (field `file`), read up to `maxBytes`; past
 * it, `tooLarge()` and nothing kept. A file input left empty is no file. A form of another shape is
 * refused with `formError` (a problem key).
 */
export async function uploadForm(
  request: FastifyRequest,
  options: { maxBytes: number; formError: string; tooLarge: () => ProblemError },
) {
  const refused = () => new ProblemError(400, options.formError);
  if (!request.isMultipart()) throw refused();
  const fields: Record<string, string> = {};
  let upload: Upload | null = null;
  try {
    const parts = request.parts({
      limits: { fileSize: options.maxBytes, files: 1, fields: 10, fieldSize: 16_384 },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (part.fieldname !== 'file') throw refused();
        if (part.filename.includes('\0')) throw nulRefusal('file/filename');
        if (content.length > 0 || part.filename !== '') upload = { name: part.filename, content };
      } else if (part.valueTruncated) {
        throw refused();
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw options.tooLarge();
    if (code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT')
      throw refused();
    throw error;
  }
  return { fields, upload };
}
