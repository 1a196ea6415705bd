import type {
  GapQuery,
  NeedsComparisonQuery,
  NeedsQuery,
} from '@jenjang/domain/competency/competency.contract';
import { compareNeeds } from '@jenjang/domain/competency/needs-comparison.rules';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { notFound, ProblemError } from '../../http/problem';
import type { Locale } from '../../i18n/translate';
import { jpmThresholds } from '../settings/settings.service';
import { getWaveResults } from '../surveys/results/result.service';
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
    const bucketIds = [...new Set(cells.map((r) => r.bucket))];
    const unitNames = await gaps.unitNames(
      tx,
      bucketIds.flatMap((id) => (id === null ? [] : [id])),
    );
    return {
      unit: root && name !== null ? { id: root.id, name } : null,
      asOf,
      compareTo: query.compareTo ?? null,
      jpmThresholds: thresholds,
      jpm: jpmOf(rows.find((r) => r.grain === 'jpmTotal')),
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
          name: id === null ? '' : (unitNames.get(id) ?? ''),
          cells: cells
            .filter((r) => r.bucket === id)
            .map((r) => ({ competencyId: r.competencyId!, ...counts(r) }))
            .sort((a, b) => a.competencyId - b.competencyId),
          jpm: jpmOf(jpmRows.find((r) => r.bucket === id)),
        }))
        // Employees without a unit (bucket null) last.
        .sort(
          (a, b) =>
            Number(a.unitId === null) - Number(b.unitId === null) || a.name.localeCompare(b.name, 'id'),
        ),
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

/**
 * Measured gaps (the scope's assessments) beside stated needs (a needs survey wave's ability and need
 * ratings, LAN's practice): per competency whether both show a large need, one only, or neither
 * (domain compareNeeds). The survey's figures are the wave's as its reader may see them (the k rule,
 * the reader's reach on survey results): whole-wave, not narrowed to the unit.
 */
export async function needsComparison(
  db: Db,
  actor: Actor,
  query: z.output<typeof NeedsComparisonQuery>,
  now: Date,
  locale: Locale,
) {
  const results = await getWaveResults(db, actor, query.waveId, undefined, now);
  const stated = results.report.needs;
  if (stated === null) throw new ProblemError(400, 'competency.notNeedsWave');
  return withTenant(db, actor.tenantId, async (tx) => {
    const { root, name } = await rootFor(tx, actor, query.unitId, 'aggregate.read');
    const thresholds = await jpmThresholds(tx);
    const rows = await gaps.gapBreakdowns(tx, { root, asOf: null }, thresholds);
    const dictionary = await competencies.competencyNames(tx, locale);
    const byId = new Map(dictionary.map((c) => [c.id, c]));
    const measured = rows
      .filter((r) => r.grain === 'competency')
      .map((r) => ({ code: byId.get(r.competencyId!)!.code, assessed: r.assessed, below: r.below }));
    const statedByCode = new Map(
      stated.flatMap((n) => (n.competency === null ? [] : [[n.competency, n] as const])),
    );
    const agreement = compareNeeds(
      measured,
      [...statedByCode.values()].map((n) => ({ code: n.competency!, gap: n.gap })),
    );
    const measuredByCode = new Map(measured.map((m) => [m.code, m]));
    const texts = new Map<string, string>(
      results.definition.sections.flatMap((section) =>
        section.questions.flatMap((q) =>
          q.type === 'abilityNeed'
            ? q.statements.map((st) => [`${q.key}.${st.key}`, st.text[locale]] as const)
            : [],
        ),
      ),
    );
    return {
      survey: { id: results.survey.id, title: results.survey.title },
      wave: { id: results.wave.id, label: results.wave.label, responses: results.report.responses },
      unit: root && name !== null ? { id: root.id, name } : null,
      rows: dictionary
        .filter((c) => measuredByCode.has(c.code) || statedByCode.has(c.code))
        .map((c) => ({
          code: c.code,
          name: c.name,
          assessed: measuredByCode.get(c.code)?.assessed ?? 0,
          below: measuredByCode.get(c.code)?.below ?? 0,
          meanAbility: statedByCode.get(c.code)?.meanAbility ?? null,
          meanNeed: statedByCode.get(c.code)?.meanNeed ?? null,
          statedGap: statedByCode.get(c.code)?.gap ?? null,
          agreement: agreement.get(c.code) ?? 'unknown',
        })),
      uncoded: stated
        .filter((n) => n.competency === null)
        .map((n) => ({
          statement: n.statements[0] ?? '',
          text: texts.get(n.statements[0] ?? '') ?? n.statements[0] ?? '',
          meanAbility: n.meanAbility,
          meanNeed: n.meanNeed,
          statedGap: n.gap,
        })),
    };
  });
}
