import {
  type CreateIndicatorBody,
  IndicatorSourceParams,
  type IndicatorView,
  meetsTarget,
} from '@jenjang/domain/policies/indicator.contract';
import type { Actor } from '@jenjang/domain/shared/access';
import { type Db, type Tx, withTenant } from '../../db/database';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import type { Locale } from '../../i18n/translate';
import * as repo from './indicator.repository';
import type { IndicatorSources } from './indicator-sources';
import * as policies from './policy.repository';
import { authorise, readablePolicy, versionVisible } from './policy-access';
import * as provisions from './provision.repository';

// A policy's indicators: defined by its drafters (policy.manage), read by everyone who reads the
// policy, each value computed by its source from the government's own data when read.

export function listIndicators(
  db: Db,
  sources: IndicatorSources,
  actor: Actor,
  policyId: number,
  locale: Locale,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    await readablePolicy(tx, actor, policyId);
    const items = await indicatorViews(tx, sources, policyId, locale);
    const versions = (await policies.listVersions(tx, policyId))
      .flatMap((v) =>
        v.status === 'adopted' && v.effective_from
          ? [{ number: v.number, effectiveFrom: v.effective_from }]
          : [],
      )
      .sort((a, b) => a.number - b.number);
    const citations = await provisions.changesCiting(
      tx,
      'indicator_id',
      items.map((item) => item.id),
    );
    return {
      items,
      versions,
      citations: citations
        .filter((use) => use.version_status !== 'discarded' && versionVisible(actor, use.version_status))
        .map((use) => ({
          indicatorId: use.cited_id,
          measuredAt: use.measured_at!.toISOString(),
          measuredLabel: use.measured_label!,
          value: use.measured_value!,
          versionId: use.version_id,
          versionNumber: use.version_number,
          provisionLabel: use.label,
          removed: use.removed,
        })),
    };
  });
}

/**
 * The policy's indicators, each with its values computed now (the caller authorises the policy);
 * `asOf`: only the measurements begun by then, as an evaluation's report compiled then shows them.
 */
export async function indicatorViews(
  tx: Tx,
  sources: IndicatorSources,
  policyId: number,
  locale: Locale,
  asOf?: Date,
): Promise<IndicatorView[]> {
  const items: IndicatorView[] = [];
  for (const row of await repo.listIndicators(tx, policyId)) {
    items.push(await viewOf(tx, sources, row, locale, asOf));
  }
  return items;
}

type IndicatorRow = Awaited<ReturnType<typeof repo.listIndicators>>[number];

/** One indicator's values over time, computed now by its source (the caller authorises the policy). */
export function pointsOf(tx: Tx, sources: IndicatorSources, row: IndicatorRow, locale: Locale) {
  const params = IndicatorSourceParams.parse(row.params);
  return sources.of(params).measure(tx, params, locale, { id: row.id, policyId: row.policy_id });
}

async function viewOf(
  tx: Tx,
  sources: IndicatorSources,
  row: IndicatorRow,
  locale: Locale,
  asOf?: Date,
): Promise<IndicatorView> {
  const params = IndicatorSourceParams.parse(row.params);
  const points = (await pointsOf(tx, sources, row, locale)).filter(
    (p) => asOf === undefined || p.since.getTime() <= asOf.getTime(),
  );
  const latest = [...points].reverse().find((p) => p.value !== null)?.value ?? null;
  return {
    id: row.id,
    name: row.name,
    params,
    sourceLabel: await sources.of(params).describe(tx, params, locale),
    direction: row.direction,
    baseline: row.baseline,
    target: row.target,
    points: points.map((p) => ({
      at: p.at.toISOString(),
      since: p.since.toISOString(),
      label: p.label,
      value: p.value,
      provisional: p.provisional,
    })),
    latest,
    met: meetsTarget(latest, row.target, row.direction),
  };
}

async function managedPolicy(tx: Tx, policyId: number) {
  const policy = await policies.lockPolicy(tx, policyId);
  if (!policy) throw notFound();
  if (policy.state === 'retired') throw new ProblemError(409, 'policy.retired');
  return policy;
}

export async function addIndicator(
  db: Db,
  sources: IndicatorSources,
  actor: Actor,
  policyId: number,
  body: CreateIndicatorBody,
  locale: Locale,
) {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    await managedPolicy(tx, policyId);
    await sources.of(body.params).check(tx, body.params, { policyId });
    const id = await repo.insertIndicator(tx, actor.tenantId, policyId, body);
    await publish(tx, actor.tenantId, {
      type: 'policy.indicator.added',
      actorAccountId: actor.accountId,
      payload: { policyId, indicatorId: id, name: body.name, source: body.params.source },
    });
    const row = (await repo.listIndicators(tx, policyId)).find((r) => r.id === id)!;
    return viewOf(tx, sources, row, locale);
  });
}

export async function removeIndicator(db: Db, actor: Actor, policyId: number, indicatorId: number) {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    await managedPolicy(tx, policyId);
    if (!(await repo.listIndicators(tx, policyId)).some((row) => row.id === indicatorId)) throw notFound();
    // The trace of a change to its evidence outlives the drafting: a cited measurement stays.
    if (await repo.isCited(tx, indicatorId)) throw new ProblemError(409, 'policy.indicatorCited');
    const name = await repo.deleteIndicator(tx, policyId, indicatorId);
    if (name === undefined) throw notFound();
    await publish(tx, actor.tenantId, {
      type: 'policy.indicator.removed',
      actorAccountId: actor.accountId,
      payload: { policyId, indicatorId, name },
    });
  });
}
