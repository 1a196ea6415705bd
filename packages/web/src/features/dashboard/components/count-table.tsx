import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/use-format';
import type { ChartDatum } from './chart-data';

/** The figures of a dashboard chart as a table: one row per category with its headcount. */
export function CountTable({
  caption,
  categoryLabel,
  data,
}: {
  caption: string;
  categoryLabel: string;
  data: ChartDatum[];
}) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  return (
    <Table striped withTableBorder={false} verticalSpacing={4}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{categoryLabel}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('count')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.map((datum) => (
          <Table.Tr key={datum.key}>
            <Table.Td>{datum.label}</Table.Td>
            <Table.Td ta="right">{format.number(datum.count)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
