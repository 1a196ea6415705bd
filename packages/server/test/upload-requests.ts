import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { withTenant } from '../src/db/database';
import type { LoggedIn } from './factories/account.factory';
import type { TestContext } from './harness';

// Uploads as a browser sends them (multipart/form-data), and what an upload leaves behind.

export function multipart(fileName: string, content: Buffer, field = 'file') {
  const boundary = `----jenjang${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export function uploadFile(
  context: TestContext,
  auth: LoggedIn,
  fileName: string,
  content: Buffer,
  options: { url?: string; locale?: 'id' | 'en' } = {},
) {
  const body = multipart(fileName, content);
  return context.app.inject({
    method: 'POST',
    url: options.url ?? '/api/v1/imports/employees',
    payload: body.payload,
    headers: { ...auth.headers, ...body.headers, 'accept-language': options.locale ?? 'id' },
  });
}

/** The job of an accepted upload, once it has run, as GET /jobs/:id shows it. */
export async function jobOf(context: TestContext, auth: LoggedIn, jobId: string, locale: 'id' | 'en' = 'id') {
  await context.jobs.idle();
  const response = await context.app.inject({
    method: 'GET',
    url: `/api/v1/jobs/${jobId}`,
    headers: { ...auth.headers, 'accept-language': locale },
  });
  return response.json();
}

/** Files left in the uploads folder (none once every request and job is done). */
export async function uploadsLeft(context: TestContext): Promise<string[]> {
  await context.jobs.idle();
  return readdir(path.join(context.config.dataDir, 'uploads')).catch(() => []);
}

export function auditEntries(context: TestContext, tenantId: number, action: string) {
  return withTenant(context.db, tenantId, (tx) =>
    tx
      .selectFrom('audit_log')
      .select(['actor_account_id', 'entity', 'entity_id', 'data'])
      .where('action', '=', action)
      .orderBy('seq')
      .execute(),
  );
}

/** Uploads a file to /imports/<kind>, expects it accepted, and answers its job once it has run. */
export async function importAs(
  context: TestContext,
  auth: LoggedIn,
  kind: string,
  content: Buffer | string,
  fileName = `${kind}.csv`,
) {
  const response = await uploadFile(context, auth, fileName, Buffer.from(content), {
    url: `/api/v1/imports/${kind}`,
  });
  if (response.statusCode !== 202) throw new Error(`upload refused: ${response.statusCode} ${response.body}`);
  return jobOf(context, auth, response.json().id);
}

/** The issues an import's report lists, in the reader's language. */
export async function importIssues(context: TestContext, auth: LoggedIn, jobId: string, locale = 'id') {
  const response = await context.app.inject({
    method: 'GET',
    url: `/api/v1/imports/${jobId}/issues`,
    headers: { ...auth.headers, 'accept-language': locale },
  });
  return response.json().items as {
    rowNumber: number;
    severity: string;
    column: string;
    value: string;
    message: string;
  }[];
}
