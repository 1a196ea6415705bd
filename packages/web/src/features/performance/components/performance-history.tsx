import { PREDIKAT_SCORE } from '@jenjang/domain/performance/appraiser-spread.rules';
import { PREDIKATS } from '@jenjang/domain/performance/predikat.rules';
import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { lazy, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PerformanceAppraisal } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ChartCard } from '../../../components/chart-card';
import { ScrollTable } from '../../../components/scroll-table';
import { PredikatBadge } from './performance-badges';
import { annualByYear } from './performance-values';
import { usePeriodLabel } from './performance-words';

const PredikatTrendChart = lazy(() =>
  import('./predikat-charts').then((module) => ({ default: module.PredikatTrendChart })),
);

/** Newest year first; in a year the annual appraisal first, then the periods from the latest. */
function newestFirst(a: PerformanceAppraisal, b: PerformanceAppraisal): number {
  if (a.year !== b.year) return b.year - a.year;
  if ((a.period === 'annual') !== (b.period === 'annual')) return a.period === 'annual' ? -1 : 1;
  return b.fromMonth - a.fromMonth;
}

/**
 * The reader's appraisals over the years: the annual predikat as a chart (with its table), then
 * every appraisal, periodic and annual, made here or imported from SIASN.
 */
export function PerformanceHistory({ history }: { history: readonly PerformanceAppraisal[] }) {
  const { t } = useTranslation('performance');
  const headingId = useId();
  const annual = annualByYear(history);
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {t('history.title')}
      </Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.none')}
        </Text>
      ) : (
        <>
          {annual.length > 0 && <AnnualChart annual={annual} />}
          <HistoryList rows={[...history].sort(newestFirst)} />
        </>
      )}
    </Stack>
  );
}

const SCORE_PREDIKAT = new Map(PREDIKATS.map((predikat) => [PREDIKAT_SCORE[predikat], predikat]));

function AnnualChart({ annual }: { annual: readonly PerformanceAppraisal[] }) {
  const { t } = useTranslation('performance');
  const title = t('history.chartTitle');
  const scoreLabel = (score: number) => {
    const predikat = SCORE_PREDIKAT.get(score);
    return predikat ? t(`predikat.${predikat}`) : '';
  };
  return (
    <ChartCard
      title={title}
      order={3}
      chartHeight={220}
      chart={
        <PredikatTrendChart
          data={annual.map((a) => ({ label: String(a.year), score: PREDIKAT_SCORE[a.predikat] }))}
          seriesLabel={t('history.predikat')}
          scoreLabel={scoreLabel}
        />
      }
      table={
        <Table striped verticalSpacing={4}>
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('history.year')}</Table.Th>
              <Table.Th scope="col">{t('history.predikat')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {annual.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Th scope="row" fw={400}>
                  {a.year}
                </Table.Th>
                <Table.Td>{t(`predikat.${a.predikat}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}

function HistoryList({ rows }: { rows: readonly PerformanceAppraisal[] }) {
  const { t } = useTranslation('performance');
  const periodLabel = usePeriodLabel();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const label = t('history.table');
  const appraiser = (row: PerformanceAppraisal) => (
    <Group gap={6} wrap="wrap">
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {isPhone ? t('mine.appraiser', { name: row.appraiserName ?? '—' }) : (row.appraiserName ?? '—')}
      </Text>
      {row.source === 'import' && (
        <Badge variant="light" color="gray" tt="none" size="sm">
          {t('history.imported')}
        </Badge>
      )}
    </Group>
  );
  if (isPhone) {
    return (
      <CardList label={label} busy={false}>
        {rows.map((row) => (
          <CardItem key={row.id}>
            <Stack gap={4}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Text fw={600} size="sm">
                  {row.year} · {periodLabel(row.period, row.fromMonth, row.toMonth)}
                </Text>
                <PredikatBadge predikat={row.predikat} />
              </Group>
              <Text size="sm">
                {t('history.hasilKerja')}: {t(`rating.${row.hasilKerja}`)}
              </Text>
              <Text size="sm">
                {t('history.perilakuKerja')}: {t(`rating.${row.perilakuKerja}`)}
              </Text>
              {appraiser(row)}
            </Stack>
          </CardItem>
        ))}
      </CardList>
    );
  }
  return (
    <ScrollTable label={label} minWidth={760}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{label}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('history.year')}</Table.Th>
            <Table.Th scope="col">{t('history.period')}</Table.Th>
            <Table.Th scope="col">{t('history.hasilKerja')}</Table.Th>
            <Table.Th scope="col">{t('history.perilakuKerja')}</Table.Th>
            <Table.Th scope="col">{t('history.predikat')}</Table.Th>
            <Table.Th scope="col">{t('history.appraiser')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{row.year}</Table.Td>
              <Table.Td>{periodLabel(row.period, row.fromMonth, row.toMonth)}</Table.Td>
              <Table.Td>{t(`rating.${row.hasilKerja}`)}</Table.Td>
              <Table.Td>{t(`rating.${row.perilakuKerja}`)}</Table.Td>
              <Table.Td>
                <PredikatBadge predikat={row.predikat} />
              </Table.Td>
              <Table.Td>{appraiser(row)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
