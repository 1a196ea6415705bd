import type { JpAttainmentQuery } from '@jenjang/domain/competency/development.contract';
import type { Actor } from '@jenjang/domain/shared/access';
import { spreadsheetCell } from '@jenjang/domain/shared/spreadsheet-text';
import type { z } from 'zod';
import type { Db } from '../../db/database';
import { headedSheet, streamingWorkbook } from '../../http/xlsx';
import { type Locale, translate } from '../../i18n/translate';
import { jpBehind } from './development.service';

/**
 * Everyone behind on the year's JP as a workbook a unit can act on: NIP (as text), name, type,
 * unit, JP earned, the target and how many are missing, furthest behind first.
 */
export async function behindWorkbook(
  db: Db,
  actor: Actor,
  query: z.output<typeof JpAttainmentQuery>,
  now: Date,
  locale: Locale,
) {
  const { year, items } = await jpBehind(db, actor, query, null, now);
  const t = (key: string) => translate(locale, `development.export.${key}`);
  const { stream, workbook } = streamingWorkbook();
  const sheet = headedSheet(workbook, `${t('sheet')} ${year}`, [
    { header: t('nip'), key: 'nip', width: 22, style: { numFmt: '@' } },
    { header: t('name'), key: 'name', width: 36 },
    { header: t('type'), key: 'type', width: 8 },
    { header: t('unit'), key: 'unit', width: 40 },
    { header: t('earned'), key: 'earned', width: 12 },
    { header: t('target'), key: 'target', width: 12 },
    { header: t('short'), key: 'short', width: 12 },
  ]);
  sheet.getRow(1).commit();
  for (const item of items) {
    const text = [item.nip, item.name, item.employeeType, item.unitName ?? ''].map(spreadsheetCell);
    sheet.addRow([...text, item.earned, item.target, item.short]).commit();
  }
  sheet.commit();
  void workbook.commit();
  return { stream, fileName: `${t('fileName')}-${year}.xlsx` };
}
