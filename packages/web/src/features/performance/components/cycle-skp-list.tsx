import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PerformanceCycle, SkpSummary } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { EmptyMessage } from '../../../components/empty-state';
import { Pager } from '../../../components/pager';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { ScrollTable } from '../../../components/scroll-table';
import { type SetPage, usePaging } from '../../../lib/use-paging';
import { useCycleSkps } from '../api/performance';
import { OpenSkpDialog } from './open-skp-dialog';
import { PredikatBadge, SkpStateBadge } from './performance-badges';
import { opensSkp } from './performance-values';

const PAGE_SIZE = 25;

/**
 * A year's SKP in the reader's reach, by name, each leading to its page: cards on a phone, a table
 * wider. While the year plans or runs, the agency opens one for an employee here.
 */
export function CycleSkpList({
  cycle,
  manages,
  unitId,
  page,
  setPage,
}: {
  cycle: PerformanceCycle;
  manages: boolean;
  unitId: number | undefined;
  page: number;
  setPage: SetPage;
}) {
  const { t } = useTranslation('performance');
  const [opening, setOpening] = useState(false);
  const query = { page, pageSize: PAGE_SIZE, ...(unitId === undefined ? {} : { unitId }) };
  const skps = useCycleSkps(cycle.id, query);
  const onPage = usePaging(skps, setPage);
  const label = t('list.label', { year: cycle.year });
  const opens = manages && opensSkp(cycle.state);
  return (
    <Stack gap="sm">
      {opens && (
        <Group justify="flex-end">
          <Button variant="light" w={{ base: '100%', xs: 'auto' }} onClick={() => setOpening(true)}>
            {t('open.button')}
          </Button>
        </Group>
      )}
      <QueryContent query={skps} height={200}>
        {(data) =>
          data.total === 0 ? (
            <EmptyMessage title={t('list.empty', { year: cycle.year })}>
              {opens ? t('list.emptyManage') : t('list.emptyHelp')}
            </EmptyMessage>
          ) : (
            <Stack gap="sm">
              <SkpRows label={label} items={data.items} busy={skps.isFetching} />
              <Pager
                page={page}
                pageSize={PAGE_SIZE}
                total={data.total}
                onChange={onPage}
                label={t('list.pager', { year: cycle.year })}
              />
            </Stack>
          )
        }
      </QueryContent>
      {opening && <OpenSkpDialog cycle={cycle} onClose={() => setOpening(false)} />}
    </Stack>
  );
}

function SkpLink({ skp }: { skp: SkpSummary }) {
  return (
    <AnchorLink
      to="/performance/skp/$skpId"
      params={{ skpId: String(skp.id) }}
      fw={600}
      size="sm"
      style={{ overflowWrap: 'anywhere' }}
    >
      {skp.employee.name}
    </AnchorLink>
  );
}

function SkpRows({ label, items, busy }: { label: string; items: readonly SkpSummary[]; busy: boolean }) {
  const { t } = useTranslation('performance');
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  if (isPhone) {
    return (
      <CardList label={label} busy={busy}>
        {items.map((skp) => (
          <CardItem key={skp.id}>
            <Stack gap={4}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <SkpLink skp={skp} />
                <SkpStateBadge state={skp.state} />
              </Group>
              <Text size="sm">{t('skp.nip', { nip: skp.employee.nip })}</Text>
              {skp.employee.unit && (
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {skp.employee.unit}
                </Text>
              )}
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('mine.appraiser', { name: skp.appraiserName })}
              </Text>
              {skp.predikat && <PredikatBadge predikat={skp.predikat} />}
            </Stack>
          </CardItem>
        ))}
      </CardList>
    );
  }
  return (
    <ScrollTable label={label} minWidth={820}>
      <Table striped verticalSpacing="xs" aria-busy={busy}>
        <Table.Caption className="visually-hidden">{label}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.employee')}</Table.Th>
            <Table.Th scope="col">{t('list.unit')}</Table.Th>
            <Table.Th scope="col">{t('list.appraiser')}</Table.Th>
            <Table.Th scope="col">{t('list.state')}</Table.Th>
            <Table.Th scope="col">{t('list.predikat')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((skp) => (
            <Table.Tr key={skp.id}>
              <Table.Td>
                <Stack gap={0}>
                  <SkpLink skp={skp} />
                  <Text size="xs" c="dimmed">
                    {skp.employee.nip}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>{skp.employee.unit ?? '—'}</Table.Td>
              <Table.Td>{skp.appraiserName}</Table.Td>
              <Table.Td>
                <SkpStateBadge state={skp.state} />
              </Table.Td>
              <Table.Td>{skp.predikat ? <PredikatBadge predikat={skp.predikat} /> : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
