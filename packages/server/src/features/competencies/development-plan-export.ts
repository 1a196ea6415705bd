import { DEVELOPMENT_PATHS } from '@jenjang/domain/competency/development-paths';
import type { Actor } from '@jenjang/domain/shared/access';
import { spreadsheetCell } from '@jenjang/domain/shared/spreadsheet-text';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/database';
import { headedSheet } from '../../http/xlsx';
import { type Locale, translate } from '../../i18n/translate';
import { getPlan } from './development-plan.service';

/**
 * The plan in the layout an agency submits: who and which year above, then one row per item
 * (competency, its type, target group, path code and name, JP, participants, estimated cost,
 * priority, grounds) and the totals against the budget below. Small (a plan has tens of items):
 * built in memory.
 */
export async function planWorkbook(db: Db, actor: Actor, id: number, locale: Locale) {
  const plan = await getPlan(db, actor, id, locale);
  const t = (key: string, params?: Record<string, unknown>) =>
    translate(locale, `development.plan.export.${key}`, params);
  const domain = (key: string) => translate(locale, key);
  const workbook = new ExcelJS.Workbook();
  const sheet = headedSheet(workbook, t('sheet'), [
    { header: t('no'), key: 'no', width: 5 },
    { header: t('competency'), key: 'competency', width: 36 },
    { header: t('type'), key: 'type', width: 16 },
    { header: t('targetGroup'), key: 'targetGroup', width: 44 },
    { header: t('path'), key: 'path', width: 30 },
    { header: t('jp'), key: 'jp', width: 8 },
    { header: t('participants'), key: 'participants', width: 12 },
    { header: t('cost'), key: 'cost', width: 18, style: { numFmt: '#,##0' } },
    { header: t('priority'), key: 'priority', width: 10 },
    { header: t('rationale'), key: 'rationale', width: 50 },
  ]);
  // The plan's heading above the table: the header row moves down, frozen with it.
  sheet.spliceRows(
    1,
    0,
    [t('title', { year: plan.year })],
    [t('unit'), plan.unit?.name ?? '—'],
    [t('state'), domain(`planState.${plan.state}`)],
    [],
  );
  sheet.getRow(1).font = { bold: true, size: 13 };
  sheet.views = [{ state: 'frozen', ySplit: 5 }];
  sheet.autoFilter = { from: { row: 5, column: 1 }, to: { row: 5, column: 10 } };
  plan.items.forEach((item, i) => {
    const path = DEVELOPMENT_PATHS[item.pathCode];
    sheet.addRow([
      i + 1,
      spreadsheetCell(item.competency ? `${item.competency.code} ${item.competency.name}` : item.title),
      item.competency ? domain(`competencyType.${item.competency.type}`) : '',
      spreadsheetCell(item.targetGroup),
      `${item.pathCode} ${path[locale]}`,
      item.jp,
      item.participants,
      item.estimatedCost,
      item.priority,
      spreadsheetCell(item.rationale ?? ''),
    ]);
  });
  const total = sheet.addRow([
    '',
    t('total'),
    '',
    '',
    '',
    '',
    plan.totals.participants,
    plan.totals.estimatedCost,
  ]);
  total.font = { bold: true };
  if (plan.budget !== null) {
    sheet.addRow(['', t('budget'), '', '', '', '', '', plan.budget]);
    sheet.addRow(['', t('remaining'), '', '', '', '', '', plan.totals.remaining]);
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { buffer, fileName: `${t('fileName')}-${plan.year}${plan.unit ? `-${plan.unit.id}` : ''}.xlsx` };
}
