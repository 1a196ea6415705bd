import type { Actor } from '@jenjang/domain/shared/access';
import { spreadsheetCell } from '@jenjang/domain/shared/spreadsheet-text';
import { type Db, withTenant } from '../../db/database';
import { headedSheet, streamingWorkbook } from '../../http/xlsx';
import { requireManager } from '../performance/performance-access';
import * as repo from './promotion.repository';

// A period's approved promotions for the agency to enter in SIASN. DOMAIN.md §7 confirms only that
// SIASN lists promotions per period date and types them (101: reguler); its field names are not in
// our sources, so the headers below are Jenjang's, in SIASN's style, and dates are dd-mm-yyyy as in
// SIASN's data utama (DOMAIN.md §10). NIPs are text, so Excel keeps all 18 digits.

const SIASN_REGULER = '101';
const COLUMNS = [
  { key: 'nip', width: 22, text: true },
  { key: 'nama', width: 36, text: false },
  { key: 'periode', width: 14, text: false },
  { key: 'jenisKpId', width: 12, text: true },
  { key: 'golonganLama', width: 14, text: false },
  { key: 'golonganBaru', width: 14, text: false },
  { key: 'nomorSk', width: 30, text: false },
  { key: 'tanggalSk', width: 14, text: false },
  { key: 'tmtGolongan', width: 14, text: false },
] as const;

const ddmmyyyy = (date: string | null) =>
  date ? `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}` : '';

export async function promotionWorkbook(db: Db, actor: Actor, period: string) {
  requireManager(actor);
  const rows = await withTenant(db, actor.tenantId, async (tx) => {
    const approved = (await repo.promotionsOfPeriod(tx, period)).filter((p) => p.state === 'approved');
    const people = new Map(
      (
        await repo.employeesNamed(
          tx,
          approved.map((p) => p.employeeId),
        )
      ).map((e) => [e.employeeId, e]),
    );
    return approved.map((p) => ({ promotion: p, person: people.get(p.employeeId)! }));
  });
  const { stream, workbook } = streamingWorkbook();
  const sheet = headedSheet(
    workbook,
    'kenaikan-pangkat',
    COLUMNS.map((c) => ({
      header: c.key,
      key: c.key,
      width: c.width,
      ...(c.text ? { style: { numFmt: '@' } } : {}),
    })),
  );
  sheet.getRow(1).commit();
  for (const { promotion, person } of rows) {
    const cells = [
      person.nip,
      person.name,
      ddmmyyyy(promotion.period),
      SIASN_REGULER,
      promotion.fromGolongan,
      promotion.toGolongan,
      promotion.decreeNumber ?? '',
      ddmmyyyy(promotion.decreeDate),
      ddmmyyyy(promotion.tmt),
    ];
    sheet.addRow(cells.map(spreadsheetCell)).commit();
  }
  sheet.commit();
  void workbook.commit();
  return { stream, fileName: `kenaikan-pangkat-${period}.xlsx` };
}
