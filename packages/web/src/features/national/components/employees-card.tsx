import { Table, Text } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { NationalEmployees } from '../../../api/types';
import { ChartCard } from '../../../components/chart-card';
import { useFormat } from '../../../lib/use-format';
import { CountCell } from './count-cell';
import { chartHeight, employeeBars } from './national-data';

const NationalBarChart = lazy(() =>
  import('./national-charts').then((module) => ({ default: module.NationalBarChart })),
);

/** Civil servants per government, PNS and PPPK, with the national totals. */
export function EmployeesCard({ data }: { data: NationalEmployees }) {
  const { t } = useTranslation('national');
  const format = useFormat();
  const bars = employeeBars(data.governments);
  const hasHidden = [...data.governments, { ...data.totals }].some(
    (row) => row.pns === null || row.pppk === null || row.total === null,
  );
  const title = t('employees.title');
  return (
    <ChartCard
      title={title}
      empty={data.governments.length === 0}
      chartHeight={chartHeight(bars.length)}
      tableMinWidth={480}
      chart={
        <NationalBarChart data={bars} seriesLabel={t('employees.series')} valueFormatter={format.number} />
      }
      table={
        <Table striped verticalSpacing={4}>
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('government')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('employees.pns')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('employees.pppk')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('employees.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.governments.map((row) => (
              <Table.Tr key={row.government.id}>
                <Table.Th scope="row" fw={400}>
                  {row.government.name}
                </Table.Th>
                <Table.Td ta="right">
                  <CountCell value={row.pns} format={format.number} />
                </Table.Td>
                <Table.Td ta="right">
                  <CountCell value={row.pppk} format={format.number} />
                </Table.Td>
                <Table.Td ta="right">
                  <CountCell value={row.total} format={format.number} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('employees.national')}</Table.Th>
              <Table.Td ta="right" fw={700}>
                <CountCell value={data.totals.pns} format={format.number} />
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                <CountCell value={data.totals.pppk} format={format.number} />
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                <CountCell value={data.totals.total} format={format.number} />
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      }
    >
      {hasHidden && (
        <Text size="sm" c="dimmed">
          {t('hiddenNote', { k: data.k })}
        </Text>
      )}
    </ChartCard>
  );
}
