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
