import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The server's own secret: the key of the keyed hashes (HMAC) it keeps instead of names and
// addresses. A plain hash of a login, an account id or an IP address is reversed by trying every
// candidate; with a key nobody outside the server holds, it is not.

/** Shorter than this is refused: a key is only as strong as its guessable part. */
export const SECRET_MIN_LENGTH = 32;
export const SECRET_FILE = 'secret.key';

/**
 * JENJANG_SECRET when set; otherwise `<dataDir>/secret.key`, made once with 32 random bytes.
 * The file holds text that works as JENJANG_SECRET as it is, so a deployment that grows to several
 * processes can copy it into their environment and keep its counters.
 */
export function loadServerSecret(fromEnv: string | undefined, dataDir: string): Buffer {
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.trim().length < SECRET_MIN_LENGTH) {
      throw new Error(
        `JENJANG_SECRET must be at least ${SECRET_MIN_LENGTH} characters (e.g. openssl rand -base64 32)`,
      );
    }
    return Buffer.from(fromEnv.trim(), 'utf8');
  }
  return Buffer.from(readOrCreate(path.join(dataDir, SECRET_FILE)), 'utf8');
}

function readOrCreate(file: string): string {
  const existing = readKey(file);
  if (existing !== null) return existing;
  mkdirSync(path.dirname(file), { recursive: true });
  // Written whole under a name of its own, then linked into place: link() fails if the file
  // exists, so of two processes starting together the first one's key wins and both read it;
  // neither can read a half-written file.
  const draft = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(draft, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  const key = readKey(file);
  if (key === null) throw new Error(`${file} could not be created`);
  return key;
}

function readKey(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const key = text.trim();
  if (key.length < SECRET_MIN_LENGTH) {
    throw new Error(
      `${file} is damaged (shorter than ${SECRET_MIN_LENGTH} characters): restore it from a backup, or set JENJANG_SECRET`,
    );
  }
  return key;
}
