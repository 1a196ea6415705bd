import { Table, Text } from '@mantine/core';
import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../../components/chart-card';
import { type BarDatum, chartHeight } from './national-data';

const NationalBarChart = lazy(() =>
  import('./national-charts').then((module) => ({ default: module.NationalBarChart })),
);

interface NationalCardProps {
  title: string;
  /** No row at all: the card says so instead of an empty chart and table. */
  empty: boolean;
  bars: BarDatum[];
  series: { label: string; format: (value: number) => string; max?: number; color?: string };
  /** Wide tables scroll sideways on a phone from this width. */
  tableMinWidth: number;
  /** The first column's header: the government, unless the rows are something else. */
  firstColumn?: string;
  /** The column headers after the first. */
  columns: ReactNode;
  /** One row per government (or per its survey), each led by a GovernmentCell. */
  rows: ReactNode;
  /** The national totals, when the card has them. */
  totals?: ReactNode;
  /** A note under the title (what is hidden below k, how the IKM is weighed); none when false. */
  note?: string | false;
}

/** A national figure per government: bars, and the same figures as a table captioned by the title. */
export function NationalCard({
  title,
  empty,
  bars,
  series,
  tableMinWidth,
  firstColumn,
  columns,
  rows,
  totals,
  note,
}: NationalCardProps) {
  const { t } = useTranslation('national');
  return (
    <ChartCard
      title={title}
      empty={empty}
      chartHeight={chartHeight(bars.length)}
      tableMinWidth={tableMinWidth}
      chart={
        <NationalBarChart
          data={bars}
          seriesLabel={series.label}
          valueFormatter={series.format}
          max={series.max}
          color={series.color}
        />
      }
      table={
        <Table striped verticalSpacing={4}>
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{firstColumn ?? t('government')}</Table.Th>
              {columns}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{rows}</Table.Tbody>
          {totals && (
            <Table.Tfoot>
              <Table.Tr>{totals}</Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      }
    >
      {note && (
        <Text size="sm" c="dimmed">
          {note}
        </Text>
      )}
    </ChartCard>
  );
}

/** The row's header: the government's name. */
export function GovernmentCell({ name }: { name: string }) {
  return (
    <Table.Th scope="row" fw={400}>
      {name}
    </Table.Th>
  );
}

/** A right-aligned column header of figures. */
export function FigureHeader({ children }: { children: ReactNode }) {
  return (
    <Table.Th scope="col" ta="right">
      {children}
    </Table.Th>
  );
}
