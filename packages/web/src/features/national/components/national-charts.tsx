import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useMediaQuery } from '@mantine/hooks';
import { STILL } from '../../../components/still-chart';
import { type BarDatum, chartHeight } from './national-data';

// Loaded on demand (React.lazy): recharts is large and only this page of the national feature
// needs it. Charts are decorative for assistive technology; each card has the table.

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

interface Props {
  data: BarDatum[];
  seriesLabel: string;
  valueFormatter: (value: number) => string;
  /** The axis' upper end when the values have one (IKM 100, participation 100 %). */
  max?: number;
  color?: string;
}

/** Horizontal bars with the names on the side: government and service names are long. */
export function NationalBarChart({ data, seriesLabel, valueFormatter, max, color = 'indigo.7' }: Props) {
  const narrow = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
  const labelWidth = narrow ? 120 : 260;
  const maxChars = narrow ? 16 : 38;
  return (
    <BarChart
      barProps={STILL}
      h={chartHeight(data.length)}
      data={data.map((datum) => ({ label: datum.label, value: datum.value }))}
      dataKey="label"
      orientation="vertical"
      series={[{ name: 'value', label: seriesLabel, color }]}
      valueFormatter={valueFormatter}
      xAxisProps={max === undefined ? undefined : { domain: [0, max] }}
      yAxisProps={{ width: labelWidth, tickFormatter: (value: string) => truncate(String(value), maxChars) }}
      gridAxis="x"
      maxBarWidth={28}
      accessibilityLayer={false}
      tooltipAnimationDuration={0}
    />
  );
}
