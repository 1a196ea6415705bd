import { notFound } from '../../http/problem';
import { translate } from '../../i18n/translate';
import type { IndicatorSource } from './indicator-sources';
import * as measurements from './measurement.repository';
import * as policies from './policy.repository';

// Values whose data lives outside Jenjang (a partner university's report, a ministry's letter): an
// admin enters each as a measurement with its evidence file (measurement.service.ts). The points
// are the indicator's own measurements not withdrawn, at the day each stands for; a report compiled
// at an earlier moment leaves out what was entered after it.

export const MANUAL_INDICATOR_SOURCE: IndicatorSource<'manual'> = {
  name: 'manual',
  async check(tx, _params, indicator) {
    // The URL's policy, under the government's row-level security: another's is not found.
    if (!(await policies.findPolicy(tx, indicator.policyId))) {
      throw notFound();
    }
  },
  async describe(_tx, params, locale) {
    const label = translate(locale, 'policy.indicatorSource.manual');
    return params.unitLabel ? `${label} (${params.unitLabel})` : label;
  },
  async measure(tx, _params, locale, indicator) {
    const day = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return (await measurements.standingMeasurements(tx, indicator.id)).map((m) => {
      const at = new Date(`${m.measured_on}T00:00:00Z`);
      return { at, since: m.entered_at, label: day.format(at), value: m.value, provisional: false };
    });
  },
};
