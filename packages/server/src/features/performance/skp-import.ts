import {
  type AnnualSkpRecord,
  detectSkpLayout,
  type PeriodicSkpRecord,
  SKP_ANNUAL_COLUMNS,
  type SkpLayout,
  validateAnnualSkpRow,
  validatePeriodicSkpRow,
} from '@jenjang/domain/performance/skp-import.rules';
import { type EmployeeRow, NipBatchMerge } from '../competencies/nip-batch-merge';
import type { ImportKind, MergeRejection } from '../imports/import-pipeline';
import * as repo from './skp-import.repository';

// The appraisal history import: SIASN's annual SKP records (rw-skp22) or its periodic ones
// (kinerja periodik) as downloaded, or Jenjang's template; the header tells which. Each row is one
// appraisal of one employee (by NIP) for a year or a period of it; the same appraisal again updates
// the one imported before, so a file imported twice changes nothing the second time. An appraisal
// made in Jenjang by the SKP's appraiser stands: a file may not overwrite it.

export const PERFORMANCE_IMPORT_JOB = 'performance-history-import';

export type SkpRecord = AnnualSkpRecord | PeriodicSkpRecord;

const isPeriodic = (record: SkpRecord): record is PeriodicSkpRecord => 'period' in record;

const yearMonth = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

const keyOf = (key: repo.AppraisalKey) =>
  JSON.stringify([key.employeeId, key.year, key.period, key.fromMonth, key.toMonth]);

/** The record as a row of performance_appraisal: an annual appraisal covers months 1 to 12. */
function appraisalOf(
  record: SkpRecord,
  employeeId: number,
  appraiserId: number | null,
): repo.ImportedAppraisal {
  const { assessor } = record;
  const period = isPeriodic(record)
    ? { period: record.period, fromMonth: record.fromMonth, toMonth: record.toMonth }
    : { period: 'annual' as const, fromMonth: 1, toMonth: 12 };
  return {
    employeeId,
    year: record.year,
    ...period,
    hasilKerja: record.hasilKerja,
    perilakuKerja: record.perilakuKerja,
    predikat: record.predikat,
    coefficient: isPeriodic(record) ? record.coefficient : null,
    appraiserEmployeeId: appraiserId,
    appraiserName: assessor.name,
    appraiserNip: assessor.nip,
    appraiserPosition: assessor.position,
    appraiserUnit: assessor.unit,
    appraiserGolongan: assessor.golongan,
    appraiserStatus: assessor.status,
  };
}

interface Accepted {
  rowNumber: number;
  appraisal: repo.ImportedAppraisal;
}

class PerformanceImportMerge extends NipBatchMerge<SkpRecord> {
  protected async write(rows: readonly EmployeeRow<SkpRecord>[]): Promise<MergeRejection[]> {
    const assessorNips = rows.flatMap(({ record }) =>
      record.assessor.nip === null ? [] : [record.assessor.nip],
    );
    const registry = await repo.employeeIdsByNip(this.tx, [...new Set(assessorNips)]);
    const rejected: MergeRejection[] = [];
    // One statement cannot write one record twice: the last row of a record in the batch wins.
    const accepted = new Map<string, Accepted>();
    for (const { rowNumber, record, employeeId } of rows) {
      const refusal = this.refusal(record, registry);
      if (refusal) {
        rejected.push({ rowNumber, issue: refusal });
        continue;
      }
      const appraiserId = record.assessor.nip === null ? null : (registry.get(record.assessor.nip) ?? null);
      const appraisal = appraisalOf(record, employeeId, appraiserId);
      accepted.set(keyOf(appraisal), { rowNumber, appraisal });
    }
    rejected.push(...(await this.keepJenjangAppraisals(accepted)));
    const written = await repo.upsertImported(
      this.tx,
      this.target.tenantId,
      [...accepted.values()].map((a) => a.appraisal),
      { by: this.target.accountId, jobId: this.target.jobId },
    );
    this.inserted += written.inserted;
    this.updated += written.updated;
    return rejected;
  }

  /**
   * A row the record cannot hold: a period across the turn of a year (one record is one year's;
   * the row rules refuse such a period already, this keeps the table true should they ever allow
   * it), or an ASN assessor (as a blank status presumes) whom the registry does not know.
   */
  private refusal(record: SkpRecord, registry: ReadonlyMap<string, number>): MergeRejection['issue'] | null {
    if (isPeriodic(record) && record.fromYear !== record.toYear) {
      const start = yearMonth(record.fromYear, record.fromMonth);
      const end = yearMonth(record.toYear, record.toMonth);
      return {
        column: 'tahunSelesaiPenilaian',
        value: String(record.toYear),
        code: 'skp.periodAcrossYears',
        params: { start, end },
      };
    }
    const { nip, status } = record.assessor;
    if (status !== 'NON ASN' && nip !== null && !registry.has(nip)) {
      return { column: 'nipNrpPenilai', value: nip, code: 'skp.unknownAssessor', params: { value: nip } };
    }
    return null;
  }

  /**
   * PP 30/2019: the appraisal the SKP's appraiser made in Jenjang is the record. A row giving the
   * same ratings says nothing new and is left out; one giving others is refused.
   */
  private async keepJenjangAppraisals(accepted: Map<string, Accepted>): Promise<MergeRejection[]> {
    const employeeIds = [...accepted.values()].map((a) => a.appraisal.employeeId);
    const rejected: MergeRejection[] = [];
    for (const made of await repo.jenjangAppraisals(this.tx, employeeIds)) {
      const key = keyOf(made);
      const row = accepted.get(key);
      if (!row) continue;
      accepted.delete(key);
      const { appraisal } = row;
      const same = appraisal.hasilKerja === made.hasilKerja && appraisal.perilakuKerja === made.perilakuKerja;
      if (same) continue;
      rejected.push({
        rowNumber: row.rowNumber,
        issue: {
          column: 'tahun',
          value: String(appraisal.year),
          code: 'skp.recordedInJenjang',
          params: { year: appraisal.year },
        },
      });
    }
    return rejected;
  }
}

export const performanceImport: ImportKind<SkpRecord> = {
  job: PERFORMANCE_IMPORT_JOB,
  permission: 'performance.manage',
  reach: 'tenant',
  completedEvent: 'performance.imported',
  noHeaderKey: 'import.noHeaderPerformance',
  header(values) {
    const layout = detectSkpLayout(values);
    return layout.ok ? { layout: layout.layout, columnIndex: layout.columnIndex } : null;
  },
  validate: (cells, layout, options) =>
    (layout as SkpLayout) === 'periodic'
      ? validatePeriodicSkpRow(cells, options)
      : validateAnnualSkpRow(cells, options),
  async open(tx, target) {
    return new PerformanceImportMerge(tx, target);
  },
  template: {
    columns: SKP_ANNUAL_COLUMNS,
    fileName: { id: 'template-riwayat-kinerja-jenjang', en: 'template-performance-history-jenjang' },
    sheetKey: 'template.performanceSheet',
    textColumns: ['nip', 'nipNrpPenilai'],
  },
};
