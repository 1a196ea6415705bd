import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder to serve an `assets/…` file from: the build being served (`webDist`, a symlink that
 * `scripts/build-web.mjs` swaps), else one of the previous builds it keeps beside it, so a page
 * opened before a swap still loads the hashed files it names. Null when no build has the file.
 */
export function assetRoot(webDist: string, file: string): string | null {
  if (existsSync(path.join(webDist, file))) return webDist;
  const builds = path.join(path.dirname(webDist), 'builds');
  if (!existsSync(builds)) return null;
  for (const name of readdirSync(builds).sort().reverse()) {
    const root = path.join(builds, name);
    if (existsSync(path.join(root, file))) return root;
  }
  return null;
}
