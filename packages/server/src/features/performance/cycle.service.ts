import { appraiserSpread, type ScoredPredikat } from '@jenjang/domain/performance/appraiser-spread.rules';
import type { CycleBody, DistributionQuery } from '@jenjang/domain/performance/performance.contract';
import { PREDIKATS, type Predikat } from '@jenjang/domain/performance/predikat.rules';
import { type Actor, listScope } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, withTenant } from '../../db/database';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import * as repo from './performance.repository';
import { manages, requireManager } from './performance-access';

// A government's appraisal years (PP 30/2019, PermenPANRB 6/2022): the agency opens a year with its
// check-in frequency and moves it on — planning, running, appraisal, closed — one stage at a time;
// and a year's predikat distribution for leaders. The SKP of a year are skp.service.ts's.

const NEXT_STATE: Record<repo.CycleState, repo.CycleState | null> = {
  planning: 'running',
  running: 'appraisal',
  appraisal: 'closed',
  closed: null,
};

function cycleView(row: repo.CycleRow, counts: Awaited<ReturnType<typeof repo.cycleCounts>> | null) {
  const c = counts?.get(row.id);
  return {
    ...row,
    counts: counts
      ? {
          draft: c?.draft ?? 0,
          proposed: c?.proposed ?? 0,
          agreed: c?.agreed ?? 0,
          appraised: c?.appraised ?? 0,
        }
      : null,
  };
}

export async function listCycles(db: Db, actor: Actor) {
  // The years are the whole government's: whoever reads any appraisal reads them.
  if (listScope(actor, 'performance.read').kind === 'none') throw notFound();
  return withTenant(db, actor.tenantId, async (tx) => {
    const counts = manages(actor) ? await repo.cycleCounts(tx) : null;
    return { items: (await repo.cycles(tx)).map((row) => cycleView(row, counts)) };
  });
}

export async function createCycle(db: Db, actor: Actor, body: z.output<typeof CycleBody>) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const checkIns = body.checkIns ?? (await repo.checkInsOfTenant(tx));
    const id = await repo.insertCycle(tx, actor.tenantId, { year: body.year, checkIns, by: actor.accountId });
    if (id === null) throw new ProblemError(409, 'performance.cycleExists', { year: body.year });
    await publish(tx, actor.tenantId, {
      type: 'performance.cycleChanged',
      actorAccountId: actor.accountId,
      payload: { cycleId: id, year: body.year, state: 'planning' },
    });
    return cycleView((await repo.findCycle(tx, id))!, await repo.cycleCounts(tx));
  });
}

export async function transitionCycle(db: Db, actor: Actor, cycleId: number, to: repo.CycleState, now: Date) {
  requireManager(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const cycle = await repo.findCycle(tx, cycleId, { lock: 'update' });
    if (!cycle) throw notFound();
    if (NEXT_STATE[cycle.state] !== to) {
      throw new ProblemError(409, 'performance.cycleTransition', { from: cycle.state, to });
    }
    await repo.setCycleState(tx, cycleId, to, now);
    await publish(tx, actor.tenantId, {
      type: 'performance.cycleChanged',
      actorAccountId: actor.accountId,
      payload: { cycleId, year: cycle.year, state: to },
    });
    return cycleView({ ...cycle, state: to }, await repo.cycleCounts(tx));
  });
}

/** An active employee of the government, or the field's error. */
const zeroCounts = () => Object.fromEntries(PREDIKATS.map((p) => [p, 0])) as Record<Predikat, number>;

/**
 * A year's annual predikat in the reader's reach: in all, per OPD, and per appraiser with how far
 * each stands from the others (appraiser-spread.rules.ts). For leaders and the agency, a
 * supervisor for their subtree; not for a reader of their own record only.
 */
export async function distribution(db: Db, actor: Actor, query: z.output<typeof DistributionQuery>) {
  const scope = listScope(actor, 'performance.read');
  if (scope.kind !== 'tenant' && scope.kind !== 'unit') throw notFound();
  return withTenant(db, actor.tenantId, async (tx) => {
    const rows = await repo.distribution(tx, scope, query.year, query.unitId);
    const total = zeroCounts();
    const units = new Map<number, { unitId: number; unit: string; counts: Record<Predikat, number> }>();
    const appraisers = new Map<
      string,
      { name: string; nip: string | null; counts: Record<Predikat, number> }
    >();
    for (const row of rows) {
      const predikat = row.predikat as Predikat;
      total[predikat] += row.n;
      if (row.opdId !== null) {
        const unit = units.get(row.opdId) ?? { unitId: row.opdId, unit: row.opd ?? '', counts: zeroCounts() };
        unit.counts[predikat] += row.n;
        units.set(row.opdId, unit);
      }
      const appraiser = appraisers.get(row.appraiserKey) ?? {
        name: row.appraiserName ?? '—',
        nip: row.appraiserNip,
        counts: zeroCounts(),
      };
      appraiser.counts[predikat] += row.n;
      appraisers.set(row.appraiserKey, appraiser);
    }
    const spread = appraiserSpread(
      [...appraisers.entries()].map(([key, a]) => ({
        key,
        counts: a.counts as Record<ScoredPredikat, number>,
      })),
    );
    return {
      year: query.year,
      total,
      units: [...units.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'id')),
      appraisers: spread.appraisers
        .map(({ key, ...figures }) => {
          const { name, nip, counts } = appraisers.get(key)!;
          return { name, nip, counts, ...figures };
        })
        .sort((a, b) => Math.abs(b.deviation) - Math.abs(a.deviation) || a.name.localeCompare(b.name, 'id')),
      peerMean: spread.peerMean,
    };
  });
}
