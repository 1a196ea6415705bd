#!/usr/bin/env node
// Builds the web app into packages/web/builds/<id>, then swaps packages/web/dist (a symlink) over
// to it: a running server never serves a half-built or emptied folder (see web-swap.mjs).
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { precompress } from './precompress.mjs';
import { buildId, swapIn } from './web-swap.mjs';

const webDir = path.resolve(import.meta.dirname, '../packages/web');
const id = buildId();
const out = path.join(webDir, 'builds', id);
mkdirSync(path.dirname(out), { recursive: true });

// The web package's own vite and its two configs: the app (vite.config.ts, index.html) and the
// citizen's survey page (vite.survey.config.ts, survey.html), built apart into the same folder so
// that the page shares no chunk with the app; only the output folder differs.
const vite = await import(
  pathToFileURL(createRequire(path.join(webDir, 'package.json')).resolve('vite')).href
);
try {
  await vite.build({ root: webDir, build: { outDir: out, emptyOutDir: true } });
  await vite.build({
    root: webDir,
    configFile: path.join(webDir, 'vite.survey.config.ts'),
    build: { outDir: out, emptyOutDir: false },
  });
  // Before the swap: the build goes live with its compressed copies already beside it.
  await precompress(out);
} catch (error) {
  rmSync(out, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
swapIn(webDir, id);
console.log(`web app built into ${path.relative(process.cwd(), out)}; dist now points at it`);
