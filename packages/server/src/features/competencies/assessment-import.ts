import {
  ASSESSMENT_COLUMNS,
  type AssessmentImportRecord,
  detectAssessmentLayout,
  validateAssessmentRow,
} from '@jenjang/domain/competency/competency-import.rules';
import type { Tx } from '../../db/database';
import type {
  ImportKind,
  ImportMerge,
  ImportTarget,
  MergeRejection,
  MergeTotals,
} from '../imports/import-pipeline';
import * as repo from './assessment.repository';
import { competencyIdsByCode } from './competency.repository';

// The assessment import: results of assessment centres, supervisors, self-assessments and tests,
// one row per employee (by NIP), competency (by code) and day. Rows are appended in file order as
// history; a row repeating the newest recorded for its person, competency, day and method at the
// same level changes nothing, so a file imported twice adds nothing the second time.

export const ASSESSMENT_IMPORT_JOB = 'competency-assessment-import';

class AssessmentImportMerge implements ImportMerge<AssessmentImportRecord> {
  private rows: { rowNumber: number; record: AssessmentImportRecord }[] = [];
  private inserted = 0;

  constructor(
    private readonly tx: Tx,
    private readonly target: ImportTarget,
    private readonly codes: Map<string, number>,
  ) {}

  get pending(): number {
    return this.rows.length;
  }

  push(rowNumber: number, record: AssessmentImportRecord): void {
    this.rows.push({ rowNumber, record });
  }

  async flush(): Promise<MergeRejection[]> {
    const batch = this.rows;
    this.rows = [];
    const employees = await repo.employeesByNip(this.tx, [...new Set(batch.map((r) => r.record.nip))]);
    const rejected: MergeRejection[] = [];
    const accepted: repo.NewAssessment[] = [];
    // Identical rows of one batch are one assessment: the statement compares each with what was
    // recorded before it, not with its neighbours.
    const seen = new Set<string>();
    for (const { rowNumber, record } of batch) {
      const employee = employees.get(record.nip);
      const competencyId = this.codes.get(record.code);
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
      if (competencyId === undefined) {
        rejected.push({
          rowNumber,
          issue: {
            column: 'kode_kompetensi',
            value: record.code,
            code: 'competency.unknownCode',
            params: { value: record.code },
          },
        });
        continue;
      }
      const row = { employeeId: employee.id, competencyId, ...record };
      const key = JSON.stringify([row.employeeId, competencyId, row.assessedOn, row.method, row.level]);
      if (seen.has(key)) continue;
      seen.add(key);
      accepted.push({
        employeeId: employee.id,
        competencyId,
        level: record.level,
        assessedOn: record.assessedOn,
        method: record.method,
        assessor: record.assessor,
        source: record.source,
      });
    }
    await repo.lockEmployees(
      this.tx,
      [...new Set(accepted.map((a) => a.employeeId))].sort((a, b) => a - b),
    );
    const ids = await repo.appendAssessments(this.tx, this.target.tenantId, accepted, {
      by: this.target.accountId,
      jobId: this.target.jobId,
    });
    this.inserted += ids.length;
    return rejected;
  }

  async finish(): Promise<MergeTotals> {
    return { inserted: this.inserted, updated: 0, superseded: 0, warnings: 0, issues: [] };
  }
}

export const assessmentImport: ImportKind<AssessmentImportRecord> = {
  job: ASSESSMENT_IMPORT_JOB,
  permission: 'competency.assess',
  reach: 'tenant',
  completedEvent: 'competency.assessmentsImported',
  noHeaderKey: 'import.noHeaderAssessments',
  header(values) {
    const layout = detectAssessmentLayout(values);
    return layout.ok ? { layout: layout.layout, columnIndex: layout.columnIndex } : null;
  },
  validate: (cells, _layout, options) => validateAssessmentRow(cells, options),
  async open(tx, target) {
    return new AssessmentImportMerge(tx, target, await competencyIdsByCode(tx));
  },
  template: {
    columns: ASSESSMENT_COLUMNS,
    fileName: { id: 'template-penilaian-kompetensi-jenjang', en: 'template-competency-assessments-jenjang' },
    sheetKey: 'template.assessmentSheet',
    textColumns: ['nip', 'kode_kompetensi'],
  },
};
