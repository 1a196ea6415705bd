import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { useMediaQuery } from '@mantine/hooks';
import { STILL } from '../../../components/still-chart';

// Loaded on demand (React.lazy): recharts is the largest dependency. Decorative for assistive
// technology: each chart sits in a ChartCard whose table carries the same figures.

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function useNarrow() {
  return useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
}

/**
 * The annual predikat over the years, one dot a year on the five predikat from Sangat Kurang (1) up
 * to Sangat Baik (5); a year without an annual appraisal has no dot.
 */
export function PredikatTrendChart({
  data,
  seriesLabel,
  scoreLabel,
}: {
  data: { label: string; score: number | null }[];
  seriesLabel: string;
  /** The predikat's words of a score 1–5. */
  scoreLabel: (score: number) => string;
}) {
  const narrow = useNarrow();
  return (
    <LineChart
      h={220}
      data={data}
      dataKey="label"
      series={[{ name: 'score', label: seriesLabel, color: 'teal.7' }]}
      curveType="linear"
      withDots
      dotProps={{ r: 5 }}
      lineProps={STILL}
      valueFormatter={scoreLabel}
      yAxisProps={{
        domain: [1, 5],
        ticks: [1, 2, 3, 4, 5],
        allowDecimals: false,
        width: narrow ? 112 : 140,
        // 'Kurang/Misconduct' is 'Kurang' on the axis; the tooltip and the table say it whole.
        tickFormatter: (value: number) => truncate(scoreLabel(value).split('/')[0] ?? '', narrow ? 16 : 24),
      }}
      gridAxis="y"
      accessibilityLayer={false}
      tooltipAnimationDuration={0}
    />
  );
}
