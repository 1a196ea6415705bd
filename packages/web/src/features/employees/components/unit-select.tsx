import { Group, Select, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { useUnits } from '../api/get-units';
import { unitOptions } from './unit-tree';

interface UnitSelectProps {
  value: number | undefined;
  onChange: (unitId: number | undefined) => void;
}

/** Searchable select of the organisation tree; choosing a unit includes everything below it. */
export function UnitSelect({ value, onChange }: UnitSelectProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const units = useUnits();
  const options = useMemo(
    () => unitOptions(units.data?.items ?? [], new Intl.Collator(format.language)),
    [units.data, format.language],
  );
  const byValue = useMemo(() => new Map(options.map((option) => [option.value, option])), [options]);

  return (
    <Select
      label={t('employees.filters.unit')}
      placeholder={units.isError ? t('employees.filters.unitUnavailable') : t('employees.filters.allUnits')}
      description={t('employees.filters.unitHint')}
      data={options.map(({ value: optionValue, label }) => ({ value: optionValue, label }))}
      value={value === undefined ? null : String(value)}
      onChange={(next) => onChange(next ? Number(next) : undefined)}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('employees.filters.clearUnit') }}
      nothingFoundMessage={t('employees.filters.nothingFound')}
      disabled={units.isError}
      maxDropdownHeight={320}
      limit={200}
      comboboxProps={{ width: 'target', position: 'bottom-start' }}
      renderOption={({ option }) => {
        const unit = byValue.get(option.value);
        return (
          <Group gap="xs" wrap="nowrap" justify="space-between" w="100%" pl={(unit?.depth ?? 0) * 14}>
            <Text size="sm">{option.label}</Text>
            {unit && (
              <Text size="xs" c="dimmed">
                {format.number(unit.employeeCount)}
              </Text>
            )}
          </Group>
        );
      }}
    />
  );
}
