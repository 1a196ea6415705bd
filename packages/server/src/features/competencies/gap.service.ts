import type { GapQuery, NeedsQuery } from '@jenjang/domain/competency/competency.contract';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { notFound, ProblemError } from '../../http/problem';
import type { Locale } from '../../i18n/translate';
import { jpmThresholds } from '../settings/settings.service';
import * as competencies from './competency.repository';
import * as gaps from './gap.repository';

// Where competencies fall short, over a unit subtree or the whole government: figures for readers
// of workforce aggregates (aggregate.read) within their reach; the list of who is furthest below
// names people, so it also needs employee.read over the same reach.

type Root = gaps.GapScope['root'];

/** The subtree asked for (or the reader's own scope, or the government), checked against the reader's reach. */
async function rootFor(
  tx: Tx,
  actor: Actor,
  unitId: number | undefined,
  action: 'aggregate.read' | 'employee.read',
) {
  const id = unitId ?? actor.scopeUnitId;
  if (id === null) {
    if (!can(actor, action, { tenantId: actor.tenantId, unitPath: null })) throw notFound();
    return { root: null as Root, name: null };
  }
  const unit = await gaps.findUnit(tx, id);
  if (!unit || !can(actor, action, { tenantId: actor.tenantId, unitPath: unit.path })) throw notFound();
  return { root: { id: unit.id, path: unit.path } as Root, name: unit.name };
}

function refuseFutureDay(day: string | undefined, today: string, field: string) {
  if (day !== undefined && day > today) {
    throw new ProblemError(400, 'problem.validation', {}, [
      { path: `querystring/${field}`, key: 'errors.competency.futureDay', params: { value: day } },
    ]);
  }
}

const counts = (row: gaps.GapCounts) => ({
  required: row.required,
  assessed: row.assessed,
  below: row.below,
  shortfall: row.shortfall,
});

const jpmOf = (row: gaps.GapRow | undefined) => ({
  employees: row?.employees ?? 0,
  meets: row?.meets ?? 0,
  stillMeets: row?.stillMeets ?? 0,
  lacking: row?.lacking ?? 0,
  unknown: (row?.employees ?? 0) - (row?.meets ?? 0) - (row?.stillMeets ?? 0) - (row?.lacking ?? 0),
});

export async function gapAnalysis(
  db: Db,
  actor: Actor,
  query: z.output<typeof GapQuery>,
  now: Date,
  locale: Locale,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { root, name } = await rootFor(tx, actor, query.unitId, 'aggregate.read');
    const today = await tenantToday(tx, now);
    refuseFutureDay(query.asOf, today, 'asOf');
    refuseFutureDay(query.compareTo, today, 'compareTo');
    const asOf = query.asOf ?? today;
    const thresholds = await jpmThresholds(tx);
    const scope = { root, positionKind: query.positionKind, asOf: query.asOf ?? null };
    const rows = await gaps.gapBreakdowns(tx, scope, thresholds);
    const previous = query.compareTo
      ? await gaps.gapBreakdowns(tx, { ...scope, asOf: query.compareTo }, thresholds)
      : null;
    const dictionary = await competencies.competencyNames(tx, locale);
    const byCompetency = new Map(
      rows.filter((r) => r.grain === 'competency').map((r) => [r.competencyId, r]),
    );
    const before = new Map(
      (previous ?? []).filter((r) => r.grain === 'competency').map((r) => [r.competencyId, r]),
    );
    const cells = rows.filter((r) => r.grain === 'cell');
    const jpmRows = rows.filter((r) => r.grain === 'jpm');
    const bucketIds = [...new Set(cells.map((r) => r.bucket!))];
    const unitNames = await gaps.unitNames(tx, bucketIds);
    return {
      unit: root && name !== null ? { id: root.id, name } : null,
      asOf,
      compareTo: query.compareTo ?? null,
      jpmThresholds: thresholds,
      jpm: jpmOf(jpmRows.find((r) => r.bucket === null)),
      competencies: dictionary
        .filter((c) => byCompetency.has(c.id))
        .map((c) => {
          const earlier = before.get(c.id);
          return {
            competencyId: c.id,
            code: c.code,
            name: c.name,
            type: c.type,
            ...counts(byCompetency.get(c.id)!),
            previous: previous
              ? counts(earlier ?? { required: 0, assessed: 0, below: 0, shortfall: 0 })
              : null,
          };
        }),
      units: bucketIds
        .map((id) => ({
          unitId: id,
          name: unitNames.get(id) ?? '',
          cells: cells
            .filter((r) => r.bucket === id)
            .map((r) => ({ competencyId: r.competencyId!, ...counts(r) })),
          jpm: jpmOf(jpmRows.find((r) => r.bucket === id)),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'id')),
      positionKinds: rows
        .filter((r) => r.grain === 'kind')
        .map((r) => ({ kind: r.kind ?? '', employees: r.employees, ...counts(r) }))
        .sort((a, b) => b.shortfall - a.shortfall || a.kind.localeCompare(b.kind)),
    };
  });
}

/** Who is furthest below their standard, largest shortfall first: names people, so employee.read too. */
export async function largestNeeds(db: Db, actor: Actor, query: z.output<typeof NeedsQuery>) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { root } = await rootFor(tx, actor, query.unitId, 'aggregate.read');
    await rootFor(tx, actor, query.unitId, 'employee.read');
    const { rows, total } = await gaps.largestNeeds(
      tx,
      { root, positionKind: query.positionKind, asOf: null, competencyId: query.competencyId },
      query,
    );
    const names = await gaps.unitNames(
      tx,
      rows.flatMap((r) => (r.unitId === null ? [] : [r.unitId])),
    );
    return {
      items: rows.map(({ unitId, ...row }) => ({
        ...row,
        unitName: unitId === null ? null : (names.get(unitId) ?? null),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}
