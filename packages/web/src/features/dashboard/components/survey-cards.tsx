import { Badge, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardSurveys, HomeResult } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ChartCard } from '../../../components/chart-card';
import { ArrowDownIcon, ArrowUpIcon, LevelIcon } from '../../../components/icons';
import { AnchorLink, ButtonLink } from '../../../components/router-links';
import { useConventionText } from '../../../lib/ikm-convention';
import { useFormat } from '../../../lib/use-format';
import { type IkmServiceRow, latestIkmByService, type Trend } from './home-data';
import { HomeSection } from './home-section';

const IkmBarChart = lazy(() =>
  import('./dashboard-charts').then((module) => ({ default: module.IkmBarChart })),
);

const MUTU_COLOR: Record<string, string> = { A: 'teal', B: 'blue', C: 'orange', D: 'red' };

function useIkmNumber() {
  const format = useFormat();
  return useMemo(() => {
    const number = new Intl.NumberFormat(format.language, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 3,
    });
    return (value: number) => number.format(value);
  }, [format.language]);
}

/** The latest IKM of each service unit the reader may see, with its category and trend. */
export function IkmCard({ data }: { data: DashboardSurveys }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const ikmNumber = useIkmNumber();
  const conventionText = useConventionText();
  const rows = latestIkmByService(data.ikm, new Date(), new Intl.Collator(format.language));
  const bars = rows.flatMap((row) =>
    row.latest?.ikm ? [{ key: String(row.surveyId), label: row.service, value: row.latest.ikm.ikm }] : [],
  );
  const title = t('surveys.ikmTitle');
  return (
    <ChartCard
      title={title}
      empty={bars.length === 0}
      chartHeight={Math.max(120, bars.length * 36 + 40)}
      chart={<IkmBarChart data={bars} seriesLabel={t('surveys.ikmSeries')} valueFormatter={ikmNumber} />}
      table={<IkmTable rows={rows} k={data.k} caption={title} />}
    >
      <Text size="sm" c="dimmed">
        {t('surveys.ikmNote')}
      </Text>
      <Text size="sm" c="dimmed" data-testid="home-ikm-convention">
        {t('surveys.convention', { convention: conventionText(data.ikmConvention) })}
      </Text>
      <CardList label={title} busy={false}>
        {rows.map((row) => (
          <IkmServiceItem key={row.surveyId} row={row} k={data.k} />
        ))}
      </CardList>
    </ChartCard>
  );
}

function IkmServiceItem({ row, k }: { row: IkmServiceRow; k: number }) {
  const { t } = useTranslation('dashboard');
  const ikmNumber = useIkmNumber();
  const latest = row.latest;
  return (
    <CardItem>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={600}>{row.service}</Text>
          {latest?.ikm && (
            <Group gap={6} wrap="nowrap">
              <Text fw={700} fz="lg" data-testid="home-ikm-value">
                {ikmNumber(latest.ikm.ikm)}
              </Text>
              <Badge color={MUTU_COLOR[latest.ikm.category.mutu] ?? 'gray'} variant="light" tt="none">
                {latest.ikm.category.mutu} · {t(`surveys.kinerja.${latest.ikm.category.kinerja}`)}
              </Badge>
            </Group>
          )}
        </Group>
        {latest ? (
          <>
            <Text size="sm" c="dimmed">
              {row.provisional ? t('surveys.provisional', { label: latest.wave.label }) : latest.wave.label} ·{' '}
              <TrendText change={row.change} trend={row.trend} />
            </Text>
            <AnchorLink
              to="/survey-waves/$waveId/results"
              params={{ waveId: String(latest.wave.id) }}
              size="sm"
              aria-label={t('surveys.viewNamed', { title: row.service, label: latest.wave.label })}
            >
              {t('surveys.view')}
            </AnchorLink>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('surveys.hidden', { k })}
          </Text>
        )}
      </Stack>
    </CardItem>
  );
}

/** The judged change: a real rise or fall with its arrow and colour, otherwise plain words. */
function TrendText({ change, trend }: { change: number | null; trend: Trend }) {
  const { t } = useTranslation('dashboard');
  const ikmNumber = useIkmNumber();
  const value = change === null ? '' : ikmNumber(Math.abs(change));
  if (trend === 'up' || trend === 'down') {
    const Icon = trend === 'up' ? ArrowUpIcon : ArrowDownIcon;
    return (
      <Text span size="sm" c={trend === 'up' ? 'teal.9' : 'red.9'} fw={600} data-verdict={trend}>
        <Icon size={14} style={{ verticalAlign: '-2px', marginRight: 2 }} />
        {t(`surveys.trend.${trend}`, { value })}
      </Text>
    );
  }
  return (
    <Text span size="sm" data-verdict={trend}>
      {trend === 'steady' && <LevelIcon size={14} style={{ verticalAlign: '-2px', marginRight: 2 }} />}
      {t(`surveys.trend.${trend}`, { value })}
    </Text>
  );
}

function IkmTable({ rows, k, caption }: { rows: IkmServiceRow[]; k: number; caption: string }) {
  const { t } = useTranslation('dashboard');
  const ikmNumber = useIkmNumber();
  return (
    <Table striped verticalSpacing={4}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('surveys.service')}</Table.Th>
          <Table.Th scope="col">{t('surveys.period')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('surveys.ikm')}
          </Table.Th>
          <Table.Th scope="col">{t('surveys.category')}</Table.Th>
          <Table.Th scope="col">{t('surveys.change')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.surveyId}>
            <Table.Th scope="row" fw={400}>
              {row.service}
            </Table.Th>
            <Table.Td>{row.latest?.wave.label ?? '—'}</Table.Td>
            <Table.Td ta="right">
              {row.latest?.ikm ? ikmNumber(row.latest.ikm.ikm) : t('surveys.hidden', { k })}
            </Table.Td>
            <Table.Td>
              {row.latest?.ikm
                ? `${row.latest.ikm.category.mutu} · ${t(`surveys.kinerja.${row.latest.ikm.category.kinerja}`)}`
                : '—'}
            </Table.Td>
            <Table.Td>
              <TrendText change={row.change} trend={row.trend} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The newest results the reader may see. A reader scoped to a unit is told when its unit's results
 * appear: the server sends a unit's slice only once k of its people answered and the wave closed.
 */
export function ResultsCard({
  data,
  scoped,
  wide = false,
}: {
  data: DashboardSurveys;
  scoped: boolean;
  /** The card spans the page: the results sit side by side on a wide screen. */
  wide?: boolean;
}) {
  const { t } = useTranslation('dashboard');
  const title = scoped ? t('surveys.resultsTitleUnit') : t('surveys.resultsTitle');
  return (
    <HomeSection
      title={title}
      testId="home-results"
      action={
        <AnchorLink to="/surveys" size="sm">
          {t('surveys.all')}
        </AnchorLink>
      }
    >
      {data.results.length === 0 ? (
        <Text size="sm">{t('surveys.resultsNone')}</Text>
      ) : (
        <SimpleGrid
          component="ul"
          cols={wide ? { base: 1, sm: 2, xl: 3 } : 1}
          spacing="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={title}
        >
          {data.results.map((result) => (
            <ResultItem key={result.waveId} result={result} />
          ))}
        </SimpleGrid>
      )}
      {scoped && (
        <Text size="sm" c="dimmed" data-testid="home-k-rule">
          {t('surveys.kRule', { k: data.k })}
        </Text>
      )}
    </HomeSection>
  );
}

function ResultItem({ result }: { result: HomeResult }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const ikmNumber = useIkmNumber();
  return (
    <CardItem>
      <Stack gap={6} align="flex-start">
        <div>
          <Title order={3} size="h5">
            {result.title}
          </Title>
          <Text size="sm" c="dimmed">
            {result.label}
          </Text>
        </div>
        <Group gap="xs">
          <Badge variant="light" color={result.final ? 'teal' : 'orange'} w="max-content">
            {result.final ? t('surveys.final') : t('surveys.ongoing')}
          </Badge>
          {result.reach === 'slice' && (
            <Badge variant="outline" w="max-content">
              {t('surveys.slice')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {t('surveys.respondents', { count: result.responses, formatted: format.number(result.responses) })}
          {result.ikm !== null && ` · ${t('surveys.ikmValue', { value: ikmNumber(result.ikm) })}`}
        </Text>
        <ButtonLink
          to="/survey-waves/$waveId/results"
          params={{ waveId: String(result.waveId) }}
          variant="default"
          size="xs"
          aria-label={t('surveys.viewNamed', { title: result.title, label: result.label })}
        >
          {t('surveys.view')}
        </ButtonLink>
      </Stack>
    </CardItem>
  );
}
