import {
  detectStandardLayout,
  STANDARD_COLUMNS,
  type StandardImportRecord,
  validateStandardRow,
} from '@jenjang/domain/competency/competency-import.rules';
import type { Tx } from '../../db/database';
import type { ImportKind, ImportMerge, ImportTarget, MergeTotals } from '../imports/import-pipeline';
import { competencyIdsByCode } from './competency.repository';
import * as repo from './standard.repository';
import { publishStandardChange } from './standard.service';

// The standards import (Standar Kompetensi Jabatan): one row per position (by name) and competency
// (by code) with its required level. It sets the levels it names and leaves a position's other
// requirements alone; the last row of a position and competency wins. A second import of the same
// file changes nothing.

export const STANDARD_IMPORT_JOB = 'competency-standard-import';

type Issue = MergeTotals['issues'][number];
interface Row {
  rowNumber: number;
  record: StandardImportRecord;
}

class StandardImportMerge implements ImportMerge<StandardImportRecord> {
  readonly pending = 0;
  private readonly rows = new Map<string, Row>();
  private readonly issues: Issue[] = [];
  private superseded = 0;

  constructor(
    private readonly tx: Tx,
    private readonly target: ImportTarget,
  ) {}

  push(rowNumber: number, record: StandardImportRecord): void {
    const key = JSON.stringify([record.positionName.toLowerCase(), record.code]);
    const earlier = this.rows.get(key);
    if (earlier) {
      this.superseded++;
      this.issues.push({
        rowNumber: earlier.rowNumber,
        severity: 'warning',
        issue: {
          column: 'level',
          value: String(earlier.record.level),
          code: 'competency.standardRowRepeated',
          params: { code: record.code, row: rowNumber },
        },
      });
    }
    this.rows.set(key, { rowNumber, record });
  }

  async flush() {
    return [];
  }

  async finish(room: number): Promise<MergeTotals> {
    const positions = await repo.positionsByName(this.tx);
    const codes = await competencyIdsByCode(this.tx);
    const byPosition = new Map<number, Row[]>();
    const refused: Issue[] = [];
    for (const row of [...this.rows.values()].sort((a, b) => a.rowNumber - b.rowNumber)) {
      const position = positions.get(row.record.positionName.toLowerCase());
      const competencyId = codes.get(row.record.code);
      if (!position) {
        refused.push(this.refusal(row, 'jabatan', row.record.positionName, 'competency.unknownPositionName'));
      } else if (competencyId === undefined) {
        refused.push(this.refusal(row, 'kode_kompetensi', row.record.code, 'competency.unknownCode'));
      } else {
        byPosition.set(position.id, [...(byPosition.get(position.id) ?? []), row]);
      }
    }
    const ids = [...byPosition.keys()].sort((a, b) => a - b);
    await repo.lockPositions(this.tx, ids);
    const before = await repo.standardsOf(this.tx, ids, 'id');
    let inserted = 0;
    let updated = 0;
    for (const positionId of ids) {
      const was = new Map((before.get(positionId) ?? []).map((r) => [r.code, r.requiredLevel]));
      const rows = byPosition.get(positionId)!;
      const changed = rows.filter((r) => was.get(r.record.code) !== r.record.level);
      inserted += changed.filter((r) => !was.has(r.record.code)).length;
      updated += changed.filter((r) => was.has(r.record.code)).length;
      await repo.upsertRequirements(
        this.tx,
        this.target.tenantId,
        positionId,
        changed.map((r) => ({ competencyId: codes.get(r.record.code)!, requiredLevel: r.record.level })),
      );
      const name = positions.get(rows[0]!.record.positionName.toLowerCase())!.name;
      await publishStandardChange(
        this.tx,
        {
          tenantId: this.target.tenantId,
          actorAccountId: this.target.accountId,
          positionId,
          positionName: name,
          before: before.get(positionId) ?? [],
          job: this.target.jobId,
        },
        'id',
      );
    }
    // Every refusal is returned (the pipeline counts the rows it refused by them); warnings fit the room.
    const issues = [...refused, ...this.issues.slice(0, Math.max(0, room - refused.length))];
    return { inserted, updated, superseded: this.superseded, warnings: this.issues.length, issues };
  }

  private refusal(row: Row, column: string, value: string, code: string): Issue {
    return { rowNumber: row.rowNumber, severity: 'error', issue: { column, value, code, params: { value } } };
  }
}

export const standardImport: ImportKind<StandardImportRecord> = {
  job: STANDARD_IMPORT_JOB,
  permission: 'competency.manage',
  reach: 'tenant',
  completedEvent: 'competency.standardsImported',
  noHeaderKey: 'import.noHeaderStandards',
  header(values) {
    const layout = detectStandardLayout(values);
    return layout.ok ? { layout: layout.layout, columnIndex: layout.columnIndex } : null;
  },
  validate: (cells) => validateStandardRow(cells),
  async open(tx, target) {
    return new StandardImportMerge(tx, target);
  },
  template: {
    columns: STANDARD_COLUMNS,
    fileName: {
      id: 'template-standar-kompetensi-jabatan-jenjang',
      en: 'template-position-standards-jenjang',
    },
    sheetKey: 'template.standardSheet',
    textColumns: ['kode_kompetensi'],
  },
};
