import '@mantine/charts/styles.css';
import type { Mutu } from '@jenjang/domain/surveys/ikm.rules';
import { BarChart, GaugeChart, LineChart } from '@mantine/charts';
import { useMediaQuery } from '@mantine/hooks';
import { STILL } from '../../../components/still-chart';
import { sideBarsHeight } from './chart-size';

// Loaded on demand (lazy-charts.ts). Decorative for assistive technology: every chart sits in a
// ChartCard whose table holds the same figures.

export interface BarSeries {
  /** The field of each datum holding this series' value. */
  name: string;
  label: string;
  color: string;
}

export type BarDatum = { label: string } & Record<string, string | number | null>;

interface BarsProps {
  data: BarDatum[];
  series: BarSeries[];
  valueFormatter: (value: number) => string;
  /** The value axis, e.g. [0, 100] for percents or the rating scale for means. */
  domain?: [number, number];
  /** The value axis' ticks, when they need fewer decimals than the tooltip. */
  axisFormatter?: (value: number) => string;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Bars running left to right, category names on the side: long answer labels fit, also on phones. */
export function SideBars({ data, series, valueFormatter, domain }: BarsProps) {
  const narrow = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
  const labelWidth = narrow ? 110 : 240;
  const maxChars = narrow ? 15 : 36;
  return (
    <BarChart
      barProps={STILL}
      h={sideBarsHeight(data.length, series.length)}
      data={data}
      dataKey="label"
      orientation="vertical"
      series={series}
      valueFormatter={valueFormatter}
      xAxisProps={domain ? { domain } : {}}
      yAxisProps={{
        width: labelWidth,
        tickFormatter: (value: string) => truncate(String(value), maxChars),
      }}
      gridAxis="x"
      withLegend={series.length > 1}
      accessibilityLayer={false}
      tooltipAnimationDuration={0}
    />
  );
}

/** Upright columns for short category names (U1–U9). */
export function ColumnBars({ data, series, valueFormatter, domain, axisFormatter }: BarsProps) {
  return (
    <BarChart
      barProps={STILL}
      h={260}
      data={data}
      dataKey="label"
      series={series}
      valueFormatter={valueFormatter}
      yAxisProps={{
        ...(domain ? { domain } : {}),
        ...(axisFormatter ? { tickFormatter: axisFormatter } : {}),
      }}
      withLegend={series.length > 1}
      accessibilityLayer={false}
      tooltipAnimationDuration={0}
    />
  );
}

const CATEGORY_COLORS = { A: 'teal.8', B: 'indigo.7', C: 'orange.8', D: 'red.8' } as const;

/** The IKM on its 25–100 dial, the arc filled up to it in the colour of its category. */
export function IkmGauge({ ikm, mutu, label }: { ikm: number; mutu: Mutu; label: string }) {
  return (
    <GaugeChart
      value={ikm}
      min={25}
      max={100}
      filledColor={CATEGORY_COLORS[mutu]}
      size={200}
      thickness={18}
      roundCaps
      label={label}
      mx="auto"
    />
  );
}

/**
 * A measure over a survey's waves. A hidden wave (under k) is null: the line breaks there rather
 * than dropping to zero.
 */
export function TrendLine({
  data,
  label,
  valueFormatter,
  domain,
}: {
  data: { label: string; value: number | null }[];
  label: string;
  valueFormatter: (value: number) => string;
  domain: [number, number];
}) {
  return (
    <LineChart
      lineProps={STILL}
      h={240}
      data={data}
      dataKey="label"
      series={[{ name: 'value', label, color: 'indigo.7' }]}
      valueFormatter={valueFormatter}
      yAxisProps={{ domain }}
      connectNulls={false}
      // Straight segments: a curve would suggest figures between two waves that nobody measured.
      curveType="linear"
      withLegend={false}
      dotProps={{ r: 4 }}
      accessibilityLayer={false}
      tooltipAnimationDuration={0}
    />
  );
}
