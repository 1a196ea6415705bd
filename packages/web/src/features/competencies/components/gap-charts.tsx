import '@mantine/charts/styles.css';
import { BarChart, DonutChart } from '@mantine/charts';
import { useMediaQuery } from '@mantine/hooks';
import { STILL } from '../../../components/still-chart';

// Loaded on demand (React.lazy): recharts is the largest dependency and only these tabs need it.
// Charts are decorative for assistive technology; each sits in a ChartCard with its table.

export interface Slice {
  key: string;
  label: string;
  count: number;
  color: string;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A ring of counts (the JPM labels, the JP statuses); its legend with numbers sits beside it. */
export function CountRing({
  data,
  valueFormatter,
}: {
  data: Slice[];
  valueFormatter: (n: number) => string;
}) {
  return (
    <DonutChart
      mx="auto"
      size={180}
      thickness={30}
      data={data.filter((d) => d.count > 0).map((d) => ({ name: d.label, value: d.count, color: d.color }))}
      valueFormatter={valueFormatter}
      tooltipDataSource="segment"
      accessibilityLayer={false}
      pieProps={{ rootTabIndex: -1, ...STILL }}
    />
  );
}

/** The share below standard per competency, 0–100 %, names on the side. */
export function ShareBarChart({
  data,
  seriesLabel,
  valueFormatter,
}: {
  data: { label: string; share: number }[];
  seriesLabel: string;
  valueFormatter: (value: number) => string;
}) {
  const narrow = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
  return (
    <BarChart
      barProps={STILL}
      h={Math.max(120, data.length * 30 + 40)}
      data={data}
      dataKey="label"
      orientation="vertical"
      series={[{ name: 'share', label: seriesLabel, color: 'red.8' }]}
      valueFormatter={valueFormatter}
      xAxisProps={{ domain: [0, 100] }}
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
