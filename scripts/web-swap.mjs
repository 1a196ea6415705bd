// The swap behind scripts/build-web.mjs, apart so the server's tests can run it without building.
import { existsSync, lstatSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** Builds kept: the one served and the two before it, whose assets pages opened earlier still load. */
export const KEEP = 3;

/** A new build's folder name, sortable by age: the time in base 36, then the process. */
export function buildId(now = Date.now()) {
  return `${now.toString(36).padStart(9, '0')}-${process.pid}`;
}

/**
 * Points `<webDir>/dist` at `<webDir>/builds/<id>` by renaming a new symlink over the old one, an
 * atomic step: a request sees the old build or the new one, never none. A dist folder from before
 * builds were swapped becomes the oldest build. Then removes builds beyond KEEP, never the one served.
 */
export function swapIn(webDir, id) {
  const builds = path.join(webDir, 'builds');
  const dist = path.join(webDir, 'dist');
  const current = lstatSync(dist, { throwIfNoEntry: false });
  if (current && !current.isSymbolicLink()) renameSync(dist, path.join(builds, `000000000-${id}-before`));
  const link = `${dist}.${id}.tmp`;
  symlinkSync(path.join('builds', id), link);
  renameSync(link, dist);

  const live = path.resolve(webDir, readlinkSync(dist));
  const old = readdirSync(builds)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .reverse()
    .slice(KEEP)
    .map((name) => path.join(builds, name))
    .filter((folder) => folder !== live && existsSync(folder));
  for (const folder of old) rmSync(folder, { recursive: true, force: true });
}
