import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFindActors } from '../api/find-actors';

export interface PickedActor {
  id: number;
  name: string;
  username?: string;
}

const DEBOUNCE_MS = 300;
const MIN_QUERY = 2;

/** Finds who acted by name or username on the server (accounts within the reader's reach). */
export function ActorPicker({
  value,
  onChange,
}: {
  value: PickedActor | null;
  onChange: (actor: PickedActor | null) => void;
}) {
  const { t } = useTranslation('audit');
  const { t: common } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), DEBOUNCE_MS);
  const searching = value === null || search !== value.name;
  const found = useFindActors(searching ? query : '');

  const actors = useMemo(() => {
    const byId = new Map<string, PickedActor>();
    if (value) byId.set(String(value.id), value);
    for (const account of found.data?.items ?? []) {
      byId.set(String(account.id), { id: account.id, name: account.displayName, username: account.username });
    }
    return byId;
  }, [found.data, value]);

  const nothingFound =
    query.length < MIN_QUERY
      ? t('filters.actorTypeMore', { min: MIN_QUERY })
      : found.isFetching
        ? common('common.loading')
        : t('filters.actorNothingFound');

  return (
    <Select
      label={t('filters.actor')}
      description={t('filters.actorHint')}
      placeholder={t('filters.actorPlaceholder')}
      data={[...actors.values()].map((actor) => ({ value: String(actor.id), label: actor.name }))}
      filter={({ options }) => options}
      value={value ? String(value.id) : null}
      onChange={(next) => onChange(next ? (actors.get(next) ?? null) : null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      clearable
      clearButtonProps={{ 'aria-label': t('filters.clearOne', { filter: t('filters.actor') }) }}
      nothingFoundMessage={nothingFound}
      comboboxProps={{ width: 'target', position: 'bottom-start' }}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="wrap" justify="space-between" w="100%">
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {actors.get(option.value)?.username}
          </Text>
        </Group>
      )}
    />
  );
}
