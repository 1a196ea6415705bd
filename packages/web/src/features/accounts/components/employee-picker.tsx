import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeSummary } from '../../../api/types';
import { useFindEmployees } from '../api/find-employees';

export type PickedEmployee = Pick<EmployeeSummary, 'id' | 'fullName' | 'nipFormatted'>;

interface EmployeePickerProps {
  value: PickedEmployee | null;
  onChange: (employee: PickedEmployee | null) => void;
  error?: string | null;
}

const DEBOUNCE_MS = 300;
const MIN_QUERY = 2;

/** Finds the account owner's employee record by name or NIP on the server. */
export function EmployeePicker({ value, onChange, error }: EmployeePickerProps) {
  const { t } = useTranslation('accounts');
  const { t: common } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), DEBOUNCE_MS);
  // Picking an option puts its label in the box; that is not a new search.
  const searching = value === null || search !== value.fullName;
  const found = useFindEmployees(searching ? query : '');

  const employees = useMemo(() => {
    const byId = new Map<string, PickedEmployee>();
    if (value) byId.set(String(value.id), value);
    for (const employee of found.data?.items ?? []) byId.set(String(employee.id), employee);
    return byId;
  }, [found.data, value]);

  const nothingFound =
    query.length < MIN_QUERY
      ? t('create.employeeTypeMore', { min: MIN_QUERY })
      : found.isFetching
        ? common('common.loading')
        : t('create.employeeNothingFound');

  return (
    <Select
      label={t('create.employee')}
      description={t('create.employeeHint')}
      placeholder={t('create.employeePlaceholder')}
      error={error}
      data={[...employees.values()].map((employee) => ({
        value: String(employee.id),
        label: employee.fullName,
      }))}
      // The server has already matched names and NIPs; the labels hold names only.
      filter={({ options }) => options}
      value={value ? String(value.id) : null}
      onChange={(next) => onChange(next ? (employees.get(next) ?? null) : null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      clearable
      clearButtonProps={{ 'aria-label': t('create.clearEmployee') }}
      nothingFoundMessage={nothingFound}
      comboboxProps={{ width: 'target', position: 'bottom-start' }}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="wrap" justify="space-between" w="100%">
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {employees.get(option.value)?.nipFormatted}
          </Text>
        </Group>
      )}
    />
  );
}
