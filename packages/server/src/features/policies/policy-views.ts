import type { VersionSummary } from '@jenjang/domain/policies/policy.contract';
import {
  compareVersions,
  type Lineage,
  type ProvisionSnapshot,
} from '@jenjang/domain/policies/provision-comparison.rules';
import { compareCalendarDates } from '@jenjang/domain/shared/calendar-date';
import type { listVersions } from './policy.repository';

type VersionRow = Awaited<ReturnType<typeof listVersions>>[number];

/** Provisions that differ from the base version: their number alone changing is no change of the text. */
export function changedProvisions(
  base: readonly ProvisionSnapshot[] | undefined,
  text: readonly ProvisionSnapshot[],
  lineage: Lineage,
) {
  if (!base) return [];
  return compareVersions(base, text, lineage).filter((item) => item.kind !== 'unchanged');
}

/** The version in force on `today` among the versions: the adopted one with the latest effective date not after it. */
export function versionInForce(versions: readonly VersionRow[], today: string, retired: boolean) {
  if (retired) return undefined;
  return versions
    .filter(
      (v) => v.status === 'adopted' && v.effective_from && compareCalendarDates(v.effective_from, today) <= 0,
    )
    .sort(
      (a, b) => compareCalendarDates(b.effective_from ?? '', a.effective_from ?? '') || b.number - a.number,
    )[0];
}

export function toVersionSummary(
  row: VersionRow,
  inForceId: number | undefined,
  changeCount: number,
): VersionSummary {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    adoptedOn: row.adopted_on,
    effectiveFrom: row.effective_from,
    adoptedBy: row.adopted_by_name,
    inForce: row.id === inForceId,
    provisionCount: row.provision_count,
    changeCount,
  };
}
