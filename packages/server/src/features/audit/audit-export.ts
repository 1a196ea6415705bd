import { type Actor, listScope } from '@jenjang/domain/shared/access';
import { spreadsheetText } from '@jenjang/domain/shared/spreadsheet-text';
import { type TimeZone, zoneAbbreviation } from '@jenjang/domain/shared/time-zone';
import { type Db, withTenant } from '../../db/database';
import { ProblemError } from '../../http/problem';
import { headedSheet, streamingWorkbook } from '../../http/xlsx';
import { type Locale, translate } from '../../i18n/translate';
import { canonicalJson } from './audit.repository';
import { type AuditQuery, present, toFilters } from './audit.service';
import { chainHead, countEntries, entriesBefore, tenantOf } from './audit-log.repository';

/** Excel holds 1,048,576 rows a sheet; a wider export asks for a narrower filter. */
export const EXPORT_MAX_ROWS = 1_000_000;
const BATCH = 2_000;

type Cell = string | number | null;
const text = (value: string | null | undefined): Cell => (value == null ? null : spreadsheetText(value));

/** '2026-01-05 08:00:12 WIB': the government's clock, to the second, with its zone named. */
function localTime(at: string, zone: TimeZone): string {
  const wall = new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
  return `${wall} ${zoneAbbreviation(zone)}`;
}

/** A translated name, or the code itself for an action or kind this version does not know. */
function named(locale: Locale, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  const label = translate(locale, key);
  return label === key ? code : label;
}

function describeFilters(query: AuditQuery, locale: Locale): string {
  const t = (key: string) => translate(locale, `audit.export.${key}`);
  const parts: string[] = [];
  if (query.actor !== undefined) parts.push(`${t('actor')}: #${query.actor}`);
  if (query.action !== undefined) {
    const label = query.action.includes('.')
      ? named(locale, 'auditAction', query.action)
      : named(locale, 'auditActionGroup', query.action);
    parts.push(`${t('action')}: ${label}`);
  }
  if (query.entity !== undefined) parts.push(`${t('entity')}: ${named(locale, 'auditEntity', query.entity)}`);
  if (query.entityId !== undefined) parts.push(`${t('entityId')}: ${query.entityId}`);
  if (query.from !== undefined) parts.push(`${t('from')}: ${query.from}`);
  if (query.to !== undefined) parts.push(`${t('to')}: ${query.to}`);
  return parts.length > 0 ? parts.join('; ') : t('noFilter');
}

/**
 * The filtered log as an XLSX workbook for an inspector: the entries (newest first, translated,
 * with each entry's hash) and a sheet with the chain's head at the time of export, which the
 * inspector keeps as an anchor. Entries are read in batches below the head the export began at,
 * so entries written meanwhile neither appear halfway nor shift the batches.
 */
export async function exportAudit(
  db: Db,
  actor: Actor,
  query: AuditQuery,
  context: { locale: Locale; exportedBy: string; now: Date },
) {
  const { locale } = context;
  const scope = listScope(actor, 'audit.read');
  const start = await withTenant(db, actor.tenantId, async (tx) => {
    const tenant = await tenantOf(tx, actor.tenantId);
    const zone = tenant.time_zone as TimeZone;
    const filters = toFilters(query, zone);
    const head = await chainHead(tx);
    const total = await countEntries(tx, scope, filters, head.seq);
    return { tenant, zone, filters, head, total };
  });
  if (start.total > EXPORT_MAX_ROWS) {
    throw new ProblemError(400, 'audit.exportTooLarge', { count: start.total, max: EXPORT_MAX_ROWS });
  }
  const { tenant, zone, filters, head } = start;
  const t = (key: string, params?: Record<string, unknown>) =>
    translate(locale, `audit.export.${key}`, params);
  const { stream, workbook } = streamingWorkbook();
  const sheet = headedSheet(workbook, t('sheet'), [
    { header: t('seq'), key: 'seq', width: 8 },
    { header: t('at', { zone: zoneAbbreviation(zone) }), key: 'at', width: 24 },
    { header: t('actor'), key: 'actor', width: 28 },
    { header: t('actorUsername'), key: 'actorUsername', width: 22 },
    { header: t('action'), key: 'action', width: 30 },
    { header: t('actionCode'), key: 'actionCode', width: 26 },
    { header: t('entity'), key: 'entity', width: 18 },
    { header: t('entityId'), key: 'entityId', width: 14 },
    { header: t('subject'), key: 'subject', width: 40 },
    { header: t('data'), key: 'data', width: 60 },
    { header: t('hash'), key: 'hash', width: 68 },
  ]);
  sheet.getRow(1).commit();

  const write = async () => {
    let before = head.seq + 1;
    for (;;) {
      const batch = await withTenant(db, actor.tenantId, async (tx) =>
        present(tx, await entriesBefore(tx, scope, filters, before, BATCH), locale),
      );
      for (const entry of batch) {
        const row: Cell[] = [
          entry.seq,
          localTime(entry.at, zone),
          text(entry.actor?.name ?? t('system')),
          text(entry.actor?.username),
          text(named(locale, 'auditAction', entry.action)),
          text(entry.action),
          text(named(locale, 'auditEntity', entry.entity)),
          text(entry.entityId),
          text(entry.subject),
          Object.keys(entry.data).length > 0 ? text(canonicalJson(entry.data)) : null,
          entry.hash,
        ];
        sheet.addRow(row).commit();
      }
      if (batch.length < BATCH) break;
      before = batch[batch.length - 1]!.seq;
    }
    sheet.commit();
    const about = workbook.addWorksheet(t('headSheet'));
    about.columns = [
      { header: t('field'), key: 'field', width: 30 },
      { header: t('value'), key: 'value', width: 80 },
    ];
    about.getRow(1).font = { bold: true };
    const facts: [string, Cell][] = [
      [t('tenant'), text(`${tenant.name} (${tenant.code})`)],
      [t('exportedAt'), localTime(context.now.toISOString(), zone)],
      [t('exportedBy'), text(context.exportedBy)],
      [t('filters'), text(describeFilters(query, locale))],
      [t('count'), start.total],
    ];
    if (scope.kind === 'tenant') {
      facts.push([t('headSeq'), head.seq], [t('headHash'), head.hash]);
      facts.push(
        [t('headAt'), head.at ? localTime(head.at, zone) : null],
        [t('headNote'), t('headExplained')],
      );
    } else {
      facts.push([t('headNote'), t('headScoped')]);
    }
    for (const fact of facts) about.addRow(fact).commit();
    about.commit();
    await workbook.commit();
  };
  write().catch((error: Error) => stream.destroy(error));
  const date = new Intl.DateTimeFormat('sv-SE', { timeZone: zone }).format(context.now);
  return { stream, fileName: `${t('fileName')}-${tenant.code}-${date}.xlsx` };
}
