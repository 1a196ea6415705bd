import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useMediaQuery } from '@mantine/hooks';
import { STILL } from './still-chart';

// Loaded on demand (React.lazy): recharts is the largest dependency. Decorative for assistive
// technology: each chart sits in a ChartCard whose table carries the same figures.

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Counts per unit stacked by a status (the JP statuses, the predikat), names on the side, the
 * legend in the series' order (not recharts' alphabetical one).
 */
export function StackedUnitChart({
  data,
  series,
  valueFormatter,
}: {
  data: Record<string, string | number>[];
  series: { name: string; label: string; color: string }[];
  valueFormatter: (value: number) => string;
}) {
  const narrow = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
  return (
    <BarChart
      barProps={STILL}
      h={Math.max(140, data.length * 32 + 80)}
      data={data}
      dataKey="label"
      type="stacked"
      orientation="vertical"
      series={series}
      valueFormatter={valueFormatter}
      withLegend
      legendProps={{
        verticalAlign: 'bottom',
        itemSorter: (item) => series.findIndex((s) => s.name === item.dataKey),
      }}
      yAxisProps={{
        width: narrow ? 110 : 230,
        tickFormatter: (value: string) => truncate(String(value), narrow ? 14 : 32),
      }}
      gridAxis="x"
      maxBarWidth={24}
      accessibilityLayer={false}
      tooltipAnimationDuration={0}
    />
  );
}
