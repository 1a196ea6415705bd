import { useMemo } from 'react';
import type { EmployeeType } from '../api/types';
import { useDomainLabels } from './domain-labels';
import { useGolongan } from './get-golongan';

export const EMPLOYEE_TYPES: readonly EmployeeType[] = ['PNS', 'PPPK'];

/** The golongan as select options grouped by PNS and PPPK, by rank, each with its pangkat. */
export function useGolonganOptions() {
  const labels = useDomainLabels();
  const golongan = useGolongan();
  return useMemo(() => {
    const items = golongan.data?.items ?? [];
    return EMPLOYEE_TYPES.map((type) => ({
      group: labels.employeeType(type),
      items: items
        .filter((item) => item.employeeType === type)
        .sort((a, b) => a.rank - b.rank)
        .map((item) => ({
          // PNS and PPPK codes never collide ('III/a' vs 'III'), so the code alone is the value.
          value: item.code,
          label: item.pangkat ? `${item.code} — ${item.pangkat}` : item.code,
        })),
    })).filter((group) => group.items.length > 0);
  }, [golongan.data, labels]);
}
