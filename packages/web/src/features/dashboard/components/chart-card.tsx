import { Card, Group, SegmentedControl, Skeleton, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import type { ChartDatum } from './chart-data';

interface ChartCardProps {
  title: string;
  /** Header of the category column in the table view, e.g. 'Perangkat Daerah'. */
  categoryLabel: string;
  data: ChartDatum[];
  /** The chart, lazy-loaded; hidden from assistive technology, which reads the table instead. */
  chart: ReactNode;
  chartHeight?: number;
}

/** A chart with its data table: the table is always in the accessibility tree, and on request on screen. */
export function ChartCard({ title, categoryLabel, data, chart, chartHeight = 260 }: ChartCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const table = <CountTable caption={title} categoryLabel={categoryLabel} data={data} />;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="md" gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t('dashboard.view.label', { chart: title })}
          value={view}
          onChange={(value) => setView(value === 'table' ? 'table' : 'chart')}
          data={[
            { value: 'chart', label: t('dashboard.view.chart') },
            { value: 'table', label: t('dashboard.view.table') },
          ]}
        />
      </Group>
      {data.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('dashboard.noData')}
        </Text>
      ) : view === 'chart' ? (
        <>
          <div aria-hidden="true">
            <Suspense fallback={<Skeleton h={chartHeight} radius="md" />}>{chart}</Suspense>
          </div>
          <VisuallyHidden>{table}</VisuallyHidden>
        </>
      ) : (
        table
      )}
    </Card>
  );
}

function CountTable({
  caption,
  categoryLabel,
  data,
}: {
  caption: string;
  categoryLabel: string;
  data: ChartDatum[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table striped withTableBorder={false} verticalSpacing={4}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{categoryLabel}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('dashboard.count')}
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
