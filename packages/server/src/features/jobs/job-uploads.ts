import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Db, withTenant } from '../../db/database';
import { activeInputFiles } from './job.repository';

/** Removes `file` if it is an upload (a file directly in `uploadsDir`); anything else is left alone. */
export async function removeUpload(uploadsDir: string, file: unknown): Promise<void> {
  if (typeof file !== 'string') return;
  const resolved = path.resolve(file);
  if (path.dirname(resolved) !== path.resolve(uploadsDir)) return;
  await rm(resolved, { force: true });
}

/**
 * Removes uploads that no queued or running job needs: those of imports interrupted by a crash or
 * a stop (they hold personal data). Runs at start, after the dead processes' jobs were failed.
 * When other live processes share the folder, a file younger than `keepRecentMs` may be an upload
 * whose job is being created right now, so it stays for the next start.
 */
export async function removeLeftoverUploads(
  db: Db,
  tenantIds: number[],
  uploadsDir: string,
  options: { keepRecentMs?: number; now?: Date } = {},
): Promise<string[]> {
  const names = await readdir(uploadsDir).catch(() => [] as string[]);
  if (names.length === 0) return [];
  const needed = new Set<string>();
  for (const tenantId of tenantIds) {
    const files = await withTenant(db, tenantId, activeInputFiles);
    for (const file of files) needed.add(path.resolve(file));
  }
  const removed: string[] = [];
  const now = (options.now ?? new Date()).getTime();
  for (const name of names) {
    const file = path.resolve(uploadsDir, name);
    if (needed.has(file)) continue;
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) continue;
    if (options.keepRecentMs && now - info.mtimeMs < options.keepRecentMs) continue;
    await rm(file, { force: true });
    removed.push(name);
  }
  return removed;
}
