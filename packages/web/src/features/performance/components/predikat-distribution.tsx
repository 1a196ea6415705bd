import { PREDIKATS } from '@jenjang/domain/performance/predikat.rules';
import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { lazy, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppraiserSpread, PredikatCounts, PredikatDistribution } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ChartCard } from '../../../components/chart-card';
import { EmptyMessage } from '../../../components/empty-state';
import { QueryContent } from '../../../components/query-content';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../lib/use-format';
import { usePredikatDistribution } from '../api/performance';
import { PREDIKAT_COLORS } from './performance-badges';
import { countOf, formatDeviation } from './performance-values';

const PredikatStackChart = lazy(() =>
  import('../../../components/stacked-unit-chart').then((module) => ({ default: module.StackedUnitChart })),
);

/**
 * Sebaran predikat: a year's annual predikat in the reader's reach, per OPD as stacked bars (with
 * their table), and per appraiser with how far each one's ratings stand from their peers'.
 */
export function PredikatDistributionSection({ year, unitId }: { year: number; unitId: number | undefined }) {
  const { t } = useTranslation('performance');
  const distribution = usePredikatDistribution(year, unitId ?? null);
  return (
    <QueryContent query={distribution} height={260}>
      {(data) =>
        countOf(data.total) === 0 ? (
          <EmptyMessage title={t('distribution.empty', { year })}>{t('distribution.emptyHelp')}</EmptyMessage>
        ) : (
          <Stack gap="lg">
            <UnitsChart distribution={data} />
            <Appraisers distribution={data} />
          </Stack>
        )
      }
    </QueryContent>
  );
}

function UnitsChart({ distribution }: { distribution: PredikatDistribution }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  const title = t('distribution.byUnit', { year: distribution.year });
  const rows = [
    ...distribution.units.map((unit) => ({ key: String(unit.unitId), name: unit.unit, counts: unit.counts })),
    { key: 'total', name: t('distribution.total'), counts: distribution.total },
  ];
  return (
    <ChartCard
      title={title}
      order={3}
      tableMinWidth={720}
      empty={distribution.units.length === 0}
      chartHeight={distribution.units.length * 32 + 80}
      chart={
        <PredikatStackChart
          data={distribution.units.map((unit) => ({ label: unit.unit, ...unit.counts }))}
          series={PREDIKATS.map((predikat) => ({
            name: predikat,
            label: t(`predikat.${predikat}`),
            color: PREDIKAT_COLORS[predikat],
          }))}
          valueFormatter={format.number}
        />
      }
      table={<CountsTable caption={title} rows={rows} />}
    >
      <Text size="sm">
        {t('distribution.summary', {
          count: countOf(distribution.total),
          formatted: format.number(countOf(distribution.total)),
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {PREDIKATS.map(
          (predikat) => `${t(`predikat.${predikat}`)} ${format.number(distribution.total[predikat])}`,
        ).join(' · ')}
      </Text>
    </ChartCard>
  );
}

/** The counts by predikat, one row per OPD and a last one for them all. */
function CountsTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { key: string; name: string; counts: PredikatCounts }[];
}) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  return (
    <Table striped verticalSpacing={4}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('distribution.unit')}</Table.Th>
          {PREDIKATS.map((predikat) => (
            <Table.Th key={predikat} scope="col" ta="right">
              {t(`predikat.${predikat}`)}
            </Table.Th>
          ))}
          <Table.Th scope="col" ta="right">
            {t('distribution.count')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row" fw={row.key === 'total' ? 600 : 400}>
              {row.name}
            </Table.Th>
            {PREDIKATS.map((predikat) => (
              <Table.Td key={predikat} ta="right">
                {format.number(row.counts[predikat])}
              </Table.Td>
            ))}
            <Table.Td ta="right">{format.number(countOf(row.counts))}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * Each appraiser's mean score (Sangat Kurang 1 … Sangat Baik 5) against the others', flagged "jauh
 * dari rekan" from 5 appraisals at |z| ≥ 2: a reason to ask, not a finding.
 */
function Appraisers({ distribution }: { distribution: PredikatDistribution }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  const headingId = useId();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const label = t('distribution.appraisers');
  const flagged = distribution.appraisers.filter((a) => a.flagged).length;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {label}
      </Title>
      <Text size="sm" c="dimmed" maw={760}>
        {t('distribution.flagExplained')}
      </Text>
      <Text size="sm">
        {distribution.peerMean === null
          ? t('distribution.noMean')
          : t('distribution.peerMean', { mean: format.number(distribution.peerMean) })}
        {' · '}
        {t('distribution.flaggedCount', { count: flagged, formatted: format.number(flagged) })}
      </Text>
      {isPhone ? (
        <CardList label={label} busy={false}>
          {distribution.appraisers.map((appraiser) => (
            <CardItem key={`${appraiser.name}-${appraiser.nip ?? ''}`}>
              <Stack gap={4}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                  <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {appraiser.name}
                  </Text>
                  {appraiser.flagged && <FlagBadge />}
                </Group>
                {appraiser.nip && <Text size="sm">{t('skp.nip', { nip: appraiser.nip })}</Text>}
                <Text size="sm">
                  {t('distribution.figures', {
                    appraised: format.number(appraiser.appraised),
                    mean: format.number(appraiser.meanScore),
                    deviation: formatDeviation(appraiser.deviation, format.language),
                  })}
                </Text>
              </Stack>
            </CardItem>
          ))}
        </CardList>
      ) : (
        <AppraiserTable label={label} appraisers={distribution.appraisers} />
      )}
    </Stack>
  );
}

function FlagBadge() {
  const { t } = useTranslation('performance');
  return (
    <Badge color="orange" variant="light" autoContrast tt="none" style={{ flex: 'none' }}>
      {t('distribution.flag')}
    </Badge>
  );
}

function AppraiserTable({ label, appraisers }: { label: string; appraisers: readonly AppraiserSpread[] }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  return (
    <ScrollTable label={label} minWidth={720}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{label}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('distribution.name')}</Table.Th>
            <Table.Th scope="col">{t('distribution.nip')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('distribution.appraised')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('distribution.mean')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('distribution.deviation')}
            </Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('distribution.flagColumn')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {appraisers.map((appraiser) => (
            <Table.Tr key={`${appraiser.name}-${appraiser.nip ?? ''}`}>
              <Table.Th scope="row" fw={400}>
                {appraiser.name}
              </Table.Th>
              <Table.Td>{appraiser.nip ?? '—'}</Table.Td>
              <Table.Td ta="right">{format.number(appraiser.appraised)}</Table.Td>
              <Table.Td ta="right">{format.number(appraiser.meanScore)}</Table.Td>
              <Table.Td ta="right">{formatDeviation(appraiser.deviation, format.language)}</Table.Td>
              <Table.Td>{appraiser.flagged && <FlagBadge />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
