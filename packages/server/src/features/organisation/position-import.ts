import {
  detectPositionLayout,
  POSITION_COLUMNS,
  type PositionImportRecord,
  validatePositionRow,
} from '@jenjang/domain/people/organisation-import.rules';
import type { RowIssue } from '@jenjang/domain/shared/import-cells';
import type { Tx } from '../../db/database';
import { publish } from '../../events';
import type { ImportKind, ImportMerge, ImportTarget, MergeTotals } from '../imports/import-pipeline';
import * as repo from './position.repository';

// The position import: jabatan with kind and jenjang. A name (case-insensitive) that exists is
// updated to the file's kind and jenjang when they differ; a new name is created. The last row
// of a name wins, so a second import of the same file changes nothing.

export const POSITION_IMPORT_JOB = 'position-import';

type Issue = MergeTotals['issues'][number];

class PositionImportMerge implements ImportMerge<PositionImportRecord> {
  readonly pending = 0;
  private readonly rows = new Map<string, { rowNumber: number; record: PositionImportRecord }>();
  private readonly issues: Issue[] = [];
  private superseded = 0;

  constructor(
    private readonly tx: Tx,
    private readonly target: ImportTarget,
  ) {}

  push(rowNumber: number, record: PositionImportRecord): void {
    const key = record.name.toLowerCase();
    const earlier = this.rows.get(key);
    if (earlier) {
      this.superseded++;
      const issue: RowIssue = {
        column: 'jabatan',
        value: earlier.record.name,
        code: 'import.duplicatePosition',
        params: { name: record.name, row: rowNumber },
      };
      this.issues.push({ rowNumber: earlier.rowNumber, severity: 'warning', issue });
    }
    this.rows.set(key, { rowNumber, record });
  }

  async flush() {
    return [];
  }

  async finish(): Promise<MergeTotals> {
    const existing = await repo.positionsByName(this.tx);
    let inserted = 0;
    let updated = 0;
    const rows = [...this.rows.values()].sort((a, b) => a.rowNumber - b.rowNumber);
    for (const { record } of rows) {
      const current = existing.get(record.name.toLowerCase());
      if (!current) {
        const created = await repo.insertPosition(this.tx, { tenantId: this.target.tenantId, ...record });
        await publish(this.tx, this.target.tenantId, {
          type: 'position.created',
          actorAccountId: this.target.accountId,
          payload: { positionId: created.id, ...record, job: this.target.jobId },
        });
        inserted++;
        continue;
      }
      // The stored name keeps its spelling: the file matched it case-insensitively.
      const values = { name: current.name, kind: record.kind, level: record.level };
      if (current.kind === values.kind && current.level === values.level) continue;
      const { holdersChanged } = await repo.updatePosition(this.tx, current.id, values);
      await publish(this.tx, this.target.tenantId, {
        type: 'position.updated',
        actorAccountId: this.target.accountId,
        payload: {
          positionId: current.id,
          name: current.name,
          changes: {
            kind: { before: current.kind, after: values.kind },
            level: { before: current.level, after: values.level },
          },
          holdersChanged,
          job: this.target.jobId,
        },
      });
      updated++;
    }
    return {
      inserted,
      updated,
      superseded: this.superseded,
      warnings: this.issues.length,
      issues: this.issues,
    };
  }
}

export const positionImport: ImportKind<PositionImportRecord> = {
  job: POSITION_IMPORT_JOB,
  permission: 'position.manage',
  reach: 'tenant',
  completedEvent: 'position.imported',
  noHeaderKey: 'import.noHeaderPositions',
  header(values) {
    const layout = detectPositionLayout(values);
    return layout.ok ? { layout: layout.layout, columnIndex: layout.columnIndex } : null;
  },
  validate: (cells) => validatePositionRow(cells),
  async open(tx, target) {
    return new PositionImportMerge(tx, target);
  },
  template: {
    columns: POSITION_COLUMNS,
    fileName: { id: 'template-jabatan-jenjang', en: 'template-positions-jenjang' },
    sheetKey: 'template.positionSheet',
  },
};
