import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildId, KEEP, swapIn } from '../../../../scripts/web-swap.mjs';
import { createTestContext, type TestContext } from '../../test/harness';

let webDir = '';
let ctx: TestContext | undefined;
afterAll(async () => {
  await ctx?.close();
  if (webDir) await rm(webDir, { recursive: true, force: true });
});

/** A build as vite leaves it: an index naming its hashed script. */
async function fakeBuild(id: string, name: string) {
  const dir = path.join(webDir, 'builds', id);
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), `<script src="/assets/${name}.js"></script>`);
  await writeFile(path.join(dir, 'assets', `${name}.js`), `console.log('${name}')`);
}

describe('serving the web app across a rebuild', () => {
  it('follows the swap at once and still serves the assets of the builds before it', async () => {
    webDir = await mkdtemp(path.join(tmpdir(), 'jenjang-web-'));
    // A dist folder from before builds were swapped.
    await mkdir(path.join(webDir, 'dist', 'assets'), { recursive: true });
    await writeFile(path.join(webDir, 'dist', 'index.html'), '<script src="/assets/old.js"></script>');
    await writeFile(path.join(webDir, 'dist', 'assets', 'old.js'), "console.log('old')");
    const first = buildId(1);
    await fakeBuild(first, 'first');
    swapIn(webDir, first);

    ctx = await createTestContext({ webDist: path.join(webDir, 'dist') });
    const get = (url: string) => ctx!.app.inject({ method: 'GET', url });
    expect((await get('/')).body).toContain('first.js');
    expect((await get('/assets/old.js')).statusCode).toBe(200);

    const second = buildId(2);
    await fakeBuild(second, 'second');
    swapIn(webDir, second);
    expect((await get('/some/client/route')).body).toContain('second.js');
    const earlier = await get('/assets/first.js');
    expect(earlier.statusCode).toBe(200);
    expect(earlier.body).toContain("'first'");
    expect((await get('/assets/second.js')).headers['cache-control']).toContain('immutable');

    // Older builds go; the one served never does.
    for (let n = 3; n <= 5; n++) {
      await fakeBuild(buildId(n), `build${n}`);
      swapIn(webDir, buildId(n));
    }
    expect(await readdir(path.join(webDir, 'builds'))).toHaveLength(KEEP);
    expect(existsSync(path.join(webDir, 'builds', buildId(5)))).toBe(true);
    expect((await get('/')).body).toContain('build5.js');
    expect((await get('/assets/build3.js')).statusCode).toBe(200);
  });
});
