import { Group, Select, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { JpAttainmentOverview } from '../../../api/types';
import { ChartCard } from '../../../components/chart-card';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { UnitSelect } from '../../../components/unit-select';
import { useFormat } from '../../../lib/use-format';
import { useJpAttainment } from '../api/get-jp-attainment';
import type { TabPanelProps } from '../routes/competencies-search';
import type { Slice } from './gap-charts';
import { JpBehindList } from './jp-behind-list';
import { Legend } from './legend';

const CountRing = lazy(() => import('./gap-charts').then((module) => ({ default: module.CountRing })));
const StackedUnitChart = lazy(() =>
  import('../../../components/stacked-unit-chart').then((module) => ({ default: module.StackedUnitChart })),
);

export const JP_STATUSES = ['met', 'onTrack', 'behind', 'aboveCeiling'] as const;
const JP_COLORS = { met: 'teal.7', onTrack: 'blue.6', behind: 'red.7', aboveCeiling: 'grape.6' };

/**
 * 20 JP: how far the staff of a unit subtree (or the government) came on the year's development
 * hours (PP 17/2020 art. 203(4)), by unit below it, and who is behind.
 */
export function JpPanel({ search, onSearch }: TabPanelProps) {
  const { t } = useTranslation('competencies');
  const headingId = useId();
  const thisYear = new Date().getFullYear();
  const { year = thisYear, unit: unitId } = search;
  const overview = useJpAttainment(year, unitId);

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Title order={2} size="h4" id={headingId}>
          {t('jp.heading')}
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          {t('jp.intro')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={720}>
        <Select
          label={t('jp.year')}
          data={[0, 1, 2, 3, 4].map((back) => String(thisYear - back))}
          value={String(year)}
          onChange={(next) =>
            onSearch({ year: next && Number(next) !== thisYear ? Number(next) : undefined })
          }
          allowDeselect={false}
        />
        <UnitSelect
          label={t('gaps.unit')}
          placeholder={t('gaps.unitAll')}
          clearLabel={t('gaps.unitClear')}
          value={unitId}
          onChange={(unit) => onSearch({ unit })}
        />
      </SimpleGrid>
      {overview.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Text size="sm" c="dimmed" role="status">
            {t('gaps.loading')}
          </Text>
          <Skeleton h={240} radius="md" />
        </Stack>
      ) : overview.isError ? (
        <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <JpFigures overview={overview.data} />
      )}
      {overview.data && overview.data.totals.employees > 0 && <JpBehindList year={year} unitId={unitId} />}
    </Stack>
  );
}

function JpFigures({ overview }: { overview: JpAttainmentOverview }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const { totals, targets } = overview;
  const slices: Slice[] = JP_STATUSES.map((key) => ({
    key,
    label: t(`jp.status.${key}`),
    count: totals[key],
    color: JP_COLORS[key],
  }));
  const elapsed = t('jp.elapsed', {
    date: format.date(overview.asOf),
    share: format.percent(overview.yearElapsed),
  });
  const title = t('jp.totals', { year: overview.year });
  const unitsTitle = t('jp.byUnit');

  if (totals.employees === 0) {
    return <EmptyMessage title={t('jp.empty', { year: overview.year })}>{t('jp.emptyBody')}</EmptyMessage>;
  }
  const scopeName = overview.unit?.name ?? t('gaps.unitAll');

  return (
    <Stack gap="lg">
      <ChartCard
        title={title}
        order={3}
        tableMinWidth={640}
        chart={
          <Group justify="center" gap="xl" wrap="wrap">
            <CountRing data={slices} valueFormatter={format.number} />
            <Legend items={slices} valueFormatter={format.number} />
          </Group>
        }
        table={<JpStatusTable caption={title} rows={[{ key: 'all', name: scopeName, counts: totals }]} />}
      >
        <Text size="sm" data-testid="jp-elapsed">
          {elapsed}
        </Text>
        <Text size="sm" data-testid="jp-totals">
          {t('jp.summary', {
            employees: format.number(totals.employees),
            met: format.number(totals.met),
            earned: format.number(Math.round(totals.earned)),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('jp.targets', {
            pns: format.number(targets.pnsTarget),
            pppk: format.number(targets.pppkTarget),
            minutes: format.number(targets.minutesPerJp),
          })}
          {targets.pppkCeiling !== null &&
            ` ${t('jp.ceiling', { ceiling: format.number(targets.pppkCeiling) })}`}
        </Text>
      </ChartCard>
      {overview.units.length > 0 && (
        <ChartCard
          title={unitsTitle}
          order={3}
          tableMinWidth={640}
          chartHeight={overview.units.length * 32 + 60}
          chart={
            <StackedUnitChart
              data={overview.units.map((unit) => ({
                label: unit.name,
                met: unit.met,
                onTrack: unit.onTrack,
                behind: unit.behind,
                aboveCeiling: unit.aboveCeiling,
              }))}
              series={JP_STATUSES.map((status) => ({
                name: status,
                label: t(`jp.status.${status}`),
                color: JP_COLORS[status],
              }))}
              valueFormatter={format.number}
            />
          }
          table={
            <JpStatusTable
              caption={unitsTitle}
              rows={overview.units.map((unit) => ({
                key: String(unit.unitId),
                name: unit.name,
                counts: unit,
              }))}
            />
          }
        />
      )}
    </Stack>
  );
}

type StatusCounts = JpAttainmentOverview['totals'];

/** The counts by JP status, one row per unit (or one for the whole scope). */
function JpStatusTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { key: string; name: string; counts: StatusCounts }[];
}) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  return (
    <Table striped verticalSpacing={4}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('jp.unit')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('gaps.employees')}
          </Table.Th>
          {JP_STATUSES.map((status) => (
            <Table.Th key={status} scope="col" ta="right">
              {t(`jp.status.${status}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row" fw={400}>
              {row.name}
            </Table.Th>
            <Table.Td ta="right">{format.number(row.counts.employees)}</Table.Td>
            {JP_STATUSES.map((status) => (
              <Table.Td key={status} ta="right">
                {format.number(row.counts[status])}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
