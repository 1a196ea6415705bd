import { POSITION_KINDS } from '@jenjang/domain/people/position';
import { Button, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmployeeSort } from '../../../api/types';
import { UnitSelect } from '../../../components/unit-select';
import { useDomainLabels } from '../../../lib/domain-labels';
import { EMPLOYEE_TYPES, useGolonganOptions } from '../../../lib/employee-options';
import { DEFAULT_SORT, EMPLOYEE_SORTS, type EmployeesSearch } from '../routes/employees-search';

interface FiltersProps {
  search: EmployeesSearch;
  onChange: (patch: Partial<EmployeesSearch>) => void;
  /** Whether the organisation filter can be offered (needs unit.read). */
  withUnits: boolean;
}

export function EmployeeFilters({ search, onChange, withUnits }: FiltersProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const golonganData = useGolonganOptions();

  const clear = (name: string) => ({ 'aria-label': t('employees.filters.clearOne', { filter: name }) });
  const hasFilters =
    search.unitId !== undefined ||
    search.golongan !== undefined ||
    search.positionKind !== undefined ||
    search.employeeType !== undefined;

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="sm">
      {withUnits && (
        <UnitSelect
          label={t('employees.filters.unit')}
          description={t('employees.filters.unitHint')}
          placeholder={t('employees.filters.allUnits')}
          clearLabel={t('employees.filters.clearUnit')}
          value={search.unitId}
          onChange={(unitId) => onChange({ unitId })}
        />
      )}
      <Select
        label={t('employees.filters.golongan')}
        placeholder={t('employees.filters.all')}
        data={golonganData}
        value={search.golongan ?? null}
        onChange={(value) => onChange({ golongan: value ?? undefined })}
        searchable
        clearable
        clearButtonProps={clear(t('employees.filters.golongan'))}
        nothingFoundMessage={t('employees.filters.nothingFound')}
      />
      <Select
        label={t('employees.filters.positionKind')}
        placeholder={t('employees.filters.all')}
        data={POSITION_KINDS.map((kind) => ({ value: kind, label: labels.positionKind(kind) }))}
        value={search.positionKind ?? null}
        onChange={(value) => onChange({ positionKind: value ?? undefined })}
        clearable
        clearButtonProps={clear(t('employees.filters.positionKind'))}
      />
      <Select
        label={t('employees.filters.employeeType')}
        placeholder={t('employees.filters.all')}
        data={EMPLOYEE_TYPES.map((type) => ({ value: type, label: labels.employeeType(type) }))}
        value={search.employeeType ?? null}
        onChange={(value) =>
          onChange({ employeeType: EMPLOYEE_TYPES.find((type) => type === value) ?? undefined })
        }
        clearable
        clearButtonProps={clear(t('employees.filters.employeeType'))}
      />
      <Select
        label={t('employees.sort.label')}
        data={EMPLOYEE_SORTS.map((sort) => ({
          value: sort,
          label: t(`employees.sort.options.${sortKey(sort)}`),
        }))}
        value={search.sort ?? DEFAULT_SORT}
        onChange={(value) => {
          const sort = EMPLOYEE_SORTS.find((option) => option === value);
          onChange({ sort: sort === DEFAULT_SORT ? undefined : sort });
        }}
        allowDeselect={false}
      />
      {hasFilters && (
        <Button
          variant="subtle"
          style={{ alignSelf: 'end' }}
          onClick={() =>
            onChange({
              unitId: undefined,
              golongan: undefined,
              positionKind: undefined,
              employeeType: undefined,
            })
          }
        >
          {t('employees.filters.reset')}
        </Button>
      )}
    </SimpleGrid>
  );
}

type SortKey =
  | 'nameAsc'
  | 'nameDesc'
  | 'nipAsc'
  | 'nipDesc'
  | 'golonganAsc'
  | 'golonganDesc'
  | 'birthDateAsc'
  | 'birthDateDesc';

function sortKey(sort: EmployeeSort): SortKey {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  return `${field}${descending ? 'Desc' : 'Asc'}` as SortKey;
}
