import { equityRows, selectionParity } from '@jenjang/domain/programs/equity.rules';
import type { Tx } from '../../db/database';
import { databaseNow, tenantToday } from '../../db/tenant-clock';
import { ProblemError } from '../../http/problem';
import { translate } from '../../i18n/translate';
import type { IndicatorPointValue, IndicatorSource } from '../policies/indicator-sources';
import * as equity from './equity.repository';

// What development programs offer a policy's indicators (policies/indicator-sources.ts), year by
// year: how evenly selections treated groups of staff (program.selectionParity), and the share of
// participants who completed (program.completionRate). A past year as it ended; this year as it
// stands now (provisional).

async function years(tx: Tx, measure: (year: number, today: string) => Promise<number | null>) {
  const now = await databaseNow(tx);
  const today = await tenantToday(tx, now);
  const thisYear = Number(today.slice(0, 4));
  const first = (await equity.firstProgramYear(tx)) ?? thisYear;
  const points: IndicatorPointValue[] = [];
  for (let year = Math.min(first, thisYear); year <= thisYear; year++) {
    const current = year === thisYear;
    points.push({
      at: current ? now : new Date(`${year}-12-31T05:00:00Z`),
      since: new Date(`${year}-01-01T00:00:00Z`),
      label: String(year),
      value: await measure(year, today),
      provisional: current,
    });
  }
  return points;
}

async function unitOf(tx: Tx, unitId: number | null) {
  if (unitId === null) return null;
  // Row-level security: another government's unit is not found, like one that does not exist.
  const unit = await equity.findUnit(tx, unitId);
  if (!unit) throw new ProblemError(400, 'policy.indicatorUnknownUnit');
  return unit;
}

const selectionParitySource: IndicatorSource<'program.selectionParity'> = {
  name: 'program.selectionParity',
  async check() {},
  async describe(_tx, params, locale) {
    return translate(locale, 'policy.indicatorSource.selectionParity', {
      dimension: translate(locale, `program.equity.dimension.${params.dimension}`),
    });
  },
  async measure(tx, params) {
    return years(tx, async (year, today) => {
      const counts = await equity.equityCounts(
        tx,
        params.dimension,
        { programs: { year }, unitIds: [], employeeTypes: [] },
        today,
      );
      return selectionParity(equityRows(counts));
    });
  },
};

const completionRateSource: IndicatorSource<'program.completionRate'> = {
  name: 'program.completionRate',
  async check(tx, params) {
    await unitOf(tx, params.unitId);
  },
  async describe(tx, params, locale) {
    const unit = await unitOf(tx, params.unitId);
    return translate(locale, 'policy.indicatorSource.completionRate', {
      whose: unit ? unit.name : translate(locale, 'policy.indicatorSource.wholeGovernment'),
    });
  },
  async measure(tx, params) {
    const unit = await unitOf(tx, params.unitId);
    return years(tx, async (year) => {
      const { participants, completed } = await equity.completionCounts(tx, year, unit);
      return participants === 0 ? null : completed / participants;
    });
  },
};

export const PROGRAM_INDICATOR_SOURCES = [selectionParitySource, completionRateSource] as const;
