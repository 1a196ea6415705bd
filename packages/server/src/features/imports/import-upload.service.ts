import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Actor } from '@jenjang/domain/access';
import type { Config } from '../../config';
import { ProblemError } from '../../http/problem';
import type { JobRunner } from '../jobs/job-runner';
import { sniffFileType } from './file-reader';
import { EMPLOYEE_IMPORT_JOB, type ImportInput } from './import.service';

const MB = 1024 * 1024;

export interface Upload {
  filename: string;
  file: Readable & { truncated?: boolean };
}

function tooLarge(config: Pick<Config, 'importMaxBytes'>) {
  return new ProblemError(413, 'import.tooLarge', {
    limit: Math.round((config.importMaxBytes / MB) * 100) / 100,
  });
}

async function saveUpload(config: Config, upload: Upload): Promise<string> {
  const dir = path.join(config.dataDir, 'uploads');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const target = path.join(dir, randomUUID());
  try {
    await pipeline(upload.file, createWriteStream(target, { mode: 0o600 }));
  } catch (error) {
    await rm(target, { force: true });
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(config);
    throw error;
  }
  // @fastify/multipart stops at the size limit and marks the stream truncated.
  if (upload.file.truncated) {
    await rm(target, { force: true });
    throw tooLarge(config);
  }
  return target;
}

/**
 * Stores an uploaded file and queues its import. What is clearly wrong (empty, not CSV/XLSX) is
 * refused now, while the user still waits for the answer; everything else is the job's to find.
 */
export async function acceptUpload(deps: { config: Config; jobs: JobRunner }, actor: Actor, upload: Upload) {
  const target = await saveUpload(deps.config, upload);
  const type = await sniffFileType(target);
  if (type.kind === 'empty' || type.kind === 'unsupported') {
    await rm(target, { force: true });
    if (type.kind === 'empty') throw new ProblemError(400, 'import.empty');
    throw new ProblemError(415, type.legacyExcel ? 'import.legacyExcel' : 'import.unsupported', {
      name: upload.filename,
    });
  }
  const input: ImportInput = { file: target, name: upload.filename, removeWhenDone: true };
  return deps.jobs.enqueue(actor.tenantId, actor.accountId, EMPLOYEE_IMPORT_JOB, input);
}
