import { Card, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionKind } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { Pager } from '../../../components/pager';
import { AnchorLink } from '../../../components/router-links';
import { ScrollTable } from '../../../components/scroll-table';
import { isApiError } from '../../../lib/api-client';
import { useFormat } from '../../../lib/use-format';
import { NEEDS_PAGE_SIZE, useLargestNeeds } from '../api/get-competency-gaps';

/**
 * Pegawai dengan kesenjangan terbesar: names people, so the server answers 404 to a reader of
 * figures who may not read those employees; then the list gives way to a sentence.
 */
export function GapNeedsList({ unitId, positionKind }: { unitId?: number; positionKind?: PositionKind }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const headingId = useId();
  const [paging, setPaging] = useState({ key: '', page: 1 });
  const key = `${unitId ?? ''}:${positionKind ?? ''}`;
  const page = paging.key === key ? paging.page : 1;
  const needs = useLargestNeeds({ unitId, positionKind }, page);
  const title = t('gaps.needs.title');

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('gaps.needs.intro')}
      </Text>
      {needs.isPending ? (
        <Skeleton h={160} aria-busy="true" />
      ) : isApiError(needs.error, 404) ? (
        <Text size="sm" c="dimmed">
          {t('gaps.needs.notAllowed')}
        </Text>
      ) : needs.isError ? (
        <ErrorAlert error={needs.error} onRetry={() => void needs.refetch()} />
      ) : needs.data.total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('gaps.needs.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          <ScrollTable label={t('gaps.scroll', { table: title })} minWidth={640}>
            <Table striped verticalSpacing={4} data-testid="gap-needs">
              <Table.Caption>{title}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('gaps.needs.name')}</Table.Th>
                  <Table.Th scope="col">{t('gaps.needs.unit')}</Table.Th>
                  <Table.Th scope="col">{t('gaps.needs.position')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('gaps.needs.below')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('gaps.byCompetency.shortfall')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {needs.data.items.map((row) => (
                  <Table.Tr key={row.employeeId}>
                    <Table.Td>
                      <AnchorLink
                        to="/employees/$employeeId"
                        params={{ employeeId: String(row.employeeId) }}
                        fw={500}
                      >
                        {row.name}
                      </AnchorLink>
                      <Text size="xs" c="dimmed">
                        {row.nip}
                      </Text>
                    </Table.Td>
                    <Table.Td>{row.unitName ?? '–'}</Table.Td>
                    <Table.Td>{row.positionName ?? '–'}</Table.Td>
                    <Table.Td ta="right">
                      {format.number(row.below)}
                      {row.unassessed > 0 && (
                        <Text size="xs" c="dimmed">
                          {t('gaps.needs.unassessed', { formatted: format.number(row.unassessed) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{format.number(row.shortfall)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Pager
            page={page}
            pageSize={NEEDS_PAGE_SIZE}
            total={needs.data.total}
            onChange={(next) => setPaging({ key, page: next })}
            label={t('gaps.needs.pager')}
          />
        </Stack>
      )}
    </Card>
  );
}
