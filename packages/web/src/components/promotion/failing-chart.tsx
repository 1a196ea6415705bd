import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useMediaQuery } from '@mantine/hooks';
import { STILL } from '../still-chart';

// Loaded on demand (React.lazy): recharts is the largest dependency. Decorative for assistive
// technology: the FailingCard's table carries the same figures.

/** How many fail each kenaikan pangkat rule, rules on the side, one bar per series (before, after). */
export function FailingChart({
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
      h={Math.max(160, data.length * series.length * 22 + 80)}
      data={data}
      dataKey="label"
      orientation="vertical"
      series={series}
      valueFormatter={valueFormatter}
      withLegend={series.length > 1}
      legendProps={{ verticalAlign: 'bottom' }}
      yAxisProps={{ width: narrow ? 120 : 230 }}
      xAxisProps={{ allowDecimals: false }}
      gridAxis="x"
      maxBarWidth={20}
      accessibilityLayer={false}
      tooltipAnimationDuration={0}
    />
  );
}
