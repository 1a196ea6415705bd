import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TalentPlacementRow, TalentYearView } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Pager } from '../../../components/pager';
import { ResultsHeading } from '../../../components/results-heading';
import { SearchBox } from '../../../components/search-box';
import { NineBoxGrid } from '../../../components/talent/nine-box-grid';
import { TalentSource } from '../../../components/talent/talent-source';
import { useTalentWords } from '../../../components/talent/talent-words';
import { UnitSelect } from '../../../components/unit-select';
import { isApiError } from '../../../lib/api-client';
import { useFormat } from '../../../lib/use-format';
import { usePaging } from '../../../lib/use-paging';
import { useTalentPlacements, useTalentYear } from '../api/talent';
import { type OnSearch, PAGE_SIZE, placementsQuery, type TalentSearch } from '../routes/talent-search';
import { PersonDrawer } from './person-drawer';
import { PlacementRows } from './placement-rows';

/**
 * A placed year: whose settings placed it, the nine boxes with their counts (a box chosen lists its
 * people), those without a box and why, the unit and name filters, and the people, each opening
 * their placement and why.
 */
export function YearSection({
  year,
  canPlace,
  search,
  onSearch,
}: {
  year: number;
  canPlace: boolean;
  search: TalentSearch;
  onSearch: OnSearch;
}) {
  const { t } = useTranslation('talent');
  const grid = useTalentYear(year, search.unit);
  const [person, setPerson] = useState<TalentPlacementRow | null>(null);
  const update = (patch: TalentSearch, replace = false) => onSearch({ ...patch, page: undefined }, replace);
  const data = grid.data?.year === year ? grid.data : undefined;
  if (isApiError(grid.error, 404)) return <EmptyMessage title={t('year.notPlaced', { year })} />;
  return (
    <Stack gap="lg">
      {grid.isError && <ErrorAlert error={grid.error} onRetry={() => void grid.refetch()} />}
      {data && <TalentSource source={data.source} placed />}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={720}>
        <UnitSelect
          label={t('filters.unit')}
          description={t('filters.unitHelp')}
          placeholder={t('filters.unitAll')}
          clearLabel={t('filters.unitClear')}
          value={search.unit}
          onChange={(unit) => update({ unit })}
        />
        <SearchBox
          label={t('filters.search')}
          placeholder={t('filters.searchPlaceholder')}
          value={search.q ?? ''}
          onSearch={(q) => onSearch({ q: q || undefined, page: undefined }, Boolean(search.q) && q !== '')}
        />
      </SimpleGrid>
      {data && <GridCard data={data} search={search} onFilter={update} />}
      <PeopleList year={year} search={search} onSearch={onSearch} onOpen={setPerson} />
      {person && (
        <PersonDrawer year={year} row={person} canPlace={canPlace} onClose={() => setPerson(null)} />
      )}
    </Stack>
  );
}

function GridCard({
  data,
  search,
  onFilter,
}: {
  data: TalentYearView;
  search: TalentSearch;
  onFilter: (patch: TalentSearch) => void;
}) {
  const { t } = useTranslation('talent');
  const format = useFormat();
  const { unplaced } = data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="talent-grid-heading" maw={720}>
      <Title order={2} size="h4" id="talent-grid-heading">
        {t('grid.title', { year: data.year })}
      </Title>
      <Text size="sm" c="dimmed">
        {t('grid.help', { considered: format.number(data.considered) })}
      </Text>
      <NineBoxGrid
        cells={data.cells}
        caption={t('grid.caption', { year: data.year })}
        selected={search.box ?? null}
        onSelect={(box) => onFilter({ box: box ?? undefined, unplaced: undefined })}
      />
      <Group justify="space-between" align="flex-start" gap="sm" data-testid="talent-unplaced">
        <Stack gap={2} style={{ flex: 1, minWidth: 220 }}>
          <Text size="sm" fw={600}>
            {t('unplaced.total', { count: unplaced.total, formatted: format.number(unplaced.total) })}
          </Text>
          {unplaced.total > 0 && (
            <Text size="sm" c="dimmed">
              {t('unplaced.reasons', {
                noPredikat: format.number(unplaced.noPredikat),
                noJpm: format.number(unplaced.noJpm),
              })}
            </Text>
          )}
        </Stack>
        {unplaced.total > 0 && (
          <Button
            size="xs"
            variant={search.unplaced ? 'filled' : 'default'}
            aria-pressed={Boolean(search.unplaced)}
            onClick={() => onFilter({ unplaced: search.unplaced ? undefined : true, box: undefined })}
          >
            {t('unplaced.show')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function PeopleList({
  year,
  search,
  onSearch,
  onOpen,
}: {
  year: number;
  search: TalentSearch;
  onSearch: OnSearch;
  onOpen: (row: TalentPlacementRow) => void;
}) {
  const { t } = useTranslation('talent');
  const format = useFormat();
  const words = useTalentWords();
  const list = useTalentPlacements(year, placementsQuery(search));
  const goToPage = usePaging(list, (page, replace) => onSearch({ page }, replace ?? false));
  const data = list.data;
  const shown = search.box
    ? t('list.ofBox', { box: words.box(search.box, null) })
    : search.unplaced
      ? t('list.ofUnplaced')
      : t('list.ofAll');
  return (
    <Stack gap="sm" component="section" aria-labelledby="talent-results-heading">
      <Group justify="space-between" gap="sm">
        <Title order={2} size="h4">
          {shown}
        </Title>
        {(search.box || search.unplaced) && (
          <Button
            size="xs"
            variant="subtle"
            onClick={() => onSearch({ box: undefined, unplaced: undefined, page: undefined }, false)}
          >
            {t('list.showAll')}
          </Button>
        )}
      </Group>
      <ResultsHeading
        id="talent-results-heading"
        label={data ? t('list.total', { count: data.total, formatted: format.number(data.total) }) : null}
        busy={list.isFetching}
      />
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {data && data.total === 0 && <EmptyMessage title={t('list.empty')}>{t('list.emptyHelp')}</EmptyMessage>}
      {data && data.items.length > 0 && (
        <PlacementRows label={shown} items={data.items} busy={list.isFetching} onOpen={onOpen} />
      )}
      {data && data.total > 0 && (
        <Pager
          page={search.page ?? 1}
          pageSize={PAGE_SIZE}
          total={data.total}
          onChange={goToPage}
          label={t('list.pager')}
        />
      )}
    </Stack>
  );
}
