import { jpAttainment } from '@jenjang/domain/competency/jp-attainment.rules';
import type { Tx } from '../../db/database';
import { databaseNow, tenantToday } from '../../db/tenant-clock';
import { ProblemError } from '../../http/problem';
import { type Locale, translate } from '../../i18n/translate';
import type { IndicatorPointValue, IndicatorSource } from '../policies/indicator-sources';
import { jpmThresholds, jpSettings } from '../settings/settings.service';
import { firstAssessmentDay } from './assessment.repository';
import { competencyNames } from './competency.repository';
import { earnedGroups, firstRecordDay } from './development.repository';
import { findUnit, type GapScope, gapBreakdowns } from './gap.repository';

// What competency mapping and development offer a policy's indicators (policies/indicator-sources.ts),
// year by year — a year is the assessment period and the JP period (PP 17/2020 art. 203(4)):
// - development.jpAttainment: the share of active PNS who reached the JP target;
// - competency.standardMet: the share of employees measured against their position's standard
//   whose JPM reads "Memenuhi Syarat";
// - competency.belowStandard: the share of one competency's assessed requirements below standard.
// Each past year as it ended (levels as of 31 December), this year as it stands now (provisional).
// The people counted are those active today: the registry keeps no past rosters.

async function rootOf(tx: Tx, unitId: number | null): Promise<GapScope['root']> {
  if (unitId === null) return null;
  // Row-level security: another government's unit is not found, like one that does not exist.
  const unit = await findUnit(tx, unitId);
  if (!unit) throw new ProblemError(400, 'policy.indicatorUnknownUnit');
  return { id: unit.id, path: unit.path };
}

async function whose(tx: Tx, unitId: number | null, locale: Locale) {
  const unit = unitId === null ? undefined : await findUnit(tx, unitId);
  return unit ? unit.name : translate(locale, 'policy.indicatorSource.wholeGovernment');
}

/** Year by year from the first with data (`first`) to this one; a past year stands at its 31 December. */
async function years(
  tx: Tx,
  first: string | null,
  measure: (year: number, asOf: string | null, today: string) => Promise<number | null>,
) {
  const now = await databaseNow(tx);
  const today = await tenantToday(tx, now);
  const thisYear = Number(today.slice(0, 4));
  const from = first === null ? thisYear : Math.min(thisYear, Number(first.slice(0, 4)));
  const points: IndicatorPointValue[] = [];
  for (let year = from; year <= thisYear; year++) {
    const current = year === thisYear;
    points.push({
      at: current ? now : new Date(`${year}-12-31T05:00:00Z`),
      since: new Date(`${year}-01-01T00:00:00Z`),
      label: String(year),
      value: await measure(year, current ? null : `${year}-12-31`, today),
      provisional: current,
    });
  }
  return points;
}

const jpAttainmentSource: IndicatorSource<'development.jpAttainment'> = {
  name: 'development.jpAttainment',
  async check(tx, params) {
    await rootOf(tx, params.unitId);
  },
  async describe(tx, params, locale) {
    return translate(locale, 'policy.indicatorSource.jpAttainment', {
      whose: await whose(tx, params.unitId, locale),
    });
  },
  async measure(tx, params) {
    const root = await rootOf(tx, params.unitId);
    const settings = await jpSettings(tx);
    return years(tx, await firstRecordDay(tx), async (year, asOf, today) => {
      const groups = (await earnedGroups(tx, { root, year })).filter((g) => g.employeeType === 'PNS');
      const employees = groups.reduce((sum, g) => sum + g.employees, 0);
      const target = { target: settings.pnsTarget, ceiling: null };
      const day = asOf ?? today;
      const met = groups
        .filter((g) => jpAttainment(g.earned, target, year, day).status === 'met')
        .reduce((sum, g) => sum + g.employees, 0);
      return employees === 0 ? null : met / employees;
    });
  },
};

const standardMet: IndicatorSource<'competency.standardMet'> = {
  name: 'competency.standardMet',
  async check(tx, params) {
    await rootOf(tx, params.unitId);
  },
  async describe(tx, params, locale) {
    return translate(locale, 'policy.indicatorSource.standardMet', {
      whose: await whose(tx, params.unitId, locale),
    });
  },
  async measure(tx, params) {
    const root = await rootOf(tx, params.unitId);
    const thresholds = await jpmThresholds(tx);
    return years(tx, await firstAssessmentDay(tx), async (_year, asOf) => {
      const whole = (await gapBreakdowns(tx, { root, asOf }, thresholds)).find((r) => r.grain === 'jpmTotal');
      return whole && whole.employees > 0 ? whole.meets / whole.employees : null;
    });
  },
};

const belowStandard: IndicatorSource<'competency.belowStandard'> = {
  name: 'competency.belowStandard',
  async check(tx, params) {
    await rootOf(tx, params.unitId);
    const known = (await competencyNames(tx, 'id')).some((c) => c.id === params.competencyId);
    if (!known) throw new ProblemError(400, 'competency.indicatorUnknownCompetency');
  },
  async describe(tx, params, locale) {
    const competency = (await competencyNames(tx, locale)).find((c) => c.id === params.competencyId);
    return translate(locale, 'policy.indicatorSource.belowStandard', {
      competency: competency ? `${competency.code} ${competency.name}` : '–',
      whose: await whose(tx, params.unitId, locale),
    });
  },
  async measure(tx, params) {
    const root = await rootOf(tx, params.unitId);
    const thresholds = await jpmThresholds(tx);
    return years(tx, await firstAssessmentDay(tx), async (_year, asOf) => {
      const row = (await gapBreakdowns(tx, { root, asOf }, thresholds)).find(
        (r) => r.grain === 'competency' && r.competencyId === params.competencyId,
      );
      return row && row.assessed > 0 ? row.below / row.assessed : null;
    });
  },
};

export const COMPETENCY_INDICATOR_SOURCES = [jpAttainmentSource, standardMet, belowStandard] as const;
