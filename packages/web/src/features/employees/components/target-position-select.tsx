import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFindPositions } from '../api/find-positions';

interface Target {
  id: number;
  name: string;
}

/**
 * "Jabatan tujuan": a position the person may move to (a promotion, a rotation), found by typing
 * part of its name; its standard is then compared with the person's levels too.
 */
export function TargetPositionSelect({
  value,
  onChange,
  exclude,
  busy,
}: {
  value: Target | null;
  onChange: (target: Target | null) => void;
  /** The position held: already compared above. */
  exclude: number | null;
  busy: boolean;
}) {
  const { t } = useTranslation('competencies');
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  // The chosen position's name in the box is not a search for it.
  const found = useFindPositions(query === value?.name ? '' : query, true);
  const options = useMemo(() => {
    const byId = new Map<number, string>(value ? [[value.id, value.name]] : []);
    for (const position of found.data?.items ?? []) {
      if (position.id !== exclude) byId.set(position.id, position.name);
    }
    return [...byId].map(([id, name]) => ({ value: String(id), label: name }));
  }, [found.data, value, exclude]);

  return (
    <Select
      label={t('employee.targetSelect')}
      description={t('employee.targetHelp')}
      placeholder={t('positionSelect.placeholder')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('employee.targetClear') }}
      data={options}
      value={value ? String(value.id) : null}
      onChange={(next) => {
        const option = options.find((o) => o.value === next);
        onChange(option ? { id: Number(option.value), name: option.label } : null);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={
        found.isFetching ? t('positionSelect.searching') : t('positionSelect.nothingFound')
      }
      comboboxProps={{ width: 'target', position: 'bottom-start' }}
      aria-busy={busy}
      maw={560}
    />
  );
}
