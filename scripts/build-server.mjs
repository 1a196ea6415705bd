#!/usr/bin/env node
// Builds the server and the `jenjang` command line into packages/server/dist as plain JavaScript,
// so production runs `node` on compiled files instead of compiling TypeScript at every start (tsx).
//
// esbuild, not tsc: @jenjang/domain is a workspace package whose exports point at its .ts sources,
// which Node 20 cannot load; bundling takes its code (and its i18n JSON) into the output, while
// every npm dependency stays an ordinary import of node_modules. The bundles sit directly in dist/,
// as deep as src/ is, so what the sources resolve from their own folder (the repository root in
// config.ts) resolves the same; the migrations' SQL is copied beside them (db/migrate.ts reads
// <its folder>/migrations).
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const serverDir = path.resolve(import.meta.dirname, '../packages/server');
const out = path.join(serverDir, 'dist');
const esbuild = createRequire(path.join(serverDir, 'package.json'))('esbuild');

/** Workspace packages are bundled; everything else from node_modules is imported at run time. */
const dependenciesStayExternal = {
  name: 'dependencies-stay-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@jenjang/') ? undefined : { path: args.path, external: true },
    );
  },
};

try {
  await esbuild.build({
    absWorkingDir: serverDir,
    entryPoints: { main: 'src/main.ts', jenjang: 'src/cli/jenjang.ts' },
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    sourcemap: true,
    // One file per entry point: a rebuild beside a running server never removes a chunk it may load.
    splitting: false,
    plugins: [dependenciesStayExternal],
    logLevel: 'warning',
  });
} catch {
  process.exit(1);
}
const migrations = path.join(serverDir, 'src/db/migrations');
rmSync(path.join(out, 'migrations'), { recursive: true, force: true });
mkdirSync(path.join(out, 'migrations'), { recursive: true });
for (const name of readdirSync(migrations).filter((file) => file.endsWith('.sql'))) {
  copyFileSync(path.join(migrations, name), path.join(out, 'migrations', name));
}
console.log(`server built into ${path.relative(process.cwd(), out)} (main.js, jenjang.js, migrations/)`);
