import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../config';
import { migrationFiles } from './migrate';
import { CHECKSUMS_FILE, readRecordedChecksums, recordChecksums } from './migration-checksums';

/**
 * Records the checksums of new migrations in migrations/checksums.json (`npm run migrations:record
 * -w @jenjang/server`). A migration already on the branch `main` (JENJANG_RELEASE_BRANCH) is
 * released: its checksum is never rewritten here.
 */
const RELEASE_BRANCH = process.env.JENJANG_RELEASE_BRANCH ?? 'main';

function isReleased(name: string): boolean {
  const file = path.relative(REPO_ROOT, path.join(path.dirname(CHECKSUMS_FILE), name));
  try {
    execFileSync('git', ['cat-file', '-e', `${RELEASE_BRANCH}:${file}`], { cwd: REPO_ROOT, stdio: 'ignore' });
    return true;
  } catch (error) {
    // Not in that branch (git exits 128); without git at all, treat everything as released.
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

const { checksums, refused } = recordChecksums(
  await migrationFiles(),
  await readRecordedChecksums(),
  isReleased,
);
await writeFile(CHECKSUMS_FILE, `${JSON.stringify(checksums, null, 2)}\n`);
for (const name of refused) {
  console.error(
    `${name} is released (on ${RELEASE_BRANCH}) and was edited: its checksum stays; restore the file.`,
  );
}
console.log(`${path.relative(REPO_ROOT, CHECKSUMS_FILE)}: ${Object.keys(checksums).length} migrations`);
process.exit(refused.length > 0 ? 1 : 0);
