import { appendFile, readFile } from 'node:fs/promises';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { listTenants } from '../db/owner';
import { headLines, parseAnchors, verifyAll } from '../features/audit/audit-anchor';
import { type Locale, translate } from '../i18n/translate';
import { CliError, cliText } from './cli-error';

const log = (message: string) => console.error(`[jenjang] ${message}`);

async function tenantsNamed(urls: Parameters<typeof listTenants>[0], code: string | undefined) {
  const tenants = await listTenants(urls);
  if (code === undefined) return tenants;
  const tenant = tenants.find((t) => t.code === code || t.slug === code);
  if (!tenant) throw new CliError('unknownTenant', { tenant: code });
  return [tenant];
}

/**
 * Prints each government's chain head as a JSON line, to keep outside the database; with `out`,
 * appends the lines to that file itself. `npm run jenjang -- audit head >> FILE` would append
 * npm's own banner too, and `audit verify --anchor FILE` rightly refuses those lines.
 */
export async function auditHeadCommand(options: { tenant?: string; out?: string }): Promise<void> {
  const database = await openDatabase(loadConfig(), log);
  let lines: string[];
  try {
    const tenants = await tenantsNamed(database.urls, options.tenant);
    lines = await headLines(database.db, tenants);
  } finally {
    await database.close();
  }
  if (options.out === undefined) {
    for (const line of lines) console.log(line);
    return;
  }
  // One write of whole lines, so a concurrent reader never sees half an anchor.
  await appendFile(options.out, lines.map((line) => `${line}\n`).join('')).catch((error: Error) => {
    throw new CliError('unwritableAnchor', { file: options.out, reason: error.message });
  });
  console.error(cliText('anchorsAppended', { count: lines.length, file: options.out }));
}

/**
 * Recomputes every government's chain (or one's) and, with --anchor, checks each anchored head is
 * still there unchanged. Exits 1 at anything wrong.
 */
export async function auditVerifyCommand(options: { lang: string; anchor?: string; tenant?: string }) {
  const locale: Locale = options.lang === 'en' ? 'en' : 'id';
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, `audit.${key}`, params);
  let anchors: ReturnType<typeof parseAnchors> = { anchors: [] };
  if (options.anchor !== undefined) {
    const text = await readFile(options.anchor, 'utf8').catch(() => {
      throw new CliError('unreadableAnchor', { file: options.anchor });
    });
    anchors = parseAnchors(text);
    if ('badLine' in anchors) {
      console.log(t('anchorUnreadable', { file: options.anchor, line: anchors.badLine }));
      process.exitCode = 1;
      return;
    }
  }
  const database = await openDatabase(loadConfig(), log);
  let broken = false;
  try {
    const tenants = await tenantsNamed(database.urls, options.tenant);
    const wanted = anchors.anchors.filter((a) => tenants.some((x) => x.code === a.tenant) || !options.tenant);
    const { reports, unknownTenants } = await verifyAll(database.db, tenants, wanted);
    let count = 0;
    for (const { tenant, report, anchored } of reports) {
      count += report.entries;
      if (!report.ok) {
        broken = true;
        const reason = t(`reason.${report.reason}`);
        console.log(t('broken', { tenant: `${tenant.name} (${tenant.code})`, seq: report.seq, reason }));
      } else if (anchored > 0) {
        console.log(t('anchorOk', { tenant: `${tenant.name} (${tenant.code})`, seq: anchored }));
      }
    }
    for (const code of unknownTenants) {
      broken = true;
      console.log(t('anchorUnknownTenant', { tenant: code }));
    }
    if (!broken) console.log(t('ok', { count, tenants: reports.length }));
  } finally {
    await database.close();
  }
  process.exitCode = broken ? 1 : 0;
}
