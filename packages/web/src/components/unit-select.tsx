import { Group, Select, Text } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format';
import { useUnits } from '../lib/get-units';
import { unitOptions } from '../lib/unit-tree';

interface UnitSelectProps {
  value: number | undefined;
  onChange: (unitId: number | undefined) => void;
  label: string;
  placeholder: string;
  /** Names the clear button for screen readers ('Hapus saringan unit kerja'). */
  clearLabel: string;
  description?: string;
  error?: ReactNode;
  required?: boolean;
}

/** Searchable select of the organisation tree, indented by depth, with each unit's headcount. */
export function UnitSelect({
  value,
  onChange,
  label,
  placeholder,
  clearLabel,
  description,
  error,
  required = false,
}: UnitSelectProps) {
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
      label={label}
      placeholder={units.isError ? t('unitSelect.unavailable') : placeholder}
      description={description}
      error={error}
      required={required}
      data={options.map(({ value: optionValue, label: optionLabel }) => ({
        value: optionValue,
        label: optionLabel,
      }))}
      value={value === undefined ? null : String(value)}
      onChange={(next) => onChange(next ? Number(next) : undefined)}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': clearLabel }}
      nothingFoundMessage={t('unitSelect.nothingFound')}
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
