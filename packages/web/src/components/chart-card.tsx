import { Card, Group, SegmentedControl, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from './scroll-table';

interface ChartCardProps {
  title: string;
  /** The chart, lazy-loaded; hidden from assistive technology, which reads the table instead. */
  chart: ReactNode;
  /** The same figures as a table: always in the accessibility tree, on screen on request. */
  table: ReactNode;
  /** Nothing to show: a short message replaces chart and table. */
  empty?: boolean;
  chartHeight?: number;
  /** The heading level of the title: 2 for a card on its own, 3 inside a titled section. */
  order?: 2 | 3 | 4;
  /** A table wider than a phone scrolls sideways inside its own labelled region when shown. */
  tableMinWidth?: number;
  /** Figures under the title that hold in both views (a mean, a count, a note). */
  children?: ReactNode;
}

/** A chart with its data table: the table is always in the accessibility tree, and on request on screen. */
export function ChartCard({
  title,
  chart,
  table,
  empty = false,
  chartHeight = 260,
  order = 2,
  tableMinWidth,
  children,
}: ChartCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [view, setView] = useState<'chart' | 'table'>('chart');

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="md" gap="xs">
        <Title order={order} size="h4" id={headingId}>
          {title}
        </Title>
        <SegmentedControl
          size="xs"
          data-chart-view-switch=""
          aria-label={t('chart.view.label', { chart: title })}
          value={view}
          onChange={(value) => setView(value === 'table' ? 'table' : 'chart')}
          data={[
            { value: 'chart', label: t('chart.view.chart') },
            { value: 'table', label: t('chart.view.table') },
          ]}
        />
      </Group>
      {children && (
        <Stack gap={4} mb="md">
          {children}
        </Stack>
      )}
      {empty ? (
        <Text c="dimmed" size="sm">
          {t('chart.noData')}
        </Text>
      ) : view === 'chart' ? (
        <>
          <div aria-hidden="true" data-chart-card-chart="">
            <Suspense fallback={<Skeleton h={chartHeight} radius="md" />}>{chart}</Suspense>
          </div>
          <VisuallyHidden data-chart-card-table="">{table}</VisuallyHidden>
        </>
      ) : tableMinWidth ? (
        <ScrollTable label={title} minWidth={tableMinWidth}>
          {table}
        </ScrollTable>
      ) : (
        table
      )}
    </Card>
  );
}
