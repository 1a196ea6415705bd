import type { Tx } from '../../db/database';
import { databaseNow, tenantToday } from '../../db/tenant-clock';
import { ProblemError } from '../../http/problem';
import { type Locale, translate } from '../../i18n/translate';
import type { IndicatorPointValue, IndicatorSource } from '../policies/indicator-sources';
import { annualPredikatCounts, findUnit, openCycleYears } from './performance-indicator.repository';

// What performance appraisal offers a policy's indicators (policies/indicator-sources.ts):
// performance.predikatShare, the share of annual predikat kinerja at least Baik (Sangat Baik or
// Baik: the predikat PermenPANRB 6/2022 calls meeting expectations and above, and the minimum a
// kenaikan pangkat asks by default) among the annual appraisals, appraisal year by appraisal year,
// from the first year appraised to this one. A year is provisional while its appraisals may still
// come: this year, and a year whose cycle Jenjang runs and has not closed. The people counted are
// those active today, in the unit today (the registry keeps no past rosters); an appraisal imported
// from SIASN counts like one made in Jenjang.

async function unitOf(tx: Tx, unitId: number | null) {
  if (unitId === null) return null;
  // Row-level security: another government's unit is not found, like one that does not exist.
  const unit = await findUnit(tx, unitId);
  if (!unit) throw new ProblemError(400, 'policy.indicatorUnknownUnit');
  return unit;
}

const predikatShare: IndicatorSource<'performance.predikatShare'> = {
  name: 'performance.predikatShare',
  async check(tx, params) {
    await unitOf(tx, params.unitId);
  },
  async describe(tx, params, locale: Locale) {
    const unit = await unitOf(tx, params.unitId);
    return translate(locale, 'policy.indicatorSource.predikatShare', {
      whose: unit ? unit.name : translate(locale, 'policy.indicatorSource.wholeGovernment'),
    });
  },
  async measure(tx, params) {
    await unitOf(tx, params.unitId);
    const now = await databaseNow(tx);
    const thisYear = Number((await tenantToday(tx, now)).slice(0, 4));
    const counts = new Map((await annualPredikatCounts(tx, params.unitId)).map((c) => [c.year, c]));
    const open = new Set(await openCycleYears(tx));
    const first = Math.min(thisYear, ...counts.keys());
    const points: IndicatorPointValue[] = [];
    for (let year = first; year <= thisYear; year++) {
      const count = counts.get(year);
      points.push({
        at: year === thisYear ? now : new Date(`${year}-12-31T05:00:00Z`),
        since: new Date(`${year}-01-01T00:00:00Z`),
        label: String(year),
        value: count && count.appraised > 0 ? count.atLeastBaik / count.appraised : null,
        provisional: year === thisYear || open.has(year),
      });
    }
    return points;
  },
};

export const PERFORMANCE_INDICATOR_SOURCES = [predikatShare] as const;
