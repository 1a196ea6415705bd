import { Group, Select, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/use-format';
import { useUnitOptions } from './use-unit-options';

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

/**
 * Searchable select of the organisation tree, indented by depth, with each unit's headcount where
 * the reader gets headcounts (names only for an employee).
 */
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
  const units = useUnitOptions(clearLabel, value === undefined ? [] : [String(value)]);

  return (
    <Select
      {...units.selectProps}
      label={label}
      placeholder={units.unavailable ? t('unitSelect.unavailable') : placeholder}
      description={description}
      error={error}
      required={required}
      value={value === undefined ? null : String(value)}
      onChange={(next) => onChange(next ? Number(next) : undefined)}
      renderOption={({ option }) => {
        const unit = units.unitOf(option.value);
        return (
          <Group gap="xs" wrap="nowrap" justify="space-between" w="100%" pl={(unit?.depth ?? 0) * 14}>
            <Text size="sm" c={unit?.closed ? 'dimmed' : undefined}>
              {option.label}
            </Text>
            {unit && unit.employeeCount !== null && (
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
