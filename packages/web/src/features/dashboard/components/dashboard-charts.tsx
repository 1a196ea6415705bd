import '@mantine/charts/styles.css';
import { BarChart, DonutChart } from '@mantine/charts';
import { useMediaQuery } from '@mantine/hooks';
import { STILL } from '../../../components/still-chart';
import type { ChartDatum } from './chart-data';

// Loaded on demand (React.lazy): recharts is the largest dependency and only this page needs it.
// Charts are decorative for assistive technology; each has a data table alternative.

const ROW_HEIGHT = 30;

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

interface BarProps {
  data: ChartDatum[];
  seriesLabel: string;
  valueFormatter: (value: number) => string;
  /** Bars running left to right with category names on the side (for long OPD names). */
  horizontalBars?: boolean;
}

export function CountBarChart({ data, seriesLabel, valueFormatter, horizontalBars = false }: BarProps) {
  const narrow = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
  if (horizontalBars) {
    // Long OPD names: a wide label column, cut short on one line rather than wrapped.
    const labelWidth = narrow ? 120 : 230;
    const maxChars = narrow ? 16 : 32;
    return (
      <BarChart
        barProps={STILL}
        h={Math.max(160, data.length * ROW_HEIGHT + 40)}
        data={data}
        dataKey="label"
        orientation="vertical"
        series={[{ name: 'count', label: seriesLabel, color: 'indigo.7' }]}
        valueFormatter={valueFormatter}
        yAxisProps={{
          width: labelWidth,
          tickFormatter: (value: string) => truncate(String(value), maxChars),
        }}
        gridAxis="x"
        accessibilityLayer={false}
        tooltipAnimationDuration={0}
      />
    );
  }
  return (
    <BarChart
      barProps={STILL}
      h={260}
      data={data}
      dataKey="label"
      series={[{ name: 'count', label: seriesLabel, color: 'teal.8' }]}
      valueFormatter={valueFormatter}
      accessibilityLayer={false}
      tooltipAnimationDuration={0}
    />
  );
}

interface DonutProps {
  data: (ChartDatum & { color: string })[];
  valueFormatter: (value: number) => string;
}

export function CountDonutChart({ data, valueFormatter }: DonutProps) {
  return (
    <DonutChart
      mx="auto"
      size={200}
      thickness={32}
      data={data.map((datum) => ({ name: datum.label, value: datum.count, color: datum.color }))}
      valueFormatter={valueFormatter}
      tooltipDataSource="segment"
      accessibilityLayer={false}
      pieProps={{ rootTabIndex: -1, ...STILL }}
    />
  );
}

interface IkmProps {
  data: { key: string; label: string; value: number }[];
  seriesLabel: string;
  valueFormatter: (value: number) => string;
}

/** The latest IKM per service unit on the index's own scale, 0–100, names on the side. */
export function IkmBarChart({ data, seriesLabel, valueFormatter }: IkmProps) {
  const narrow = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
  return (
    <BarChart
      barProps={STILL}
      h={Math.max(120, data.length * 36 + 40)}
      data={data}
      dataKey="label"
      orientation="vertical"
      series={[{ name: 'value', label: seriesLabel, color: 'teal.8' }]}
      valueFormatter={valueFormatter}
      xAxisProps={{ domain: [0, 100] }}
      yAxisProps={{
        width: narrow ? 120 : 230,
        tickFormatter: (value: string) => truncate(String(value), narrow ? 16 : 32),
      }}
      gridAxis="x"
      maxBarWidth={28}
      accessibilityLayer={false}
      tooltipAnimationDuration={0}
    />
  );
}
