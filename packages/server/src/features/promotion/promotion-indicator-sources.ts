import { addMonths } from '@jenjang/domain/shared/calendar-date';
import type { Tx } from '../../db/database';
import { databaseNow, tenantToday } from '../../db/tenant-clock';
import { ProblemError } from '../../http/problem';
import { type Locale, translate } from '../../i18n/translate';
import type { IndicatorPointValue, IndicatorSource } from '../policies/indicator-sources';
import { rulingVersions } from '../policies/policy-rules';
import { loadPeopleFor, weigh } from './eligibility.service';
import { approvedUpTo, findUnit, recordedPeriods, yearsInRank } from './promotion-indicator.repository';
import { PROMOTION, rulesInForceAmong, type VersionRow } from './promotion-rules';

// What kenaikan pangkat offers a policy's indicators (policies/indicator-sources.ts), of the
// government or of a unit with the units under it (the unit people are in today):
//
// - promotion.onTime: on each period date from the first one a promotion was recorded for up to
//   today — the period dates of the rules in force on each (promotion-rules.ts), and any date a
//   promotion was recorded for — the share of those eligible on it whose promotion for it was
//   approved. Jenjang keeps no past rosters: eligibility is computed with promotionEligibility
//   (eligibility.service.ts weigh) on today's data of the active PNS, under the rules in force on
//   the period date. That data is not what it was then: someone promoted at the period now holds
//   the new golongan with a TMT on it, so would not read as eligible for it. The approximation:
//   every approved promotion of the period (of a person still active and in scope) counts as
//   eligible and promoted, and the share is approved / (approved + those eligible on today's data
//   without an approved promotion for the period). It leans high for older periods: someone eligible then but promoted only at a later
//   period holds that later TMT now and drops out of the earlier denominators; and those who left
//   since are out of both counts. A proposal still undecided counts as not (yet) promoted, and its
//   period is provisional, as is the latest period. No value when nobody was eligible.
// - promotion.timeInRank: the mean years active PNS have held their current golongan, from TMT
//   golongan, today only (provisional). A past period's figure is not derivable honestly: a decree
//   overwrites the employee's TMT golongan, and a promotion row keeps the golongan it left, not
//   since when it was held.

async function unitOf(tx: Tx, unitId: number | null) {
  if (unitId === null) return null;
  // Row-level security: another government's unit is not found, like one that does not exist.
  const unit = await findUnit(tx, unitId);
  if (!unit) throw new ProblemError(400, 'policy.indicatorUnknownUnit');
  return unit;
}

async function whose(tx: Tx, unitId: number | null, locale: Locale) {
  const unit = await unitOf(tx, unitId);
  return unit ? unit.name : translate(locale, 'policy.indicatorSource.wholeGovernment');
}

/**
 * The period dates from the first recorded (`recorded`, oldest first; each the first of a month) to
 * `today`: each first of a month that is a period under the rules in force on it, and the dates
 * promotions were recorded for.
 */
function periodDates(versions: readonly VersionRow[], recorded: readonly string[], today: string) {
  const dates = new Set(recorded);
  const first = recorded[0];
  if (first === undefined) return [];
  for (let date = first; date <= today; date = addMonths(date, 1)) {
    if (rulesInForceAmong(versions, date).rules.periods.includes(Number(date.slice(5, 7)))) dates.add(date);
  }
  return [...dates].sort();
}

const onTime: IndicatorSource<'promotion.onTime'> = {
  name: 'promotion.onTime',
  async check(tx, params) {
    await unitOf(tx, params.unitId);
  },
  async describe(tx, params, locale) {
    return translate(locale, 'policy.indicatorSource.promotionOnTime', {
      whose: await whose(tx, params.unitId, locale),
    });
  },
  async measure(tx, params, locale) {
    await unitOf(tx, params.unitId);
    const today = await tenantToday(tx, await databaseNow(tx));
    const recorded = await recordedPeriods(tx, today);
    if (recorded.length === 0) return [];
    const undecided = new Map(recorded.map((r) => [r.period, r.undecided]));
    const versions = await rulingVersions(tx, PROMOTION);
    const periods = periodDates(
      versions,
      recorded.map((r) => r.period),
      today,
    ).map((period) => ({ period, rules: rulesInForceAmong(versions, period).rules }));
    const people = await loadPeopleFor(tx, periods, params.unitId === null ? {} : { unitId: params.unitId });
    const approved = new Map<string, Set<number>>();
    for (const a of await approvedUpTo(tx, today)) {
      const of = approved.get(a.period) ?? new Set<number>();
      approved.set(a.period, of.add(a.employeeId));
    }
    const dayName = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return periods.map(({ period, rules }, i): IndicatorPointValue => {
      const promoted = approved.get(period) ?? new Set<number>();
      const failing = weigh(people, rules, period);
      let onTimeCount = 0;
      let waiting = 0;
      people.ids.forEach((id, j) => {
        if (promoted.has(id)) onTimeCount++;
        else if (failing[j] === 0) waiting++;
      });
      const at = new Date(`${period}T00:00:00Z`);
      return {
        at,
        since: at,
        label: dayName.format(at),
        value: onTimeCount + waiting === 0 ? null : onTimeCount / (onTimeCount + waiting),
        provisional: i === periods.length - 1 || (undecided.get(period) ?? 0) > 0,
      };
    });
  },
};

const timeInRank: IndicatorSource<'promotion.timeInRank'> = {
  name: 'promotion.timeInRank',
  async check(tx, params) {
    await unitOf(tx, params.unitId);
  },
  async describe(tx, params, locale) {
    return translate(locale, 'policy.indicatorSource.timeInRank', {
      whose: await whose(tx, params.unitId, locale),
    });
  },
  async measure(tx, params, locale) {
    await unitOf(tx, params.unitId);
    const now = await databaseNow(tx);
    const { mean } = await yearsInRank(tx, await tenantToday(tx, now), params.unitId);
    return [
      {
        at: now,
        since: now,
        label: translate(locale, 'policy.indicatorSource.now'),
        value: mean,
        provisional: true,
      },
    ];
  },
};

export const PROMOTION_INDICATOR_SOURCES = [onTime, timeInRank] as const;
