import {
  DEVELOPMENT_COLUMNS,
  type DevelopmentImportRecord,
  type DevelopmentLayout,
  detectDevelopmentLayout,
  validateDevelopmentRow,
} from '@jenjang/domain/competency/development-import.rules';
import type { ImportKind, MergeRejection } from '../imports/import-pipeline';
import * as repo from './development.repository';
import { type EmployeeRow, NipBatchMerge } from './nip-batch-merge';

// The development history import: SIASN's "riwayat diklat" and "riwayat kursus" as downloaded, or
// Jenjang's template. Each row is one completed activity of one employee (by NIP); the same
// activity again (same employee, kind, name and end day) updates the one recorded, so a file
// imported twice changes nothing the second time.

export const DEVELOPMENT_IMPORT_JOB = 'development-import';

class DevelopmentImportMerge extends NipBatchMerge<DevelopmentImportRecord> {
  protected async write(rows: readonly EmployeeRow<DevelopmentImportRecord>[]): Promise<MergeRejection[]> {
    // One statement cannot write one record twice: the last row of a record in the batch wins.
    const accepted = new Map<string, repo.NewDevelopmentRecord>();
    for (const { record, employeeId } of rows) {
      const { nip: _, ...fields } = record;
      accepted.set(JSON.stringify([employeeId, record.kind, record.name.toLowerCase(), record.endedOn]), {
        employeeId,
        ...fields,
      });
    }
    const written = await repo.upsertRecords(this.tx, this.target.tenantId, [...accepted.values()], {
      by: this.target.accountId,
      jobId: this.target.jobId,
      source: 'import',
    });
    this.inserted += written.inserted;
    this.updated += written.updated;
    return [];
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
