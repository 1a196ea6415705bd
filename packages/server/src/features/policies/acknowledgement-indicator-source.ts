import type { Tx } from '../../db/database';
import { ProblemError } from '../../http/problem';
import { translate } from '../../i18n/translate';
import * as acknowledgements from './acknowledgement.repository';
import type { IndicatorSource } from './indicator-sources';
import * as policies from './policy.repository';

// What publication offers a policy's indicators: the share of the government's active employees
// who stated having read each adopted version, one point per version at the day it took effect.
// A policy is judged by its own publication, so the parameters must name the indicator's policy.

async function adoptedVersions(tx: Tx, policyId: number) {
  return (await policies.listVersions(tx, policyId))
    .filter((v) => v.status === 'adopted')
    .sort((a, b) => a.number - b.number);
}

export const ACKNOWLEDGEMENT_INDICATOR_SOURCE: IndicatorSource<'policy.acknowledgement'> = {
  name: 'policy.acknowledgement',
  async check(tx, params, indicator) {
    if (params.policyId !== indicator.policyId || !(await policies.findPolicy(tx, params.policyId))) {
      throw new ProblemError(400, 'policy.indicatorOtherPolicy');
    }
  },
  async describe(_tx, _params, locale) {
    return translate(locale, 'policy.indicatorSource.acknowledgement');
  },
  async measure(tx, params, locale) {
    const versions = await adoptedVersions(tx, params.policyId);
    const shares = await acknowledgements.acknowledgedShares(
      tx,
      versions.map((v) => v.id),
    );
    const newest = versions.at(-1)?.id;
    return versions.map((v) => ({
      // Adopted versions always have their day (a check of migration 0028).
      at: new Date(`${v.effective_from}T00:00:00Z`),
      since: new Date(`${v.effective_from}T00:00:00Z`),
      label: translate(locale, 'policy.versionLabel', { number: v.number }),
      value: shares.employees === 0 ? null : (shares.acknowledged.get(v.id) ?? 0) / shares.employees,
      // The newest version is still being read; an older one's figure moves only as people leave.
      provisional: v.id === newest,
    }));
  },
};
