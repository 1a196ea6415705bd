import {
  detectUnitLayout,
  UNIT_PATH_COLUMNS,
  type UnitImportLayout,
  type UnitImportRecord,
  validateUnitRow,
} from '@jenjang/domain/people/organisation-import.rules';
import { defaultUnitKind, isClosed } from '@jenjang/domain/people/unit-tree.rules';
import type { RowIssue } from '@jenjang/domain/shared/import-cells';
import type { Tx } from '../../db/database';
import { publish } from '../../events';
import type {
  FileLayout,
  ImportKind,
  ImportMerge,
  ImportTarget,
  MergeTotals,
} from '../imports/import-pipeline';
import * as repo from './unit.repository';

// The unit import: a file of units by their path of names from the top ('Dinas Pendidikan >
// Bidang SD') or by name and parent name. Names resolve as in the employee import (siblings
// match case-insensitively); what is missing is created, what exists is left as it is, so a
// second import of the same file changes nothing. Files are small (a government has hundreds of
// units), so rows are kept until the end and merged in file order.

export const UNIT_IMPORT_JOB = 'unit-import';

type Unit = repo.UnitRow;
type Issue = MergeTotals['issues'][number];

interface PendingRow {
  rowNumber: number;
  record: UnitImportRecord;
}

const childKey = (parentId: number | null, name: string) => `${parentId ?? 0}\u0000${name.toLowerCase()}`;

/** The government's units, indexed for resolving names; grows as the import creates units. */
class UnitIndex {
  private readonly children = new Map<string, Unit>();
  private readonly byName = new Map<string, Unit[]>();

  constructor(units: readonly Unit[]) {
    for (const unit of units) this.add(unit);
  }

  add(unit: Unit): void {
    this.children.set(childKey(unit.parent_id, unit.name), unit);
    const same = this.byName.get(unit.name.toLowerCase()) ?? [];
    same.push(unit);
    this.byName.set(unit.name.toLowerCase(), same);
  }

  child(parentId: number | null, name: string): Unit | undefined {
    return this.children.get(childKey(parentId, name));
  }

  named(name: string): Unit[] {
    return this.byName.get(name.toLowerCase()) ?? [];
  }
}

class UnitImportMerge implements ImportMerge<UnitImportRecord> {
  readonly pending = 0;
  private readonly rows = new Map<string, PendingRow>();
  private readonly issues: Issue[] = [];
  private superseded = 0;
  private inserted = 0;
  private index: UnitIndex | null = null;

  constructor(
    private readonly tx: Tx,
    private readonly target: ImportTarget,
    private readonly file: FileLayout,
    private readonly scopeUnitId: number | null,
  ) {}

  /** The same unit named again: the later row wins, the earlier one is warned about. */
  push(rowNumber: number, record: UnitImportRecord): void {
    const key = `${record.anchored ? '/' : '~'}${record.path.map((name) => name.toLowerCase()).join('\u0000')}`;
    const earlier = this.rows.get(key);
    if (earlier) {
      this.superseded++;
      this.issues.push({
        rowNumber: earlier.rowNumber,
        severity: 'warning',
        issue: this.issue('import.duplicateUnit', { row: rowNumber }, earlier.record),
      });
    }
    this.rows.set(key, { rowNumber, record });
  }

  async flush() {
    return [];
  }

  async finish(): Promise<MergeTotals> {
    this.index = new UnitIndex(await repo.allUnits(this.tx));
    // Shorter paths first, so that a unit a row names explicitly (with its kind) is created by
    // that row rather than implied by a deeper one. Rows naming a parent created by a later row
    // wait for it: repeat while rows get placed.
    let waiting = [...this.rows.values()].sort(
      (a, b) => a.record.path.length - b.record.path.length || a.rowNumber - b.rowNumber,
    );
    for (let progress = true; waiting.length > 0 && progress; ) {
      const before = waiting.length;
      const next: PendingRow[] = [];
      for (const row of waiting) if (!(await this.merge(row))) next.push(row);
      waiting = next;
      progress = waiting.length < before;
    }
    for (const row of waiting) {
      this.refuse(row, 'row.parentUnknown', { name: row.record.path[0] ?? '' });
    }
    const warnings = this.issues.filter((found) => found.severity === 'warning').length;
    return {
      inserted: this.inserted,
      updated: 0,
      superseded: this.superseded,
      warnings,
      issues: this.issues,
    };
  }

  /** Places one row; false when its parent (named alone) does not exist yet. */
  private async merge(row: PendingRow): Promise<boolean> {
    const start = this.start(row);
    if (start === 'wait') return false;
    if (start === 'refused') return true;
    let parent = start.parent;
    let created = false;
    for (const name of row.record.path.slice(start.resolved)) {
      const found = created ? undefined : this.index?.child(parent?.id ?? null, name);
      if (found) {
        parent = found;
        continue;
      }
      if (!created && !this.acceptable(row, parent)) return true;
      parent = await this.create(row, parent, name);
      created = true;
    }
    if (created) this.inserted++;
    else this.acceptable(row, parent);
    return true;
  }

  /**
   * Whether the row may use the deepest unit that exists on its path: not closed (closing closes
   * the subtree, so an open unit has no closed ancestor), and inside a scoped admin's subtree.
   */
  private acceptable(row: PendingRow, unit: Unit | null): boolean {
    if (unit && isClosed({ closedOn: unit.closed_on }, this.target.today)) {
      this.refuse(row, 'row.unitClosed', { unit: unit.name, date: unit.closed_on ?? '' });
      return false;
    }
    if (this.scopeUnitId !== null && !unit?.path.includes(this.scopeUnitId)) {
      this.refuse(row, 'row.unitOutOfReach', { name: row.record.path.at(-1) ?? '' });
      return false;
    }
    return true;
  }

  /** Where a row's path starts: the top, or the one unit its parent name names. */
  private start(row: PendingRow) {
    if (row.record.anchored) return { parent: null as Unit | null, resolved: 0 };
    const name = row.record.path[0] ?? '';
    const named = this.index?.named(name) ?? [];
    if (named.length === 0) return 'wait' as const;
    // An open unit of that name is meant rather than a closed one; two open ones are ambiguous.
    const open = named.filter((unit) => !isClosed({ closedOn: unit.closed_on }, this.target.today));
    const candidates = open.length > 0 ? open : named;
    if (candidates.length > 1) {
      this.refuse(row, 'row.parentAmbiguous', { name, count: candidates.length });
      return 'refused' as const;
    }
    return { parent: candidates[0] as Unit, resolved: 1 };
  }

  private async create(row: PendingRow, parent: Unit | null, name: string): Promise<Unit> {
    const depth = (parent?.path.length ?? 0) + 1;
    const last = row.record.path.at(-1) === name;
    const kind = last && row.record.kind !== null ? row.record.kind : defaultUnitKind(depth);
    const unit = await repo.insertUnit(this.tx, {
      tenantId: this.target.tenantId,
      parentId: parent?.id ?? null,
      parentPath: parent?.path ?? [],
      name,
      kind,
    });
    this.index?.add(unit);
    await publish(this.tx, this.target.tenantId, {
      type: 'unit.created',
      actorAccountId: this.target.accountId,
      payload: {
        unitId: unit.id,
        name,
        kind,
        parentId: parent?.id ?? null,
        parentName: parent?.name ?? null,
        job: this.target.jobId,
      },
    });
    return unit;
  }

  private refuse(row: PendingRow, code: string, params: RowIssue['params']): true {
    this.issues.push({
      rowNumber: row.rowNumber,
      severity: 'error',
      issue: this.issue(code, params, row.record),
    });
    return true;
  }

  private issue(code: string, params: RowIssue['params'], record: UnitImportRecord): RowIssue {
    const path = this.file.layout === 'path';
    const column = path ? 'unit_kerja' : 'nama_unit';
    const value = path ? record.path.join(' > ') : (record.path.at(-1) ?? '');
    return params === undefined ? { column, value, code } : { column, value, code, params };
  }
}

export const unitImport: ImportKind<UnitImportRecord> = {
  job: UNIT_IMPORT_JOB,
  permission: 'unit.manage',
  reach: 'unit',
  completedEvent: 'unit.imported',
  noHeaderKey: 'import.noHeaderUnits',
  header(values) {
    const layout = detectUnitLayout(values);
    return layout.ok ? { layout: layout.layout, columnIndex: layout.columnIndex } : null;
  },
  validate: (cells, layout) => validateUnitRow(cells, layout as UnitImportLayout),
  async open(tx, target, file) {
    const scope = target.accountId === null ? null : await repo.accountScope(tx, target.accountId);
    return new UnitImportMerge(tx, target, file, scope);
  },
  template: {
    columns: UNIT_PATH_COLUMNS,
    fileName: { id: 'template-unit-kerja-jenjang', en: 'template-units-jenjang' },
    sheetKey: 'template.unitSheet',
  },
};
