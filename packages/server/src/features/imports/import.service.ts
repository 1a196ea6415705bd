import {
  detectLayout,
  EMPLOYEE_TEMPLATE_COLUMNS,
  type EmployeeRecord,
  type ImportLayout,
  validateEmployeeRow,
} from '@jenjang/domain/people/employee-import.rules';
import { refreshRegistryStatistics, type Tx } from '../../db/database';
import type { JobRunner } from '../jobs/job-runner';
import * as merge from './import.repository';
import {
  type FileLayout,
  type ImportDeps,
  type ImportKind,
  type ImportMerge,
  type ImportOptions,
  type ImportTarget,
  type MergeRejection,
  registerImportKind,
} from './import-pipeline';
import * as staging from './import-staging.repository';

// The employee import: SIASN "data utama" or the Jenjang template, staged with COPY and merged
// into employees (and the units and positions they name) with set-based statements per batch.

export type {
  ImportDeps,
  ImportInput,
  ImportOptions,
  ImportResult,
  ProgressListener,
} from './import-pipeline';

export const EMPLOYEE_IMPORT_JOB = 'employee-import';

/** Written rows past which the import refreshes planner statistics instead of waiting for autovacuum. */
const ANALYZE_AFTER_ROWS = 1_000;

/** The column that names a row's unit, for issues the merge raises about it. */
const UNIT_COLUMN: Record<ImportLayout, string> = { siasn: 'unor', jenjang: 'unit_kerja' };

class EmployeeMerge implements ImportMerge<EmployeeRecord> {
  private batch = new staging.CopyChunks();
  private inserted = 0;

  constructor(
    private readonly tx: Tx,
    private readonly target: ImportTarget,
    private readonly file: FileLayout,
  ) {}

  get pending(): number {
    return this.batch.lines;
  }

  push(rowNumber: number, record: EmployeeRecord): void {
    this.batch.push(staging.stagingLine(rowNumber, record));
  }

  async flush(): Promise<MergeRejection[]> {
    const chunks = this.batch.take();
    await staging.copyText(this.tx, 'import_row', chunks);
    const outcome = await merge.mergeBatch(this.tx, this.target, Object.keys(this.file.columnIndex));
    this.inserted += outcome.inserted;
    const column = UNIT_COLUMN[this.file.layout as ImportLayout];
    return outcome.closedUnitRows.map((row) => ({
      rowNumber: row.rowNumber,
      issue: {
        column,
        value: row.unitPath.join(' / '),
        code: 'row.unitClosed',
        params: { unit: row.closedUnit, date: row.closedOn },
      },
    }));
  }

  async finish(room: number) {
    const nipColumn = this.file.layout === 'siasn' ? 'nip_baru' : 'nip';
    const superseded = await staging.warnDuplicates(this.tx, this.target, nipColumn, room);
    const updated = await merge.countUpdated(this.tx);
    if (this.inserted + updated >= ANALYZE_AFTER_ROWS) await refreshRegistryStatistics(this.tx);
    return { inserted: this.inserted, updated, superseded, warnings: superseded, issues: [] };
  }
}

export const employeeImport: ImportKind<EmployeeRecord> = {
  job: EMPLOYEE_IMPORT_JOB,
  permission: 'employee.import',
  reach: 'tenant',
  completedEvent: 'employee.imported',
  noHeaderKey: 'import.noHeader',
  header(values) {
    const layout = detectLayout(values);
    return layout.ok ? { layout: layout.layout, columnIndex: layout.columnIndex } : null;
  },
  validate: (cells, layout, options) => validateEmployeeRow(cells, layout as ImportLayout, options),
  async open(tx, target, file) {
    await staging.createEmployeeStaging(tx);
    return new EmployeeMerge(tx, target, file);
  },
  template: {
    columns: EMPLOYEE_TEMPLATE_COLUMNS,
    fileName: { id: 'template-pegawai-jenjang', en: 'template-pegawai-jenjang' },
    sheetKey: 'template.sheet',
    textColumns: ['nip', 'nik'],
  },
};

export function registerImportJob(jobs: JobRunner, deps: ImportDeps, options: ImportOptions = {}): void {
  registerImportKind(jobs, employeeImport, deps, options);
}
