import { Skeleton, Stack, Table, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { Pager } from '../../../components/pager';
import { AnchorLink } from '../../../components/router-links';
import { ScrollTable } from '../../../components/scroll-table';
import { isApiError } from '../../../lib/api-client';

/**
 * The page of a list kept while its filters stay the same: new filters (`key`) start at page 1.
 * Returns the page and the pager's handler.
 */
export function usePageFor(key: string): [number, (page: number) => void] {
  const [paging, setPaging] = useState({ key: '', page: 1 });
  return [paging.key === key ? paging.page : 1, (page) => setPaging({ key, page })];
}

interface Person {
  employeeId: number;
  name: string;
  nip: string;
  unitName: string | null;
}

interface PeopleShortListProps<Row extends Person> {
  query: UseQueryResult<{ items: Row[]; total: number }>;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  /** The table's accessible name (its scroll region's too) and caption. */
  title: string;
  caption: string;
  pagerLabel: string;
  none: ReactNode;
  testId: string;
  /** Headers of the columns after the name and unit; `numeric` ones align right. */
  columns: { header: string; numeric?: boolean }[];
  /** Under the name: the NIP and whatever else names the person. */
  detail?: (row: Row) => ReactNode;
  cells: (row: Row) => ReactNode;
}

/**
 * A page of people who fall short (of their standard, of the year's JP): name (to their record),
 * unit and the figures that rank them. The list names people, so the server answers 404 to a reader
 * of figures who may not read those employees; then it gives way to a sentence.
 */
export function PeopleShortList<Row extends Person>(props: PeopleShortListProps<Row>) {
  const { t } = useTranslation('competencies');
  const { query } = props;
  if (query.isPending) return <Skeleton h={160} aria-busy="true" />;
  if (isApiError(query.error, 404)) {
    return (
      <Text size="sm" c="dimmed">
        {t('gaps.needs.notAllowed')}
      </Text>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.total === 0) return props.none;
  return (
    <Stack gap="sm">
      <ScrollTable label={t('gaps.scroll', { table: props.title })} minWidth={640}>
        <Table striped verticalSpacing={4} data-testid={props.testId}>
          <Table.Caption>{props.caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('gaps.needs.name')}</Table.Th>
              <Table.Th scope="col">{t('gaps.needs.unit')}</Table.Th>
              {props.columns.map((column) => (
                <Table.Th key={column.header} scope="col" ta={column.numeric ? 'right' : undefined}>
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((row) => (
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
                    {props.detail ? props.detail(row) : row.nip}
                  </Text>
                </Table.Td>
                <Table.Td>{row.unitName ?? '–'}</Table.Td>
                {props.cells(row)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Pager
        page={props.page}
        pageSize={props.pageSize}
        total={query.data.total}
        onChange={props.onPage}
        label={props.pagerLabel}
      />
    </Stack>
  );
}
