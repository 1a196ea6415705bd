import { POSITION_KINDS } from '@jenjang/domain/people/position';
import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Position, PositionKind } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { UploadIcon } from '../../../components/icons';
import { Pager } from '../../../components/pager';
import { ResultsHeading } from '../../../components/results-heading';
import { AnchorLink, ButtonLink } from '../../../components/router-links';
import { ScrollTable } from '../../../components/scroll-table';
import { SearchBox } from '../../../components/search-box';
import { useDomainLabels } from '../../../lib/domain-labels';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { usePositions } from '../api/get-positions';
import { PositionDialog } from './position-dialog';

const PAGE_SIZE = 25;

export interface PositionFilters {
  q: string;
  kind: PositionKind | undefined;
  page: number;
}

/** The government's positions: search, filter by kind, add and edit (admins of the whole government). */
export function PositionsPanel({
  filters,
  onFilters,
}: {
  filters: PositionFilters;
  onFilters: (next: PositionFilters) => void;
}) {
  const { t } = useTranslation('organisation');
  const labels = useDomainLabels();
  const format = useFormat();
  const me = useMe();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const canManage = me.scopeUnit === null && me.permissions.includes('position.manage');
  const canReadStandards = hasPermission(me, 'competency.read');
  const [editing, setEditing] = useState<Position | 'new' | null>(null);
  const positions = usePositions({
    q: filters.q || undefined,
    kind: filters.kind,
    page: filters.page,
    pageSize: PAGE_SIZE,
  });
  const items = positions.data?.items ?? [];
  // Holders are a workforce figure: null for a reader without them, counted in a scoped one's unit.
  const holdersShown = items.some((position) => position.employeeCount !== null);
  const holdersOf = (position: Position) =>
    position.employeeCount === null ? '—' : format.number(position.employeeCount);
  const kindLabel = (position: Position) =>
    position.kind ? labels.positionKind(position.kind) : t('positions.noKind');
  const levelLabel = (position: Position) => (position.level ? labels.fungsionalLevel(position.level) : '—');
  // Its Standar Kompetensi Jabatan, on the Kompetensi page.
  const standardLink = (position: Position) => (
    <AnchorLink
      to="/competencies"
      search={{ tab: 'standards', position: position.id }}
      size="sm"
      style={{ alignSelf: 'flex-start' }}
      aria-label={t('positions.standardOf', { name: position.name })}
    >
      {t('positions.standard')}
    </AnchorLink>
  );

  return (
    <Stack gap="md" component="section" aria-labelledby="positions-heading">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2} size="h4" id="positions-heading">
          {t('positions.heading')}
        </Title>
        {canManage && (
          <Group gap="sm">
            <ButtonLink to="/imports/positions" variant="default" leftSection={<UploadIcon />}>
              {t('positions.import')}
            </ButtonLink>
            <Button onClick={() => setEditing('new')}>{t('positions.add')}</Button>
          </Group>
        )}
      </Group>
      {!canManage && (
        <Text size="sm" c="dimmed">
          {t('positions.readOnly')}
        </Text>
      )}
      {holdersShown && me.scopeUnit && (
        <Text size="sm" c="dimmed">
          {t('positions.holdersInScope', { unit: me.scopeUnit.name })}
        </Text>
      )}
      <Group gap="sm" align="flex-end" grow={isPhone} wrap="wrap">
        <SearchBox
          value={filters.q}
          onSearch={(q) => onFilters({ ...filters, q, page: 1 })}
          label={t('positions.search')}
          placeholder={t('positions.searchPlaceholder')}
        />
        <Select
          label={t('positions.kindFilter')}
          data={[
            { value: '', label: t('positions.kindAll') },
            ...POSITION_KINDS.map((kind) => ({ value: kind, label: labels.positionKind(kind) })),
          ]}
          value={filters.kind ?? ''}
          allowDeselect={false}
          onChange={(value) =>
            onFilters({ ...filters, kind: (value || undefined) as PositionKind | undefined, page: 1 })
          }
        />
      </Group>
      <ResultsHeading
        id="positions-results-heading"
        label={
          positions.data
            ? t('positions.total', {
                count: positions.data.total,
                formatted: format.number(positions.data.total),
              })
            : null
        }
        busy={positions.isFetching}
      />
      {positions.isError && <ErrorAlert error={positions.error} onRetry={() => void positions.refetch()} />}
      {positions.data && items.length === 0 && <EmptyMessage title={t('positions.empty')} />}
      {items.length > 0 &&
        (isPhone ? (
          <CardList label={t('positions.table')} busy={positions.isFetching}>
            {items.map((position) => (
              <CardItem key={position.id}>
                <Stack gap={4}>
                  <Text fw={600} size="sm">
                    {position.name}
                  </Text>
                  <Text size="sm">
                    {kindLabel(position)}
                    {position.level ? ` · ${levelLabel(position)}` : ''}
                  </Text>
                  {holdersShown && (
                    <Text size="xs" c="dimmed">
                      {t('positions.holders')}: {holdersOf(position)}
                    </Text>
                  )}
                  {canReadStandards && standardLink(position)}
                  {canManage && (
                    <Button
                      variant="default"
                      size="compact-sm"
                      style={{ alignSelf: 'flex-start' }}
                      aria-label={t('positions.edit', { name: position.name })}
                      onClick={() => setEditing(position)}
                    >
                      {t('positions.editShort')}
                    </Button>
                  )}
                </Stack>
              </CardItem>
            ))}
          </CardList>
        ) : (
          <ScrollTable label={t('positions.table')} minWidth={640}>
            <Table striped verticalSpacing="xs" aria-busy={positions.isFetching}>
              <Table.Caption className="visually-hidden">{t('positions.table')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('positions.name')}</Table.Th>
                  <Table.Th scope="col">{t('positions.kind')}</Table.Th>
                  <Table.Th scope="col">{t('positions.level')}</Table.Th>
                  {holdersShown && (
                    <Table.Th scope="col" ta="right">
                      {t('positions.holders')}
                    </Table.Th>
                  )}
                  {canReadStandards && <Table.Th scope="col">{t('positions.standardColumn')}</Table.Th>}
                  {canManage && (
                    <Table.Th scope="col">
                      <span className="visually-hidden">{t('positions.editShort')}</span>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((position) => (
                  <Table.Tr key={position.id}>
                    <Table.Td>{position.name}</Table.Td>
                    <Table.Td>{kindLabel(position)}</Table.Td>
                    <Table.Td>{levelLabel(position)}</Table.Td>
                    {holdersShown && <Table.Td ta="right">{holdersOf(position)}</Table.Td>}
                    {canReadStandards && <Table.Td>{standardLink(position)}</Table.Td>}
                    {canManage && (
                      <Table.Td>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          aria-label={t('positions.edit', { name: position.name })}
                          onClick={() => setEditing(position)}
                        >
                          {t('positions.editShort')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        ))}
      {positions.data && positions.data.total > PAGE_SIZE && (
        <Pager
          page={filters.page}
          pageSize={PAGE_SIZE}
          total={positions.data.total}
          onChange={(page) => onFilters({ ...filters, page })}
          label={t('positions.pagination')}
        />
      )}
      {editing !== null && (
        <PositionDialog position={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
