import { MultiSelect, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useUnitOptions } from './use-unit-options';

interface UnitMultiSelectProps {
  value: string[];
  onChange: (unitIds: string[]) => void;
  label: string;
  description: string;
  placeholder: string;
  /** Names the clear button for screen readers. */
  clearLabel: string;
  error?: ReactNode;
}

/** Several units of the organisation tree, indented by depth, searchable by name. */
export function UnitMultiSelect({
  value,
  onChange,
  label,
  description,
  placeholder,
  clearLabel,
  error,
}: UnitMultiSelectProps) {
  const units = useUnitOptions(clearLabel, value);

  return (
    <MultiSelect
      {...units.selectProps}
      label={label}
      description={description}
      placeholder={value.length === 0 ? placeholder : undefined}
      error={error}
      value={value}
      onChange={onChange}
      hidePickedOptions={false}
      renderOption={({ option }) => (
        <Text size="sm" pl={(units.unitOf(option.value)?.depth ?? 0) * 14}>
          {option.label}
        </Text>
      )}
    />
  );
}
