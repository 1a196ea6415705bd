import {
  ASSESSMENT_COLUMNS,
  type AssessmentImportRecord,
  detectAssessmentLayout,
  validateAssessmentRow,
} from '@jenjang/domain/competency/competency-import.rules';
import type { Tx } from '../../db/database';
import type { ImportKind, ImportTarget, MergeRejection } from '../imports/import-pipeline';
import * as repo from './assessment.repository';
import { competencyIdsByCode } from './competency.repository';
import { type EmployeeRow, NipBatchMerge } from './nip-batch-merge';

// The assessment import: results of assessment centres, supervisors, self-assessments and tests,
// one row per employee (by NIP), competency (by code) and day. Rows are appended in file order as
// history; a row repeating the newest recorded for its person, competency, day and method at the
// same level changes nothing, so a file imported twice adds nothing the second time.

export const ASSESSMENT_IMPORT_JOB = 'competency-assessment-import';

class AssessmentImportMerge extends NipBatchMerge<AssessmentImportRecord> {
  constructor(
    tx: Tx,
    target: ImportTarget,
    private readonly codes: Map<string, number>,
  ) {
    super(tx, target);
  }

  protected async write(rows: readonly EmployeeRow<AssessmentImportRecord>[]): Promise<MergeRejection[]> {
    const rejected: MergeRejection[] = [];
    const accepted: repo.NewAssessment[] = [];
    // Identical rows of one batch are one assessment: the statement compares each with what was
    // recorded before it, not with its neighbours.
    const seen = new Set<string>();
    for (const { rowNumber, record, employeeId } of rows) {
      const competencyId = this.codes.get(record.code);
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
      const key = JSON.stringify([employeeId, competencyId, record.assessedOn, record.method, record.level]);
      if (seen.has(key)) continue;
      seen.add(key);
      accepted.push({
        employeeId,
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
