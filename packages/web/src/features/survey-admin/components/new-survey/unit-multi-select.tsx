import { MultiSelect, Text } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format';
import { useUnits } from '../../../../lib/get-units';
import { unitOptions } from '../../../../lib/unit-tree';

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
  const { t } = useTranslation();
  const format = useFormat();
  const units = useUnits();
  const options = useMemo(
    () => unitOptions(units.data?.items ?? [], new Intl.Collator(format.language)),
    [units.data, format.language],
  );
  const byValue = useMemo(() => new Map(options.map((option) => [option.value, option])), [options]);

  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? placeholder : undefined}
      error={error}
      data={options.map((option) => ({ value: option.value, label: option.label }))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': clearLabel }}
      nothingFoundMessage={t('unitSelect.nothingFound')}
      disabled={units.isError}
      maxDropdownHeight={320}
      limit={200}
      hidePickedOptions={false}
      comboboxProps={{ width: 'target', position: 'bottom-start' }}
      renderOption={({ option }) => (
        <Text size="sm" pl={(byValue.get(option.value)?.depth ?? 0) * 14}>
          {option.label}
        </Text>
      )}
    />
  );
}
