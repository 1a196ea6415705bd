import { Group, Table, Text } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapAnalysis } from '../../../api/types';
import { ChartCard } from '../../../components/chart-card';
import { useFormat } from '../../../lib/use-format';
import type { Slice } from './gap-charts';
import { shareBelow } from './gap-figures';
import { Legend } from './legend';

const CountRing = lazy(() => import('./gap-charts').then((module) => ({ default: module.CountRing })));
const ShareBarChart = lazy(() =>
  import('./gap-charts').then((module) => ({ default: module.ShareBarChart })),
);

const JPM_COLORS = { meets: 'teal.7', stillMeets: 'yellow.5', lacking: 'red.7', unknown: 'gray.5' };

/** How many were measured and how they fall over the JPM labels (Memenuhi / Masih / Kurang / belum). */
export function JpmCard({ analysis }: { analysis: GapAnalysis }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const { jpm, jpmThresholds } = analysis;
  const slices: Slice[] = (['meets', 'stillMeets', 'lacking', 'unknown'] as const).map((key) => ({
    key,
    label: t(`gaps.jpm.${key}`),
    count: jpm[key],
    color: JPM_COLORS[key],
  }));
  const title = t('gaps.jpm.title');
  return (
    <ChartCard
      title={title}
      order={3}
      empty={jpm.employees === 0}
      chart={
        <Group justify="center" gap="xl" wrap="wrap">
          <CountRing data={slices} valueFormatter={format.number} />
          <Legend items={slices} valueFormatter={format.number} />
        </Group>
      }
      table={
        <Table striped verticalSpacing={4}>
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('gaps.jpm.label')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('gaps.employees')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {slices.map((slice) => (
              <Table.Tr key={slice.key}>
                <Table.Td>{slice.label}</Table.Td>
                <Table.Td ta="right">{format.number(slice.count)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    >
      <Text size="xl" fw={700} data-testid="gap-employees">
        {t('gaps.measured', { count: jpm.employees, formatted: format.number(jpm.employees) })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('gaps.jpm.thresholds', {
          meets: format.number(jpmThresholds.meets),
          stillMeets: format.number(jpmThresholds.stillMeets),
        })}
      </Text>
    </ChartCard>
  );
}

/** Percentage points, signed: "+5 poin", "−3 poin", "0 poin". */
function points(
  delta: number,
  format: ReturnType<typeof useFormat>,
  t: (key: 'gaps.points', options: { value: string }) => string,
) {
  const rounded = Math.round(delta * 100);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '\u2212' : '';
  return t('gaps.points', { value: `${sign}${format.number(Math.abs(rounded))}` });
}

/** Per competency: the share of requirements assessed below standard, as bars and as a table. */
export function CompetencyGapsCard({ analysis }: { analysis: GapAnalysis }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const title = t('gaps.byCompetency.title');
  const compared = analysis.compareTo !== null;
  const rows = analysis.competencies.map((c) => ({ ...c, share: shareBelow(c) }));
  const bars = rows
    .filter((r) => r.share !== null)
    .map((r) => ({ label: `${r.code} ${r.name}`, share: Math.round((r.share ?? 0) * 100) }));
  return (
    <ChartCard
      title={title}
      order={3}
      empty={rows.length === 0}
      chartHeight={bars.length * 30 + 40}
      tableMinWidth={compared ? 640 : 520}
      chart={
        <ShareBarChart
          data={bars}
          seriesLabel={t('gaps.byCompetency.share')}
          valueFormatter={(value) => format.percent(value / 100)}
        />
      }
      table={
        <Table striped verticalSpacing={4} data-testid="gap-competencies">
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('gaps.byCompetency.competency')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('gaps.byCompetency.assessed')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('gaps.byCompetency.below')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('gaps.byCompetency.shortfall')}
              </Table.Th>
              {compared && (
                <Table.Th scope="col" ta="right">
                  {t('gaps.byCompetency.change', { date: format.date(analysis.compareTo) })}
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const before = row.previous ? shareBelow(row.previous) : null;
              return (
                <Table.Tr key={row.competencyId}>
                  <Table.Th scope="row" fw={400}>
                    {row.code} {row.name}
                  </Table.Th>
                  <Table.Td ta="right">{format.number(row.assessed)}</Table.Td>
                  <Table.Td ta="right">
                    {row.share === null
                      ? '–'
                      : t('gaps.byCompetency.belowValue', {
                          count: format.number(row.below),
                          share: format.percent(row.share),
                        })}
                  </Table.Td>
                  <Table.Td ta="right">{format.number(row.shortfall)}</Table.Td>
                  {compared && (
                    <Table.Td ta="right">
                      {row.share === null || before === null ? '–' : points(row.share - before, format, t)}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      }
    >
      <Text size="sm" c="dimmed">
        {t('gaps.byCompetency.intro')}
      </Text>
    </ChartCard>
  );
}
