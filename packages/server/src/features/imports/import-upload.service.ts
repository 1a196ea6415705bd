import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Actor } from '@jenjang/domain/shared/access';
import type { Config } from '../../config';
import { type Db, withTenant } from '../../db/database';
import { ProblemError } from '../../http/problem';
import { JobProblem } from '../jobs/job-outcome';
import type { JobRunner } from '../jobs/job-runner';
import { SheetReader, sniffFileType } from './file-reader';
import { findImportJob } from './import.repository';
import { auditImportRefused } from './import-audit';
import { type ImportInput, type ImportKind, mayImport } from './import-pipeline';

const MB = 1024 * 1024;
/** Reader problems that mean "too big once opened": 413 like a file over the upload limit. */
const TOO_LARGE_KEYS = new Set([
  'import.xlsx.tooLarge',
  'import.xlsx.tooManyStrings',
  'import.xlsx.stringsTooLarge',
  'import.xlsx.tooManyEntries',
]);

export interface Upload {
  filename: string;
  file: Readable & { truncated?: boolean };
}

type UploadDeps = { config: Config; jobs: JobRunner; db: Db };

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

function asProblem(error: unknown): unknown {
  if (!(error instanceof JobProblem)) return error;
  return new ProblemError(TOO_LARGE_KEYS.has(error.key) ? 413 : 400, error.key, error.params);
}

/**
 * A first look before the job is queued: the file's type by its bytes, then (reading only the
 * first rows) a recognisable header and at least one data row. Every refusal the user can act on
 * comes now, while they still wait for the answer; what a first look cannot see is the job's.
 */
async function firstLook(
  file: string,
  name: string,
  limits: Config['importLimits'],
  kind: ImportKind<unknown>,
) {
  const type = await sniffFileType(file);
  if (type.kind === 'empty') throw new ProblemError(400, 'import.empty');
  if (type.kind === 'unsupported') {
    throw new ProblemError(415, type.legacyExcel ? 'import.legacyExcel' : 'import.unsupported', { name });
  }
  const reader = await SheetReader.openFirstRows(file, type, limits);
  try {
    const header = await reader.header((values) => kind.header(values));
    const hasRow = header && 'row' in header && !(await reader.rows(header.match.columnIndex).next()).done;
    // An XLSX's first look reads its first rows only: what it did not find may come later.
    if (hasRow || reader.stoppedShort) return;
    if (header === null) throw new ProblemError(400, 'import.empty');
    if ('rejected' in header) throw new ProblemError(400, kind.noHeaderKey);
    throw new ProblemError(400, 'import.headerOnly');
  } finally {
    await reader.close();
  }
}

/**
 * Stores an uploaded file and queues its import; returns the queued job's row. The saved file is
 * deleted on every way out but the queued job (which deletes it when done); every refusal is
 * audited with its reason.
 */
export async function acceptUpload(
  deps: UploadDeps,
  actor: Actor,
  upload: Upload,
  kind: ImportKind<unknown>,
) {
  const jobId = await queueUpload(deps, actor, upload, kind);
  const job = await withTenant(deps.db, actor.tenantId, (tx) => findImportJob(tx, jobId, kind.job));
  if (!job) throw new Error(`job ${jobId} vanished after enqueue`);
  return job;
}

async function queueUpload(deps: UploadDeps, actor: Actor, upload: Upload, kind: ImportKind<unknown>) {
  try {
    // Before reading a byte: an actor whose reach is narrower than the file's stops here.
    if (!mayImport(actor, kind)) {
      upload.file.resume();
      throw new ProblemError(403, 'import.outOfReach');
    }
    const target = await saveUpload(deps.config, upload);
    try {
      await firstLook(target, upload.filename, deps.config.importLimits, kind).catch((error) => {
        throw asProblem(error);
      });
      const input: ImportInput = { file: target, name: upload.filename, removeWhenDone: true };
      return await deps.jobs.enqueue(actor.tenantId, actor.accountId, kind.job, input);
    } catch (error) {
      await rm(target, { force: true });
      throw error;
    }
  } catch (error) {
    if (error instanceof ProblemError) {
      await auditImportRefused(deps.db, actor, kind.job, upload.filename, error.key);
    }
    throw error;
  }
}
