import type { Tx } from '../../db/database';
import { ProblemError } from '../../http/problem';
import { type Locale, translate } from '../../i18n/translate';
import type { IndicatorPointValue, IndicatorSource } from '../policies/indicator-sources';
import {
  currentCount,
  findUnitName,
  type RegistryCount,
  snapshotCounts,
} from './registry-snapshot.repository';

// What the registry offers a policy's indicators (policies/indicator-sources.ts): the share of PPPK
// among active employees and their number, of the government or of a unit with the units under it.
// Month by month from the monthly snapshots (registry-snapshot.ts), then today's figure, provisional:
// the registry keeps no history of its own, so a month before the first snapshot has no value.

async function checkUnit(tx: Tx, params: { unitId: number | null }) {
  // Row-level security: another government's unit is not found, like one that does not exist.
  if (params.unitId !== null && !(await findUnitName(tx, params.unitId))) {
    throw new ProblemError(400, 'policy.indicatorUnknownUnit');
  }
}

async function whose(tx: Tx, params: { unitId: number | null }, locale: Locale) {
  const unit = params.unitId === null ? undefined : await findUnitName(tx, params.unitId);
  return unit ? unit.name : translate(locale, 'policy.indicatorSource.wholeGovernment');
}

async function series(
  tx: Tx,
  unitId: number | null,
  locale: Locale,
  value: (count: RegistryCount) => number | null,
): Promise<IndicatorPointValue[]> {
  const monthName = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const past = (await snapshotCounts(tx, unitId)).map((count) => ({
    at: count.takenAt,
    since: count.takenAt,
    label: monthName.format(new Date(`${count.month}T00:00:00Z`)),
    value: value(count),
    provisional: false,
  }));
  const now = await currentCount(tx, unitId);
  return [
    ...past,
    {
      at: now.takenAt,
      since: now.takenAt,
      label: translate(locale, 'policy.indicatorSource.now'),
      value: value(now),
      provisional: true,
    },
  ];
}

const pppkShare: IndicatorSource<'registry.pppkShare'> = {
  name: 'registry.pppkShare',
  check: (tx, params) => checkUnit(tx, params),
  async describe(tx, params, locale) {
    return translate(locale, 'policy.indicatorSource.pppkShare', { whose: await whose(tx, params, locale) });
  },
  measure: (tx, params, locale) =>
    series(tx, params.unitId, locale, (c) => (c.active === 0 ? null : c.pppk / c.active)),
};

const headCount: IndicatorSource<'registry.headCount'> = {
  name: 'registry.headCount',
  check: (tx, params) => checkUnit(tx, params),
  async describe(tx, params, locale) {
    return translate(locale, 'policy.indicatorSource.headCount', { whose: await whose(tx, params, locale) });
  },
  measure: (tx, params, locale) => series(tx, params.unitId, locale, (c) => c.active),
};

export const REGISTRY_INDICATOR_SOURCES = [pppkShare, headCount] as const;
