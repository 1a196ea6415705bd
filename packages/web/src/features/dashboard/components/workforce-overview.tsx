import { SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../../components/chart-card';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/router-links';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useCan } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useDashboard } from '../api/get-dashboard';
import { CHART_COLORS, type ChartDatum, golonganChartData, unitsChartData } from './chart-data';
import { CountTable } from './count-table';
import { HeadlineFigures } from './headline-figures';

const CountBarChart = lazy(() =>
  import('./dashboard-charts').then((module) => ({ default: module.CountBarChart })),
);
const CountDonutChart = lazy(() =>
  import('./dashboard-charts').then((module) => ({ default: module.CountDonutChart })),
);

/**
 * Workforce figures of the reader's reach: the whole government per OPD, or a subtree per unit
 * right below its own (`scopeUnit`).
 */
export function WorkforceOverview({ scopeUnit }: { scopeUnit: string | null }) {
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const labels = useDomainLabels();
  const canImport = useCan('employee.import');
  const dashboard = useDashboard();

  if (dashboard.isPending) {
    return (
      <Stack gap="md" aria-busy="true">
        <Text role="status" c="dimmed">
          {tc('common.loading')}
        </Text>
        <SimpleGrid cols={3}>
          <Skeleton h={96} />
          <Skeleton h={96} />
          <Skeleton h={96} />
        </SimpleGrid>
        <Skeleton h={320} />
      </Stack>
    );
  }
  if (dashboard.isError)
    return <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />;

  const data = dashboard.data;
  if (data.employees.total === 0) {
    return (
      <EmptyMessage title={t('empty.title')}>
        {canImport ? <AnchorLink to="/imports/employees">{t('empty.import')}</AnchorLink> : t('empty.body')}
      </EmptyMessage>
    );
  }

  const units = unitsChartData(data.byUnit, t('charts.otherUnits'));
  const golongan = golonganChartData(data.byGolongan);
  const kinds = data.byPositionKind.map((row, index) => ({
    key: row.kind,
    label: labels.positionKind(row.kind),
    count: row.count,
    color: CHART_COLORS[index % CHART_COLORS.length] ?? 'gray.7',
  }));
  const seriesLabel = t('count');

  return (
    <Stack gap="lg">
      <HeadlineFigures employees={data.employees} />
      <ChartCard
        {...countCard(
          scopeUnit ? t('charts.byUnitIn', { unit: scopeUnit }) : t('charts.byUnit'),
          scopeUnit ? t('charts.unitIn') : t('charts.unit'),
          units,
        )}
        chartHeight={units.length * 30 + 40}
        chart={
          <CountBarChart
            data={units}
            seriesLabel={seriesLabel}
            valueFormatter={format.number}
            horizontalBars
          />
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ChartCard
          {...countCard(t('charts.byGolongan'), t('charts.golongan'), golongan)}
          chart={<CountBarChart data={golongan} seriesLabel={seriesLabel} valueFormatter={format.number} />}
        />
        <ChartCard
          {...countCard(t('charts.byPositionKind'), t('charts.positionKind'), kinds)}
          chart={<KindDonut data={kinds} valueFormatter={format.number} />}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** The title, count table and empty state of one of the dashboard's chart cards. */
function countCard(title: string, categoryLabel: string, data: ChartDatum[]) {
  return {
    title,
    empty: data.length === 0,
    table: <CountTable caption={title} categoryLabel={categoryLabel} data={data} />,
  };
}

function KindDonut(props: {
  data: Parameters<typeof CountDonutChart>[0]['data'];
  valueFormatter: (n: number) => string;
}) {
  return (
    <Stack gap="sm">
      <CountDonutChart {...props} />
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {props.data.map((datum) => (
          <Text component="li" key={datum.key} size="sm">
            <span
              style={{
                display: 'inline-block',
                width: 12,
                height: 12,
                borderRadius: 3,
                marginInlineEnd: 8,
                background: `var(--mantine-color-${datum.color.replace('.', '-')})`,
              }}
            />
            {datum.label}: {props.valueFormatter(datum.count)}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
