import { assessmentImport } from '../competencies/assessment-import';
import { developmentImport } from '../competencies/development-import';
import { standardImport } from '../competencies/standard-import';
import type { JobRunner } from '../jobs/job-runner';
import { positionImport } from '../organisation/position-import';
import { unitImport } from '../organisation/unit-import';
import { performanceImport } from '../performance/skp-import';
import { employeeImport } from './import.service';
import { type ImportDeps, type ImportKind, type ImportOptions, registerImportKind } from './import-pipeline';

// Every kind of import the app offers, by the name in its address (/imports/<name>). Employees
// feed the registry; units and positions set up the organisation (features/organisation);
// position standards and assessment results map competencies (features/competencies); appraisal
// history comes from SIASN (features/performance).

export const IMPORT_KINDS = {
  employees: employeeImport,
  units: unitImport,
  positions: positionImport,
  'competency-standards': standardImport,
  'competency-assessments': assessmentImport,
  development: developmentImport,
  'performance-history': performanceImport,
} as const satisfies Record<string, ImportKind<unknown>>;

export type ImportKindName = keyof typeof IMPORT_KINDS;

const BY_JOB = new Map<string, ImportKind<unknown>>(
  Object.values(IMPORT_KINDS).map((kind) => [kind.job, kind]),
);

/** The import kind a job runs, or undefined for jobs that are no import. */
export function importKindOfJob(job: string): ImportKind<unknown> | undefined {
  return BY_JOB.get(job);
}

export const IMPORT_JOBS: readonly string[] = [...BY_JOB.keys()];

export function registerImportJobs(jobs: JobRunner, deps: ImportDeps, options: ImportOptions = {}): void {
  for (const kind of Object.values(IMPORT_KINDS)) registerImportKind<unknown>(jobs, kind, deps, options);
}
