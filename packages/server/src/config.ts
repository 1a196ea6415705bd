import path from 'node:path';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './features/imports/import-limits';
import { loadServerSecret } from './server-secret';

/** Every setting comes from the environment; README.md lists them with their defaults. */
export interface Config {
  host: string;
  port: number;
  databaseUrl: string | null;
  databaseAppUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  logLevel: string;
  /** `Secure` cookies: always over HTTPS; `true` also over plain HTTP (a TLS proxy not in TRUST_PROXY). */
  cookieSecure: 'auto' | boolean;
  sessionHours: number;
  /** Sign-in throttling (features/auth/login-throttle.ts, docs/operations.md). */
  loginMaxFailures: number;
  loginAccountMaxFailures: number;
  loginAddressMaxFailures: number;
  loginFirstDelaySeconds: number;
  loginMaxDelayMinutes: number;
  importMaxBytes: number;
  importMaxIssues: number;
  /** The largest evidence file a manual indicator's measurement may carry (EVIDENCE_MAX_MB). */
  evidenceMaxBytes: number;
  /** What one upload may make the server inflate and hold (features/imports/import-limits.ts). */
  importLimits: ImportLimits;
  /** Load the demo governments and run as a demo (band on every page, demo password allowed). */
  demoData: boolean;
  /**
   * The address people reach Jenjang at (https://jenjang.example.go.id), for links that leave the
   * browser: set-password links, QR posters, e-mails. Null: the address of the request.
   */
  publicUrl: string | null;
  demoScale: number;
  webDist: string;
  /** smtp://user:pass@host:port (or smtps://); null: reminders stay in the app. */
  smtpUrl: string | null;
  mailFrom: string;
  /** The default k: results of groups smaller than this are hidden (each survey may set its own, never below 3). */
  surveyMinGroupSize: number;
  /** Public survey submissions accepted per IP address per minute. */
  publicSubmitsPerMinute: number;
  /**
   * Whom to believe about the client's address and protocol (X-Forwarded-*): nobody by default,
   * else `true` (any proxy) or the proxies' addresses/CIDRs, comma-separated.
   */
  trustProxy: boolean | string;
  /**
   * The key of every keyed hash the server keeps instead of a name or an address (sign-in
   * counters, public-survey addresses): JENJANG_SECRET, else `<dataDir>/secret.key` (server-secret.ts).
   */
  serverSecret: Buffer;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`Expected a whole number, got "${value}"`);
  return n;
}

function trustProxy(value: string | undefined): boolean | string {
  if (value === undefined || value === '' || value === 'false') return false;
  return value === 'true' ? true : value;
}

/** The default k: refused below 3 rather than raised silently, so the operator knows what applies. */
function minGroupSize(value: string | undefined): number {
  const k = int(value, 5);
  if (k < 3) throw new Error(`SURVEY_MIN_GROUP_SIZE must be at least 3 (the k rule), got "${value}"`);
  return k;
}

function publicUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute http(s) address, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`PUBLIC_URL must be an absolute http(s) address, got "${value}"`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function importLimits(env: NodeJS.ProcessEnv): ImportLimits {
  const d = DEFAULT_IMPORT_LIMITS;
  const MB = 1024 * 1024;
  return {
    xlsxMaxEntries: int(env.XLSX_MAX_ENTRIES, d.xlsxMaxEntries),
    xlsxMaxInflatedBytes: int(env.XLSX_MAX_INFLATED_MB, d.xlsxMaxInflatedBytes / MB) * MB,
    xlsxMaxSharedStrings: int(env.XLSX_MAX_STRINGS, d.xlsxMaxSharedStrings),
    xlsxMaxSharedStringBytes: int(env.XLSX_MAX_STRINGS_MB, d.xlsxMaxSharedStringBytes / MB) * MB,
    maxColumns: int(env.IMPORT_MAX_COLUMNS, d.maxColumns),
    maxCellChars: int(env.IMPORT_MAX_CELL_CHARS, d.maxCellChars),
  };
}

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(REPO_ROOT, env.JENJANG_DATA_DIR ?? 'data');
  return {
    host: env.HOST ?? '127.0.0.1',
    port: int(env.PORT, 3000),
    databaseUrl: env.DATABASE_URL || null,
    databaseAppUrl: env.DATABASE_APP_URL || null,
    dataDir,
    embeddedPgPort: int(env.JENJANG_PG_PORT, 54329),
    logLevel: env.LOG_LEVEL ?? 'info',
    cookieSecure:
      env.COOKIE_SECURE === undefined || env.COOKIE_SECURE === 'auto'
        ? 'auto'
        : bool(env.COOKIE_SECURE, false),
    sessionHours: int(env.SESSION_HOURS, 12),
    loginMaxFailures: int(env.LOGIN_MAX_FAILURES, 5),
    loginAccountMaxFailures: int(env.LOGIN_ACCOUNT_MAX_FAILURES, 50),
    loginAddressMaxFailures: int(env.LOGIN_ADDRESS_MAX_FAILURES, 100),
    loginFirstDelaySeconds: Math.max(1, int(env.LOGIN_FIRST_DELAY_SECONDS, 30)),
    // LOGIN_LOCK_MINUTES is the name this setting had when failures locked a login outright.
    loginMaxDelayMinutes: Math.max(1, int(env.LOGIN_MAX_DELAY_MINUTES ?? env.LOGIN_LOCK_MINUTES, 15)),
    importMaxBytes: int(env.IMPORT_MAX_MB, 200) * 1024 * 1024,
    importMaxIssues: int(env.IMPORT_MAX_ISSUES, 100_000),
    evidenceMaxBytes: Math.round(Number(env.EVIDENCE_MAX_MB ?? 5) * 1024 * 1024) || 5 * 1024 * 1024,
    importLimits: importLimits(env),
    // A demo by default only on the embedded database: a deployment on its own PostgreSQL holds
    // real people and must ask for demo data explicitly.
    demoData: bool(env.JENJANG_DEMO_DATA, !env.DATABASE_URL),
    publicUrl: publicUrl(env.PUBLIC_URL),
    demoScale: Number(env.JENJANG_DEMO_SCALE ?? 1) || 1,
    webDist: path.resolve(REPO_ROOT, env.JENJANG_WEB_DIST ?? 'packages/web/dist'),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM ?? 'Jenjang <no-reply@localhost>',
    surveyMinGroupSize: minGroupSize(env.SURVEY_MIN_GROUP_SIZE),
    publicSubmitsPerMinute: int(env.PUBLIC_SUBMITS_PER_MINUTE, 120),
    trustProxy: trustProxy(env.TRUST_PROXY),
    serverSecret: loadServerSecret(env.JENJANG_SECRET, dataDir),
  };
}
