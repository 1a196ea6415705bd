import { type Actor, can, listScope } from '@jenjang/domain/shared/access';
import { IMPORT_KIND_NAMES } from '@jenjang/domain/shared/dashboard.contract';
import { MIN_K } from '@jenjang/domain/shared/group-suppression.rules';
import type { Config } from '../../config';
import { type Db, withTenant } from '../../db/database';
import { IMPORT_KINDS } from '../imports/import-kinds';
import { isStale } from '../jobs/job-outcome';
import { getIkmOverview, listVisibleResults } from '../surveys/results/result-overview.service';
import { listSurveys } from '../surveys/surveys/survey.service';
import { headlineFigures, recentImports } from './dashboard.repository';

// The figures of each role's home (Beranda). Every part is authorised for the actor here or by the
// service it comes from: workforce figures by dashboard.read's reach (none for mitra or pegawai),
// survey figures by the results' reach and the k rule (result-overview.service.ts).

/** Workforce figures of what the actor may see: the tenant, or their unit subtree. */
export async function dashboard(db: Db, actor: Actor) {
  const figures = await withTenant(db, actor.tenantId, (tx) =>
    headlineFigures(tx, listScope(actor, 'dashboard.read')),
  );
  return {
    employees: figures.totals,
    byUnit: figures.byUnit.map((r) => ({ unitId: r.unit_id, name: r.name, count: r.count })),
    byGolongan: figures.byGolongan,
    byPositionKind: figures.byKind,
  };
}

const RESULTS_ON_HOME = 6;

/**
 * The survey figures of a reader's home: the IKM of every SKM wave it may read (whole, or its
 * slice once shown) and its newest visible results, both from the results' own services, so the
 * home can show nothing the results pages would not.
 */
export async function dashboardSurveys(db: Db, actor: Actor, config: Pick<Config, 'surveyMinGroupSize'>) {
  const ikm = await getIkmOverview(db, actor);
  const results = await listVisibleResults(db, actor);
  return {
    k: Math.max(MIN_K, config.surveyMinGroupSize),
    ikm: ikm.items,
    results: results.items.slice(0, RESULTS_ON_HOME),
    ikmConvention: ikm.convention,
  };
}

const IMPORTS_ON_HOME = 5;
const NAME_OF_JOB = new Map<string, (typeof IMPORT_KIND_NAMES)[number]>(
  IMPORT_KIND_NAMES.map((name) => [IMPORT_KINDS[name].job, name]),
);

/** What asks an admin's attention: waves collecting answers now, and the latest imports. */
export async function dashboardAttention(db: Db, actor: Actor, now: Date) {
  const surveys = await listSurveys(db, actor, { archived: false }, now);
  const openWaves = surveys.items.flatMap((survey) => {
    const wave = survey.latestWave;
    // A wave whose whole counts are beyond the reader (a survey of the whole government seen by an
    // OPD-scoped admin) is not this reader's to watch.
    if (wave?.status !== 'open' || wave.responses === null || wave.invited === null) return [];
    return [
      {
        surveyId: survey.id,
        waveId: wave.id,
        title: survey.title,
        label: wave.label,
        closesAt: wave.closesAt,
        invited: wave.invited,
        // A public wave's waiting answers are not told (docs/privacy.md): only those released.
        answered: wave.responses + (wave.pending ?? 0),
      },
    ];
  });
  // Jobs belong to no unit: a scoped admin reaches only those it started itself.
  const ownOnly = listScope(actor, 'job.read').kind !== 'tenant';
  const rows = await withTenant(db, actor.tenantId, (tx) =>
    recentImports(tx, [...NAME_OF_JOB.keys()], ownOnly ? actor.accountId : null, IMPORTS_ON_HOME),
  );
  const imports = rows
    .filter((row) => can(actor, 'job.read', { tenantId: row.tenant_id, accountId: row.account_id }))
    .map((row) => {
      const result = row.result as { rows?: number; invalid?: number } | null;
      return {
        jobId: row.id,
        kind: NAME_OF_JOB.get(row.kind)!,
        status: isStale(row, now) ? ('failed' as const) : row.status,
        createdAt: new Date(row.created_at).toISOString(),
        finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
        rows: result?.rows ?? null,
        invalid: result?.invalid ?? null,
      };
    });
  return { openWaves, imports };
}
