import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, REPO_ROOT } from './config';
import { loadServerSecret, SECRET_FILE } from './server-secret';

const run = promisify(execFile);
const dirs: string[] = [];
async function freshDir() {
  const dir = await mkdtemp(path.join(tmpdir(), 'jenjang-secret-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('the server secret', () => {
  it('takes JENJANG_SECRET when set and refuses a short one', async () => {
    const dir = await freshDir();
    const secret = 'k'.repeat(40);
    expect(loadConfig({ JENJANG_SECRET: secret, JENJANG_DATA_DIR: dir }).serverSecret).toEqual(
      Buffer.from(secret),
    );
    expect(() => loadConfig({ JENJANG_SECRET: 'pendek', JENJANG_DATA_DIR: dir })).toThrow(/at least 32/);
    await expect(stat(path.join(dir, SECRET_FILE))).rejects.toThrow();
  });

  it('otherwise makes a random key once in the data directory, readable by its owner only', async () => {
    const dir = await freshDir();
    const first = loadServerSecret(undefined, path.join(dir, 'data'));
    const file = path.join(dir, 'data', SECRET_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadServerSecret(undefined, path.join(dir, 'data'))).toEqual(first);
    expect(loadServerSecret(undefined, await freshDir())).not.toEqual(first);
    // The file's text is the same key as JENJANG_SECRET: several processes can share it that way.
    const text = (await readFile(file, 'utf8')).trim();
    expect(loadServerSecret(text, await freshDir())).toEqual(first);
  });

  it('refuses a damaged key file rather than replace it (the counters would silently reset)', async () => {
    const dir = await freshDir();
    await writeFile(path.join(dir, SECRET_FILE), 'abc\n');
    expect(() => loadServerSecret(undefined, dir)).toThrow(/damaged/);
  });

  it('gives processes starting together on one data directory the same key', async () => {
    const dir = await freshDir();
    const script =
      `import { loadServerSecret } from ${JSON.stringify(path.join(import.meta.dirname, 'server-secret.ts'))};` +
      `process.stdout.write(loadServerSecret(undefined, ${JSON.stringify(dir)}).toString('hex'));`;
    const tsx = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
    const keys = await Promise.all(
      Array.from({ length: 4 }, () => run(tsx, ['-e', script]).then((r) => r.stdout)),
    );
    expect(new Set(keys).size).toBe(1);
    expect(Buffer.from(keys[0]!, 'hex')).toEqual(loadServerSecret(undefined, dir));
  });
});
