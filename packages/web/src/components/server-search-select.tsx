import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

const DEBOUNCE_MS = 300;
/** Shorter queries match too much to be useful; the search hooks wait for this many characters. */
export const SEARCH_MIN_LENGTH = 2;

interface ServerSearchSelectProps<Match, Item extends { id: number }> {
  value: Item | null;
  onChange: (item: Item | null) => void;
  /** The server's matches for a query ('' while nothing is being searched). */
  useMatches: (query: string) => { data?: { items: readonly Match[] }; isFetching: boolean };
  toItem: (match: Match) => Item;
  /** The option's label, and what the box shows once it is picked. */
  nameOf: (item: Item) => string;
  /** What tells two people of the same name apart (a NIP, a username), beside the name. */
  detailOf: (item: Item) => string | undefined;
  label: string;
  description: string;
  placeholder: string;
  /** Names the clear button for screen readers. */
  clearLabel: string;
  /** Said while the query is shorter than SEARCH_MIN_LENGTH. */
  typeMore: string;
  nothingFound: string;
  error?: string | null;
}

/** Finds one record by what the user types, searched on the server (names, NIPs, usernames). */
export function ServerSearchSelect<Match, Item extends { id: number }>({
  value,
  onChange,
  useMatches,
  toItem,
  nameOf,
  detailOf,
  label,
  description,
  placeholder,
  clearLabel,
  typeMore,
  nothingFound,
  error,
}: ServerSearchSelectProps<Match, Item>) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), DEBOUNCE_MS);
  // Picking an option puts its label in the box; that is not a new search.
  const searching = value === null || search !== nameOf(value);
  const found = useMatches(searching ? query : '');

  const items = useMemo(() => {
    const byId = new Map<string, Item>();
    if (value) byId.set(String(value.id), value);
    for (const match of found.data?.items ?? []) {
      const item = toItem(match);
      byId.set(String(item.id), item);
    }
    return byId;
  }, [found.data, value, toItem]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      error={error}
      data={[...items.values()].map((item) => ({ value: String(item.id), label: nameOf(item) }))}
      // The server has already matched; the labels hold names only.
      filter={({ options }) => options}
      value={value ? String(value.id) : null}
      onChange={(next) => onChange(next ? (items.get(next) ?? null) : null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      clearable
      clearButtonProps={{ 'aria-label': clearLabel }}
      nothingFoundMessage={
        query.length < SEARCH_MIN_LENGTH ? typeMore : found.isFetching ? t('common.loading') : nothingFound
      }
      comboboxProps={{ width: 'target', position: 'bottom-start' }}
      renderOption={({ option }) => {
        const item = items.get(option.value);
        return (
          <Group gap="xs" wrap="wrap" justify="space-between" w="100%">
            <Text size="sm">{option.label}</Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {item && detailOf(item)}
            </Text>
          </Group>
        );
      }}
    />
  );
}
