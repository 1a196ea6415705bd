import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useMediaQuery } from '@mantine/hooks';
import { STILL } from '../../../components/still-chart';

// Loaded on demand (React.lazy): recharts is the largest dependency. Decorative for assistive
// technology: the equity section's ChartCard carries the same figures as a table.

/** Each group's selection rate (0–100 %), the flagged groups in red, the four-fifths line dashed. */
export function SelectionRateChart({
  data,
  seriesLabel,
  threshold,
  thresholdLabel,
  valueFormatter,
}: {
  data: { label: string; rate: number; flagged: boolean }[];
  seriesLabel: string;
  /** Four fifths of the best group's rate, in percent; null when no group is judged. */
  threshold: number | null;
  thresholdLabel: string;
  valueFormatter: (value: number) => string;
}) {
  const narrow = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
  return (
    <BarChart
      barProps={STILL}
      h={Math.max(120, data.length * 32 + 40)}
      data={data.map((d) => ({ ...d, color: d.flagged ? 'red.8' : 'blue.7' }))}
      dataKey="label"
      orientation="vertical"
      series={[{ name: 'rate', label: seriesLabel, color: 'blue.7' }]}
      getBarColor={(_value, entry) => (entry as { color: string }).color}
      valueFormatter={valueFormatter}
      xAxisProps={{ domain: [0, 100] }}
      yAxisProps={{ width: narrow ? 110 : 220 }}
      referenceLines={
        threshold === null
          ? []
          : [{ x: threshold, label: thresholdLabel, color: 'red.8', strokeDasharray: '4 4' }]
      }
      gridAxis="x"
      maxBarWidth={24}
      accessibilityLayer={false}
      tooltipAnimationDuration={0}
    />
  );
}
