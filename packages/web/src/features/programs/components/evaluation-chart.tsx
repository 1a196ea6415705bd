import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useMediaQuery } from '@mantine/hooks';
import { STILL } from '../../../components/still-chart';

// Loaded on demand (React.lazy): recharts is the largest dependency. Decorative for assistive
// technology: the evaluation section's ChartCards carry the same figures as tables.

/**
 * One bar (or a group of bars) per group shown: batches, trainers or curriculum versions. A figure
 * withheld is null: no bar, rather than one at zero.
 */
export function EvaluationChart({
  data,
  series,
  domain,
  valueFormatter,
}: {
  data: ({ label: string } & Record<string, number | string | null>)[];
  series: { name: string; label: string; color: string }[];
  domain: [number, number];
  valueFormatter: (value: number) => string;
}) {
  const narrow = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
  return (
    <BarChart
      barProps={STILL}
      h={Math.max(120, data.length * 28 * series.length + 40)}
      data={data}
      dataKey="label"
      orientation="vertical"
      series={series}
      valueFormatter={valueFormatter}
      xAxisProps={{ domain }}
      yAxisProps={{ width: narrow ? 110 : 200 }}
      withLegend={series.length > 1}
      gridAxis="x"
      maxBarWidth={20}
      accessibilityLayer={false}
      tooltipAnimationDuration={0}
    />
  );
}

/**
 * The service's IKM per wave (0–100), each bar coloured by when the wave fell against the training;
 * the label names it too ("… · sebelum"), so the colour only repeats it.
 */
export function ResultsChart({
  data,
  seriesLabel,
  valueFormatter,
}: {
  data: { label: string; value: number | null; color: string }[];
  seriesLabel: string;
  valueFormatter: (value: number) => string;
}) {
  const narrow = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
  return (
    <BarChart
      barProps={STILL}
      h={Math.max(120, data.length * 32 + 40)}
      data={data}
      dataKey="label"
      orientation="vertical"
      series={[{ name: 'value', label: seriesLabel, color: 'gray.6' }]}
      valueFormatter={valueFormatter}
      xAxisProps={{ domain: [0, 100] }}
      yAxisProps={{ width: narrow ? 130 : 240 }}
      withBarValueLabel
      gridAxis="x"
      maxBarWidth={24}
      accessibilityLayer={false}
      tooltipAnimationDuration={0}
    />
  );
}
