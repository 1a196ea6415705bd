import { isPnsGolongan } from '@jenjang/domain/people/golongan';
import type { CheckInFrequency, Predikat, Rating } from '@jenjang/domain/performance/predikat.rules';
import {
  annualExportRow,
  periodicExportRow,
  SKP_ANNUAL_EXPORT_COLUMNS,
  SKP_PERIODIC_EXPORT_COLUMNS,
} from '@jenjang/domain/performance/skp-export';
import type { AnnualSkpRecord, SkpLayout } from '@jenjang/domain/performance/skp-import.rules';
import { type Actor, can } from '@jenjang/domain/shared/access';
import { spreadsheetCell } from '@jenjang/domain/shared/spreadsheet-text';
import { type Db, withTenant } from '../../db/database';
import { ProblemError } from '../../http/problem';
import { headedSheet, streamingWorkbook } from '../../http/xlsx';
import * as repo from './skp-import.repository';

// A year's appraisals in SIASN's shapes (DOMAIN.md §7), for the agency to enter in BKN's system:
// the annual ones as rw-skp22, the periodic ones as kinerja periodik. The headers are SIASN's field
// names, the employee's NIP first; NIPs are text. Both those made in Jenjang and those imported go
// out, so the file is the government's whole record of the year, and Jenjang's own import reads it
// back unchanged.

/** Columns Excel must keep as text: 18-digit NIPs would turn into 1.98503E+17. */
const TEXT_COLUMNS = new Set<string>(['nip', 'nipNrpPenilai']);

const SHEETS = {
  annual: { name: 'rw-skp22', file: 'siasn-skp', columns: SKP_ANNUAL_EXPORT_COLUMNS },
  periodic: {
    name: 'kinerja-periodik',
    file: 'siasn-kinerja-periodik',
    columns: SKP_PERIODIC_EXPORT_COLUMNS,
  },
} as const;

type AppraisalRow = Awaited<ReturnType<typeof repo.yearAppraisals>>[number];

function annualRecord(row: AppraisalRow): AnnualSkpRecord {
  return {
    nip: row.nip,
    year: row.year,
    hasilKerja: row.hasilKerja as Rating,
    perilakuKerja: row.perilakuKerja as Rating,
    predikat: row.predikat as Predikat,
    assessor: {
      name: row.appraiserName,
      nip: row.appraiserNip,
      status: row.appraiserStatus,
      golongan:
        row.appraiserGolongan !== null && isPnsGolongan(row.appraiserGolongan) ? row.appraiserGolongan : null,
      position: row.appraiserPosition,
      unit: row.appraiserUnit,
    },
  };
}

function exportRow(row: AppraisalRow, layout: SkpLayout) {
  const record = annualRecord(row);
  if (layout === 'annual') return annualExportRow(record);
  return periodicExportRow({
    ...record,
    // The rows read are periodic: never 'annual'.
    period: row.period as CheckInFrequency,
    fromYear: row.year,
    fromMonth: row.fromMonth,
    toYear: row.year,
    toMonth: row.toMonth,
    coefficient: row.coefficient,
  });
}

/** The government's appraisals of a year (annual or periodic) for its managers, streamed, with a file name. */
export async function performanceWorkbook(db: Db, actor: Actor, query: { year: number; layout: SkpLayout }) {
  if (!can(actor, 'performance.manage', { tenantId: actor.tenantId, unitPath: null })) {
    throw new ProblemError(403, 'performance.notManager');
  }
  const rows = await withTenant(db, actor.tenantId, (tx) =>
    repo.yearAppraisals(tx, query.year, query.layout),
  );
  const shape = SHEETS[query.layout];
  const { stream, workbook } = streamingWorkbook();
  const sheet = headedSheet(
    workbook,
    shape.name,
    shape.columns.map((key) => ({
      header: key,
      key,
      width: TEXT_COLUMNS.has(key) ? 22 : key.endsWith('Nm') || key === 'namaPenilai' ? 40 : 16,
      ...(TEXT_COLUMNS.has(key) ? { style: { numFmt: '@' } } : {}),
    })),
  );
  sheet.getRow(1).commit();
  for (const row of rows) sheet.addRow(exportRow(row, query.layout).map(spreadsheetCell)).commit();
  sheet.commit();
  void workbook.commit();
  return { stream, fileName: `${shape.file}-${query.year}.xlsx` };
}
