import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../lib/get-units';
import { type UnitOption, unitOptions } from '../lib/unit-tree';
import { useFormat } from '../lib/use-format';

/**
 * The organisation's units as options of an indented, searchable select, and the combobox props
 * every unit select shares. `clearLabel` names the clear button for screen readers. Units closed
 * by today (the government's date) are left out, except `keep`: the values already chosen.
 */
export function useUnitOptions(clearLabel: string, keep: readonly string[] = []) {
  const { t } = useTranslation();
  const format = useFormat();
  const units = useUnits();
  const today = calendarDateIn(new Date(), format.timeZone);
  const kept = keep.join(',');
  const options = useMemo(
    () =>
      unitOptions(units.data?.items ?? [], new Intl.Collator(format.language), {
        today,
        keep: kept === '' ? [] : kept.split(','),
      }),
    [units.data, format.language, today, kept],
  );
  const byValue = useMemo(() => new Map(options.map((option) => [option.value, option])), [options]);

  return {
    /** The list could not be loaded: the select is disabled. */
    unavailable: units.isError,
    unitOf: (value: string): UnitOption | undefined => byValue.get(value),
    selectProps: {
      data: options.map((option) => ({
        value: option.value,
        label: option.closed ? t('unitSelect.closed', { name: option.label }) : option.label,
      })),
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
