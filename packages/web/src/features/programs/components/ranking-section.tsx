import { Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../api/types';
import { Pager } from '../../../components/pager';
import { QueryContent } from '../../../components/query-content';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../lib/use-format';
import { useRanking } from '../api/programs';
import { ApplicationStateBadge } from './program-state-badge';

/** The published ranking: everyone's place and score; names only where the program publishes them. */
export function RankingSection({ program }: { program: Program }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const [page, setPage] = useState(1);
  const ranking = useRanking(program.id, page, true);
  return (
    <Stack gap="sm" component="section" aria-labelledby="program-ranking">
      <Title order={2} size="h4" id="program-ranking">
        {t('ranking.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {program.rankingShowsNames ? t('ranking.withNames') : t('ranking.withoutNames')}
      </Text>
      <QueryContent query={ranking} height={160}>
        {(data) => (
          <Stack gap="sm">
            <ScrollTable label={t('ranking.title')} minWidth={480}>
              <Table striped aria-busy={ranking.isFetching} aria-label={t('ranking.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th ta="right">{t('ranking.position')}</Table.Th>
                    <Table.Th>{t('ranking.name')}</Table.Th>
                    <Table.Th ta="right">{t('ranking.score')}</Table.Th>
                    <Table.Th>{t('ranking.state')}</Table.Th>
                    <Table.Th>{t('ranking.batch')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((row) => (
                    <Table.Tr key={row.position} fw={row.mine ? 700 : undefined}>
                      <Table.Td ta="right">{format.number(row.position)}</Table.Td>
                      <Table.Td>
                        {row.mine ? t('ranking.you', { name: row.name }) : (row.name ?? t('ranking.hidden'))}
                      </Table.Td>
                      <Table.Td ta="right">{format.number(row.score / 100)}</Table.Td>
                      <Table.Td>
                        <ApplicationStateBadge state={row.state} />
                      </Table.Td>
                      <Table.Td>{row.batch ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onChange={setPage}
              label={t('ranking.pages')}
            />
          </Stack>
        )}
      </QueryContent>
    </Stack>
  );
}
