import type { Tx } from '../../db/database';
import type { ImportMerge, ImportTarget, MergeRejection, MergeTotals } from '../imports/import-pipeline';
import { employeesByNip } from './assessment.repository';

/** A row of a batch whose NIP names an employee of the government. */
export interface EmployeeRow<R> {
  rowNumber: number;
  record: R;
  employeeId: number;
}

/**
 * The merge of an import whose rows each name an employee by NIP (assessment results, development
 * history): rows are taken a batch at a time, the batch's NIPs looked up at once, a row naming
 * nobody in the government refused by its NIP, and the rest handed to `write`, which counts what
 * it inserted and updated.
 */
export abstract class NipBatchMerge<R extends { nip: string }> implements ImportMerge<R> {
  private rows: { rowNumber: number; record: R }[] = [];
  protected inserted = 0;
  protected updated = 0;

  constructor(
    protected readonly tx: Tx,
    protected readonly target: ImportTarget,
  ) {}

  get pending(): number {
    return this.rows.length;
  }

  push(rowNumber: number, record: R): void {
    this.rows.push({ rowNumber, record });
  }

  async flush(): Promise<MergeRejection[]> {
    // The next batch is read while this one is written: take it out first.
    const batch = this.rows;
    this.rows = [];
    const employees = await employeesByNip(this.tx, [...new Set(batch.map((r) => r.record.nip))]);
    const rejected: MergeRejection[] = [];
    const known: EmployeeRow<R>[] = [];
    for (const { rowNumber, record } of batch) {
      const employee = employees.get(record.nip);
      if (employee) known.push({ rowNumber, record, employeeId: employee.id });
      else {
        rejected.push({
          rowNumber,
          issue: {
            column: 'nip',
            value: record.nip,
            code: 'competency.unknownEmployee',
            params: { value: record.nip },
          },
        });
      }
    }
    return [...rejected, ...(await this.write(known))];
  }

  protected abstract write(rows: readonly EmployeeRow<R>[]): Promise<MergeRejection[]>;

  async finish(): Promise<MergeTotals> {
    return { inserted: this.inserted, updated: this.updated, superseded: 0, warnings: 0, issues: [] };
  }
}
