import {
  DEVELOPMENT_COLUMNS,
  type DevelopmentImportRecord,
  type DevelopmentLayout,
  detectDevelopmentLayout,
  validateDevelopmentRow,
} from '@jenjang/domain/competency/development-import.rules';
import type { Tx } from '../../db/database';
import type {
  ImportKind,
  ImportMerge,
  ImportTarget,
  MergeRejection,
  MergeTotals,
} from '../imports/import-pipeline';
import * as people from './assessment.repository';
import * as repo from './development.repository';

// The development history import: SIASN's "riwayat diklat" and "riwayat kursus" as downloaded, or
// Jenjang's template. Each row is one completed activity of one employee (by NIP); the same
// activity again (same employee, kind, name and end day) updates the one recorded, so a file
// imported twice changes nothing the second time.

export const DEVELOPMENT_IMPORT_JOB = 'development-import';

class DevelopmentImportMerge implements ImportMerge<DevelopmentImportRecord> {
  private rows: { rowNumber: number; record: DevelopmentImportRecord }[] = [];
  private inserted = 0;
  private updated = 0;

  constructor(
    private readonly tx: Tx,
    private readonly target: ImportTarget,
  ) {}

  get pending(): number {
    return this.rows.length;
  }

  push(rowNumber: number, record: DevelopmentImportRecord): void {
    this.rows.push({ rowNumber, record });
  }

  async flush(): Promise<MergeRejection[]> {
    const batch = this.rows;
    this.rows = [];
    const employees = await people.employeesByNip(this.tx, [...new Set(batch.map((r) => r.record.nip))]);
    const rejected: MergeRejection[] = [];
    // One statement cannot write one record twice: the last row of a record in the batch wins.
    const accepted = new Map<string, repo.NewDevelopmentRecord>();
    for (const { rowNumber, record } of batch) {
      const employee = employees.get(record.nip);
      if (!employee) {
        rejected.push({
          rowNumber,
          issue: {
            column: 'nip',
            value: record.nip,
            code: 'competency.unknownEmployee',
            params: { value: record.nip },
          },
        });
        continue;
      }
      const { nip: _, ...fields } = record;
      const key = JSON.stringify([employee.id, record.kind, record.name.toLowerCase(), record.endedOn]);
      accepted.set(key, { employeeId: employee.id, ...fields });
    }
    const written = await repo.upsertRecords(this.tx, this.target.tenantId, [...accepted.values()], {
      by: this.target.accountId,
      jobId: this.target.jobId,
      source: 'import',
    });
    this.inserted += written.inserted;
    this.updated += written.updated;
    return rejected;
  }

  async finish(): Promise<MergeTotals> {
    return { inserted: this.inserted, updated: this.updated, superseded: 0, warnings: 0, issues: [] };
  }
}

export const developmentImport: ImportKind<DevelopmentImportRecord> = {
  job: DEVELOPMENT_IMPORT_JOB,
  permission: 'employee.import',
  reach: 'tenant',
  completedEvent: 'development.imported',
  noHeaderKey: 'import.noHeaderDevelopment',
  header(values) {
    const layout = detectDevelopmentLayout(values);
    return layout.ok ? { layout: layout.layout, columnIndex: layout.columnIndex } : null;
  },
  validate: (cells, layout, options) => validateDevelopmentRow(cells, layout as DevelopmentLayout, options),
  async open(tx, target) {
    return new DevelopmentImportMerge(tx, target);
  },
  template: {
    columns: DEVELOPMENT_COLUMNS,
    fileName: { id: 'template-riwayat-pengembangan-jenjang', en: 'template-development-history-jenjang' },
    sheetKey: 'template.developmentSheet',
    textColumns: ['nip', 'nomor_sertifikat'],
  },
};
