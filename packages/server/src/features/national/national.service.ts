import { type Actor, listScope } from '@jenjang/domain/shared/access';
import { MIN_K } from '@jenjang/domain/shared/group-suppression.rules';
import { suppressTable } from '@jenjang/domain/shared/table-suppression.rules';
import type { TimeZone } from '@jenjang/domain/shared/time-zone';
import { computeIkm, type IkmConvention, roundIkmResult } from '@jenjang/domain/surveys/ikm.rules';
import type { SkmElement } from '@jenjang/domain/surveys/instrument.contract';
import { waveState } from '@jenjang/domain/surveys/survey-wave.rules';
import type { Config } from '../../config';
import { type Db, type Tx, withTenant } from '../../db/database';
import { forbidden } from '../../http/problem';
import { conventionOf } from '../settings/settings.service';
import * as repo from './national.repository';

type Settings = Pick<Config, 'demoData' | 'surveyMinGroupSize'>;

/**
 * Runs `work` for a national viewer only: the role's reach on aggregates must span governments
 * (listScope) and the account must live in the national tenant (migration 0014 keeps it so; this
 * checks again). Everyone else gets 403, whatever the route let through.
 */
async function asNationalViewer<T>(
  db: Db,
  settings: Settings,
  actor: Actor,
  work: (tx: Tx, governments: Map<number, Government>, conventions: Map<number, IkmConvention>) => Promise<T>,
): Promise<T> {
  if (listScope(actor, 'aggregate.read').kind !== 'allTenants') throw forbidden();
  return withTenant(db, actor.tenantId, async (tx) => {
    if ((await repo.tenantKind(tx, actor.tenantId)) !== 'nasional') throw forbidden();
    const rows = await repo.governments(tx);
    // Outside demo mode, demo governments left in the database stay out of national figures.
    const shown = rows.filter((row) => settings.demoData || !row.demo);
    return work(
      tx,
      new Map(shown.map((row) => [row.tenant_id, toGovernment(row)])),
      new Map(shown.map((row) => [row.tenant_id, conventionOf(row)])),
    );
  });
}

type Government = ReturnType<typeof toGovernment>;

const toGovernment = (row: repo.GovernmentRow) => ({
  id: row.tenant_id,
  code: row.code,
  name: row.name,
  kind: row.kind,
  timeZone: row.time_zone as TimeZone,
});

/** The deployment's k: the smallest group any figure may count (never below 3). */
const deploymentK = (settings: Settings) => Math.max(MIN_K, settings.surveyMinGroupSize);

/** Employees per government and type (PNS, PPPK), with the national totals, under the k rule. */
export async function nationalEmployees(db: Db, settings: Settings, actor: Actor) {
  const k = deploymentK(settings);
  return asNationalViewer(db, settings, actor, async (tx, governments) => {
    const counts = (await repo.employeeCounts(tx)).filter((row) => governments.has(row.tenant_id));
    const table = suppressTable(
      counts.map((row) => [row.pns, row.pppk]),
      k,
    );
    return {
      k,
      governments: counts.map((row, i) => ({
        government: governments.get(row.tenant_id)!,
        pns: table.cells[i]![0]!,
        pppk: table.cells[i]![1]!,
        total: table.rowTotals[i]!,
      })),
      totals: {
        pns: table.columnTotals?.[0] ?? null,
        pppk: table.columnTotals?.[1] ?? null,
        total: table.total,
      },
    };
  });
}

/**
 * PermenPANRB 14/2017 per government, service unit and period: the IKM of every published SKM
 * wave, from per-element means computed in the database, each government's in its own convention
 * (exactly 1/9, or 0.111 with NRR tertimbang rounded as its past reports did), said on each row:
 * the figures of two governments of different conventions differ by up to 0.1 by convention alone.
 * A wave with fewer than k answers, or an element answered by fewer than k, shows no IKM.
 */
export async function nationalIkm(db: Db, settings: Settings, actor: Actor) {
  const k = deploymentK(settings);
  return asNationalViewer(db, settings, actor, async (tx, governments, conventions) => {
    const byWave = new Map<number, repo.IkmElementRow[]>();
    for (const row of await repo.ikmElements(tx, k)) {
      if (!governments.has(row.tenant_id)) continue;
      byWave.set(row.wave_id, [...(byWave.get(row.wave_id) ?? []), row]);
    }
    const items = [...byWave.values()].map((rows) => {
      const first = rows[0]!;
      const convention = conventions.get(first.tenant_id)!;
      return {
        government: governments.get(first.tenant_id)!,
        surveyTitle: first.survey_title,
        serviceUnit: first.service_unit,
        serviceName: first.service_name,
        wave: period(first),
        responses: first.responses,
        ikm: first.responses === null ? null : ikmOf(rows, k, convention),
        convention,
      };
    });
    return { k, items: items.sort(byGovernmentThenNewest) };
  });
}

function ikmOf(rows: repo.IkmElementRow[], k: number, convention: IkmConvention) {
  const measured = rows.filter((row) => row.element !== null);
  if (measured.length === 0 || measured.some((row) => (row.answered ?? 0) < k)) return null;
  const elements = measured.map((row) => row.element as SkmElement);
  const result = computeIkm(
    measured.map((row) => ({ element: row.element as SkmElement, n: row.answered!, nrr: row.mean })),
    elements,
    convention,
  );
  return result ? roundIkmResult(result) : null;
}

/**
 * How many of those invited to each published wave of an identified or anonymous survey answered,
 * per government. Each wave's counts are hidden below its k (the survey's own, if larger).
 */
export async function nationalParticipation(db: Db, settings: Settings, actor: Actor, now: Date) {
  const k = deploymentK(settings);
  return asNationalViewer(db, settings, actor, async (tx, governments) => {
    const items = (await repo.participation(tx))
      .filter((row) => governments.has(row.tenant_id))
      .map((row) => {
        const table = suppressTable(
          [[row.responded, row.invited - row.responded]],
          Math.max(k, row.min_group_size),
          {
            columnTotals: false,
          },
        );
        const invited = table.rowTotals[0]!;
        const responded = table.cells[0]![0]!;
        const state = waveState({ status: row.status, opensAt: row.opens_at, closesAt: row.closes_at }, now);
        return {
          government: governments.get(row.tenant_id)!,
          surveyTitle: row.survey_title,
          mode: row.mode,
          wave: { ...period(row), status: state === 'draft' ? ('scheduled' as const) : state },
          invited,
          responded,
          rate: invited !== null && responded !== null && invited > 0 ? responded / invited : null,
        };
      });
    return { k, items: items.sort(byGovernmentThenNewest) };
  });
}

const period = (row: { wave_label: string; opens_at: Date; closes_at: Date }) => ({
  label: row.wave_label,
  opensAt: new Date(row.opens_at).toISOString(),
  closesAt: new Date(row.closes_at).toISOString(),
});

const byGovernmentThenNewest = (
  a: { government: Government; wave: { opensAt: string } },
  b: { government: Government; wave: { opensAt: string } },
) =>
  a.government.name.localeCompare(b.government.name, 'id') ||
  a.government.id - b.government.id ||
  b.wave.opensAt.localeCompare(a.wave.opensAt);

/**
 * Where competencies fall short across governments: per government, employees by JPM label (a
 * table under the k rule with its totals) and, per national competency, requirements below the
 * standard; a count of 1 to k − 1 (or its complement in the requirements) is hidden.
 */
export async function nationalCompetencyGaps(db: Db, settings: Settings, actor: Actor) {
  const k = deploymentK(settings);
  return asNationalViewer(db, settings, actor, async (tx, governments) => {
    const figures = (await repo.competencyFigures(tx)).filter((row) => governments.has(row.tenant_id));
    const jpm = figures
      .filter((row) => row.code === null)
      .map((row) => ({
        tenant_id: row.tenant_id,
        employees: row.employees ?? 0,
        meets: row.meets ?? 0,
        stillMeets: row.still_meets ?? 0,
        lacking: row.lacking ?? 0,
      }));
    const gaps = figures.flatMap((row) =>
      row.code === null
        ? []
        : [
            {
              tenant_id: row.tenant_id,
              code: row.code,
              required: row.required ?? 0,
              below: row.below ?? 0,
              shortfall: row.shortfall ?? 0,
            },
          ],
    );
    const labels = suppressTable(
      jpm.map((row) => [
        row.meets,
        row.stillMeets,
        row.lacking,
        row.employees - row.meets - row.stillMeets - row.lacking,
      ]),
      k,
    );
    const codes = [...new Set(gaps.map((row) => row.code))].sort(byDictionaryOrder);
    const gapCells = (rows: { required: number; below: number; shortfall: number }[]) => {
      const required = rows.reduce((sum, r) => sum + r.required, 0);
      const below = rows.reduce((sum, r) => sum + r.below, 0);
      const shortfall = rows.reduce((sum, r) => sum + r.shortfall, 0);
      const small = (n: number) => n > 0 && n < k;
      const hidden = small(required) || small(below) || small(required - below);
      return {
        required: small(required) ? null : required,
        below: hidden ? null : below,
        shortfall: hidden ? null : shortfall,
      };
    };
    return {
      k,
      governments: jpm.map((row, i) => ({
        government: governments.get(row.tenant_id)!,
        employees: labels.rowTotals[i]!,
        meets: labels.cells[i]![0]!,
        stillMeets: labels.cells[i]![1]!,
        lacking: labels.cells[i]![2]!,
        unknown: labels.cells[i]![3]!,
        competencies: codes.map((code) => ({
          code,
          ...gapCells(gaps.filter((g) => g.tenant_id === row.tenant_id && g.code === code)),
        })),
      })),
      totals: codes.map((code) => ({ code, ...gapCells(gaps.filter((g) => g.code === code)) })),
    };
  });
}

/** M.1 … M.8, then SK.1: the dictionary's order. */
const byDictionaryOrder = (a: string, b: string) =>
  (a.startsWith('SK') ? 1 : 0) - (b.startsWith('SK') ? 1 : 0) || a.localeCompare(b, 'en', { numeric: true });
