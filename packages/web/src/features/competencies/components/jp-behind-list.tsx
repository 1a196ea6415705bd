import { Anchor, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { DownloadIcon } from '../../../components/icons';
import { Pager } from '../../../components/pager';
import { AnchorLink } from '../../../components/router-links';
import { ScrollTable } from '../../../components/scroll-table';
import { isApiError } from '../../../lib/api-client';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useFormat } from '../../../lib/use-format';
import { BEHIND_PAGE_SIZE, jpBehindWorkbookHref, useJpBehind } from '../api/get-jp-attainment';

/** Who is behind on the year's JP, furthest first, with the whole list as a workbook. */
export function JpBehindList({ year, unitId }: { year: number; unitId?: number }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const labels = useDomainLabels();
  const headingId = useId();
  const [paging, setPaging] = useState({ key: '', page: 1 });
  const key = `${year}:${unitId ?? ''}`;
  const page = paging.key === key ? paging.page : 1;
  const behind = useJpBehind(year, unitId, page);
  const title = t('jp.behindList.title');

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" gap="sm" mb="md">
        <Title order={3} size="h4" id={headingId}>
          {title}
        </Title>
        {behind.data && behind.data.total > 0 && (
          <Anchor href={jpBehindWorkbookHref(year, unitId, format.language)} download size="sm">
            <Group gap={6} component="span" wrap="nowrap">
              <DownloadIcon aria-hidden="true" size={16} />
              {t('jp.behindList.download')}
            </Group>
          </Anchor>
        )}
      </Group>
      {behind.isPending ? (
        <Skeleton h={160} aria-busy="true" />
      ) : isApiError(behind.error, 404) ? (
        <Text size="sm" c="dimmed">
          {t('gaps.needs.notAllowed')}
        </Text>
      ) : behind.isError ? (
        <ErrorAlert error={behind.error} onRetry={() => void behind.refetch()} />
      ) : behind.data.total === 0 ? (
        <Text size="sm" c="dimmed" data-testid="jp-behind-none">
          {t('jp.behindList.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          <ScrollTable label={t('gaps.scroll', { table: title })} minWidth={640}>
            <Table striped verticalSpacing={4} data-testid="jp-behind">
              <Table.Caption>{t('jp.behindList.caption', { year })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('gaps.needs.name')}</Table.Th>
                  <Table.Th scope="col">{t('gaps.needs.unit')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('jp.behindList.earned')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('jp.behindList.target')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('jp.behindList.short')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {behind.data.items.map((row) => (
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
                        {row.nip} · {labels.employeeType(row.employeeType)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{row.unitName ?? '–'}</Table.Td>
                    <Table.Td ta="right">{format.number(row.earned)}</Table.Td>
                    <Table.Td ta="right">{format.number(row.target)}</Table.Td>
                    <Table.Td ta="right">{format.number(row.short)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Pager
            page={page}
            pageSize={BEHIND_PAGE_SIZE}
            total={behind.data.total}
            onChange={(next) => setPaging({ key, page: next })}
            label={t('jp.behindList.pager')}
          />
        </Stack>
      )}
    </Card>
  );
}
