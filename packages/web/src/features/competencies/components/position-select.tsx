import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFindPositions } from '../api/find-positions';

const DEBOUNCE_MS = 250;

export interface PositionOption {
  id: number;
  name: string;
}

/** The positions matching what is typed (the first ones while nothing is), searched on the server. */
function usePositionOptions(search: string, keep: readonly PositionOption[], exclude?: number) {
  const [query] = useDebouncedValue(search.trim(), DEBOUNCE_MS);
  const found = useFindPositions(query);
  const options = useMemo(() => {
    const byId = new Map<number, string>(keep.map((position) => [position.id, position.name]));
    for (const position of found.data?.items ?? []) byId.set(position.id, position.name);
    if (exclude !== undefined) byId.delete(exclude);
    return [...byId].map(([id, name]) => ({ value: String(id), label: name }));
  }, [found.data, keep, exclude]);
  return { options, names: new Map(options.map((o) => [o.value, o.label])), busy: found.isFetching };
}

/** One position, found by typing part of its name; the chosen one stays listed. */
export function PositionSelect({
  label,
  description,
  value,
  onChange,
  clearable = false,
}: {
  label: string;
  description?: string;
  value: PositionOption | null;
  onChange: (position: PositionOption | null) => void;
  clearable?: boolean;
}) {
  const { t } = useTranslation('competencies');
  const [search, setSearch] = useState(value?.name ?? '');
  const keep = useMemo(() => (value ? [value] : []), [value]);
  // The chosen position's name in the box is not a search for it.
  const { options, names, busy } = usePositionOptions(search === value?.name ? '' : search, keep);
  return (
    <Select
      label={label}
      description={description}
      placeholder={t('positionSelect.placeholder')}
      searchable
      clearable={clearable}
      clearButtonProps={{ 'aria-label': t('positionSelect.clear') }}
      data={options}
      value={value ? String(value.id) : null}
      onChange={(next) => {
        const name = next ? names.get(next) : undefined;
        onChange(next && name ? { id: Number(next), name } : null);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={busy ? t('positionSelect.searching') : t('positionSelect.nothingFound')}
      comboboxProps={{ width: 'target', position: 'bottom-start' }}
      maw={560}
    />
  );
}

/** Several positions, found by typing; `exclude` (the standard's own position) is not offered. */
export function PositionMultiSelect({
  label,
  description,
  value,
  onChange,
  exclude,
  error,
}: {
  label: string;
  description?: string;
  value: PositionOption[];
  onChange: (positions: PositionOption[]) => void;
  exclude: number;
  error?: string | null;
}) {
  const { t } = useTranslation('competencies');
  const [search, setSearch] = useState('');
  const { options, names, busy } = usePositionOptions(search, value, exclude);
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={t('positionSelect.placeholderMany')}
      searchable
      data={options}
      value={value.map((position) => String(position.id))}
      onChange={(next) =>
        onChange(next.flatMap((id) => (names.has(id) ? [{ id: Number(id), name: names.get(id)! }] : [])))
      }
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={busy ? t('positionSelect.searching') : t('positionSelect.nothingFound')}
      error={error}
      comboboxProps={{ width: 'target', position: 'bottom-start' }}
      hidePickedOptions
    />
  );
}
