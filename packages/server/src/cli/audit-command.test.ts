import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../test/harness';
import { REPO_ROOT } from '../config';
import { withTenant } from '../db/database';
import { appendAudit } from '../features/audit/audit.repository';
import { parseAnchors } from '../features/audit/audit-anchor';

// Anchoring the audit chain as an operator does it, through npm: the README once said
// `npm run jenjang -- audit head >> anchors.jsonl`, which also appends npm's "> jenjang@0.1.0 …"
// banner, and `audit verify --anchor` then refused the file ("baris 2 tidak terbaca").

let ctx: TestContext;
let dir: string;

beforeAll(async () => {
  ctx = await createTestContext({ demoData: false });
  dir = await mkdtemp(path.join(tmpdir(), 'jenjang-anchors-'));
  for (const name of ['Kota Anjungan', 'Kota Jangkar']) {
    const tenant = await createTenant(ctx, { name });
    await withTenant(ctx.db, tenant.id, (tx) =>
      appendAudit(tx, tenant.id, {
        actorAccountId: null,
        action: 'demo.loaded',
        entity: 'tenant',
        entityId: tenant.id,
      }),
    );
  }
});
afterAll(async () => {
  await ctx.close();
  await rm(dir, { recursive: true, force: true });
});

/** `npm run jenjang -- …` exactly as the docs write it (npm's banner included), with its exit code. */
async function jenjang(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', 'jenjang', '--', ...args], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: ctx.urls.ownerUrl,
        DATABASE_APP_URL: ctx.urls.appUrl ?? '',
        JENJANG_LANG: 'en',
      },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run jenjang -- audit head --out FILE', () => {
  it('appends only anchor lines, day after day, and audit verify --anchor accepts the file', async () => {
    const file = path.join(dir, 'jenjang-anchors.jsonl');
    const first = await jenjang('audit', 'head', '--out', file);
    expect(first.code, first.stderr).toBe(0);
    // npm still prints its banner, on standard output, where it no longer lands in the file.
    expect(first.stdout).toContain('> jenjang@');
    expect(first.stderr).toContain(`2 anchor line(s) appended to ${file}`);
    await jenjang('audit', 'head', '--out', file);

    const text = await readFile(file, 'utf8');
    const parsed = parseAnchors(text);
    expect(parsed).toEqual({ anchors: expect.any(Array) });
    expect('anchors' in parsed && parsed.anchors.length).toBe(4);
    expect(text.endsWith('\n')).toBe(true);

    const verify = await jenjang('audit', 'verify', '--anchor', file);
    expect(verify.stdout).toContain('Audit log chain intact');
    expect(verify.code).toBe(0);
  }, 120_000);

  it('says plainly when the file cannot be written, and writes nothing', async () => {
    const file = path.join(dir, 'no-such-folder', 'anchors.jsonl');
    const result = await jenjang('audit', 'head', '--out', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot write the anchor file ${file}`);
  }, 60_000);
});

describe('an anchor file as an editor may leave it', () => {
  const line = JSON.stringify({ tenant: '21.72', seq: 3, hash: 'a'.repeat(64), at: null });

  it('skips a byte-order mark, Windows line ends and blank lines', () => {
    expect(parseAnchors(`\uFEFF${line}\r\n\r\n   \r\n${line}\r\n`)).toEqual({
      anchors: [JSON.parse(line), JSON.parse(line)],
    });
  });

  it("refuses what `>>` appended from npm's banner, naming its line", () => {
    expect(
      parseAnchors(
        `\n> jenjang@0.1.0 jenjang\n> tsx packages/server/src/cli/jenjang.ts audit head\n\n${line}\n`,
      ),
    ).toEqual({
      badLine: 2,
    });
  });
});

describe('the documented anchor commands', () => {
  it.each(['README.md', 'docs/operations.md'])(
    '%s never appends `audit head` output with >>',
    async (doc) => {
      const text = await readFile(path.join(REPO_ROOT, doc), 'utf8');
      expect(text).not.toMatch(/audit head[^\n`|]*>>/);
      expect(text).toContain('audit head');
    },
  );
});
