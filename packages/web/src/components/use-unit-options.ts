import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../lib/get-units';
import { type UnitOption, unitOptions } from '../lib/unit-tree';
import { useFormat } from '../lib/use-format';

/**
 * The organisation's units as options of an indented, searchable select, and the combobox props
 * every unit select shares. `clearLabel` names the clear button for screen readers.
 */
export function useUnitOptions(clearLabel: string) {
  const { t } = useTranslation();
  const format = useFormat();
  const units = useUnits();
  const options = useMemo(
    () => unitOptions(units.data?.items ?? [], new Intl.Collator(format.language)),
    [units.data, format.language],
  );
  const byValue = useMemo(() => new Map(options.map((option) => [option.value, option])), [options]);

  return {
    /** The list could not be loaded: the select is disabled. */
    unavailable: units.isError,
    unitOf: (value: string): UnitOption | undefined => byValue.get(value),
    selectProps: {
      data: options.map((option) => ({ value: option.value, label: option.label })),
      searchable: true,
      clearable: true,
      clearButtonProps: { 'aria-label': clearLabel },
      nothingFoundMessage: t('unitSelect.nothingFound'),
      disabled: units.isError,
      maxDropdownHeight: 320,
      limit: 200,
      comboboxProps: { width: 'target', position: 'bottom-start' } as const,
    },
  };
}
