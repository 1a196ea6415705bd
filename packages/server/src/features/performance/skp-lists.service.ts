import type { SkpListQuery } from '@jenjang/domain/performance/performance.contract';
import type { Predikat } from '@jenjang/domain/performance/predikat.rules';
import { type Actor, can, listScope } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, withTenant } from '../../db/database';
import { notFound } from '../../http/problem';
import * as repo from './performance.repository';
import { GOVERNMENT } from './performance-access';
import { appraisalView, personView, planning } from './skp.service';

// Lists of SKP: the reader's own with their history and those they appraise (Kinerja Saya), and a
// year's SKP in the reader's reach.

function summaryView(row: repo.SkpSummaryRow) {
  return {
    id: row.id,
    year: row.year,
    cycleState: row.cycleState,
    state: row.state,
    employee: personView(row),
    appraiserName: row.appraiserName,
    predikat: row.predikat as Predikat | null,
  };
}

/** The reader's own performance: their SKP, the years they may still open one, whom they appraise, their history. */
export async function myPerformance(db: Db, actor: Actor) {
  const employeeId = actor.employeeId;
  if (employeeId === null || !can(actor, 'performance.plan', { ...GOVERNMENT(actor), employeeId }))
    throw notFound();
  return withTenant(db, actor.tenantId, async (tx) => {
    const [cycles, skps, appraising, history] = await Promise.all([
      repo.cycles(tx),
      repo.skpsOf(tx, { employeeId }),
      repo.skpsOf(tx, { appraiserId: employeeId }),
      repo.appraisalsOf(tx, employeeId),
    ]);
    const years = new Set(skps.map((s) => s.year));
    return {
      openCycles: cycles
        .filter((c) => planning(c) && !years.has(c.year))
        .map(({ id, year, state }) => ({ id, year, state })),
      skps: skps.map(summaryView),
      appraising: appraising.map(summaryView),
      history: history.map(appraisalView),
    };
  });
}

export async function listSkps(db: Db, actor: Actor, query: z.output<typeof SkpListQuery>) {
  const scope = listScope(actor, 'performance.read');
  if (scope.kind === 'none' || scope.kind === 'owner') throw notFound();
  return withTenant(db, actor.tenantId, async (tx) => {
    if (!(await repo.findCycle(tx, query.cycleId))) throw notFound();
    const { rows, total } = await repo.listSkps(tx, scope, query);
    return { items: rows.map(summaryView), total };
  });
}
