// What the answering pages keep in the browser, and why:
// - a draft of the answers per account and wave (localStorage), so an employee who leaves the page
//   on a phone finds their answers again; removed once the answers are accepted. Never for public
//   surveys, which are often answered on a shared device at a service counter.
// - an anonymous wave's ballot token (sessionStorage, this tab only) from the moment it is issued
//   until the answers are accepted: issuing it marks the invitation as answered, so a retry after a
//   network failure or a rejected answer must reuse it or the employee could never answer.
// - the public waves answered on this device (localStorage), to say so before, not after, a
//   citizen fills the form in again; the server's device cookie stays the real guard.
// Storage may be unavailable (private mode, disabled, full): every function then does nothing.

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'jenjang.survey';

export function browserStore(kind: 'local' | 'session'): KeyValueStore | null {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

function read(store: KeyValueStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(store: KeyValueStore | null, key: string, value: string | null): void {
  try {
    if (value === null) store?.removeItem(key);
    else store?.setItem(key, value);
  } catch {
    // Full or refused: the page still works, only without what would have been kept.
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const draftKey = (accountId: number, waveId: number) => `${PREFIX}.draft.${accountId}.${waveId}`;

export function readDraft(store: KeyValueStore | null, key: string): Record<string, unknown> | null {
  const raw = read(store, key);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed) || !isRecord(parsed.answers)) return null;
    return Object.keys(parsed.answers).length > 0 ? parsed.answers : null;
  } catch {
    return null;
  }
}

/** Saves the answers, or removes the draft when there are none. */
export function writeDraft(store: KeyValueStore | null, key: string, answers: Record<string, unknown>): void {
  write(store, key, Object.keys(answers).length > 0 ? JSON.stringify({ answers }) : null);
}

export function clearDraft(store: KeyValueStore | null, key: string): void {
  write(store, key, null);
}

export const ballotKey = (accountId: number, waveId: number) => `${PREFIX}.ballot.${accountId}.${waveId}`;

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export function readBallot(store: KeyValueStore | null, key: string): string | null {
  const token = read(store, key);
  return token && TOKEN.test(token) ? token : null;
}

export function writeBallot(store: KeyValueStore | null, key: string, token: string): void {
  write(store, key, token);
}

export function clearBallot(store: KeyValueStore | null, key: string): void {
  write(store, key, null);
}

const publicKey = (code: string) => `${PREFIX}.public-answered.${code}`;

/** Whether this device has answered this wave of the public survey. */
export function answeredPublicWave(store: KeyValueStore | null, code: string, waveId: number): boolean {
  return read(store, publicKey(code)) === String(waveId);
}

/** Remembers the latest wave answered; a later wave of the same survey may be answered again. */
export function rememberPublicAnswer(store: KeyValueStore | null, code: string, waveId: number): void {
  write(store, publicKey(code), String(waveId));
}
