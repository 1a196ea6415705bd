import { Box, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../../components/chart-card';
import { AnchorLink } from '../../../components/router-links';
import { useFormat } from '../../../lib/use-format';
import { type Results, round, signedNumber, type Timing } from './evaluation-values';

const ResultsChart = lazy(() =>
  import('./evaluation-chart').then((module) => ({ default: module.ResultsChart })),
);

const TIMINGS: Timing[] = ['before', 'during', 'after'];
const TIMING_COLORS: Record<Timing, string> = { before: 'gray.6', during: 'orange.8', after: 'teal.8' };

/**
 * Level 4: the IKM of the service the training aims at, wave by wave, before, during and after the
 * training's days, and the change from the last wave before to the last one after. Without a result
 * survey (shown to the agency only), where to name one. The participants' predikat before and
 * after has its own card (evaluation-performance.tsx).
 */
export function ResultsBlock({ results, surveyLinks }: { results: Results | null; surveyLinks: boolean }) {
  const { t } = useTranslation('programs');
  const headingId = useId();
  if (results) return <ResultsCard results={results} surveyLinks={surveyLinks} />;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId}>
          {t('evaluation.results.title')}
        </Title>
        <Text size="sm">{t('evaluation.results.chooseSurvey')}</Text>
        <Text size="sm" c="dimmed">
          {t('evaluation.results.performance')}
        </Text>
      </Stack>
    </Card>
  );
}

function ResultsCard({ results, surveyLinks }: { results: Results; surveyLinks: boolean }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const ikm = (value: number) => format.number(round(value));
  const timing = (value: Timing) => t(`evaluation.results.timing.${value}`);
  const title = t('evaluation.results.title');
  return (
    <ChartCard
      title={title}
      order={3}
      empty={results.points.length === 0}
      chartHeight={Math.max(120, results.points.length * 32 + 40)}
      tableMinWidth={640}
      chart={
        <>
          <ResultsChart
            data={results.points.map((p) => ({
              label: [
                p.label,
                timing(p.timing),
                p.value === null ? t('evaluation.results.withheldShort') : null,
                p.final ? null : t('evaluation.results.provisionalShort'),
              ]
                .filter(Boolean)
                .join(' · '),
              value: p.value === null ? null : round(p.value),
              color: TIMING_COLORS[p.timing],
            }))}
            seriesLabel={t('evaluation.results.ikm')}
            valueFormatter={ikm}
          />
          <Group gap="md" mt="xs">
            {TIMINGS.map((value) => (
              <Group key={value} gap={6} wrap="nowrap">
                <Box w={12} h={12} bg={TIMING_COLORS[value]} style={{ borderRadius: 2 }} />
                <Text size="xs">{timing(value)}</Text>
              </Group>
            ))}
          </Group>
        </>
      }
      table={<ResultsTable results={results} />}
    >
      <Text size="sm">
        {t('evaluation.results.survey')}{' '}
        {surveyLinks ? (
          <AnchorLink to="/surveys/$surveyId" params={{ surveyId: String(results.surveyId) }}>
            {results.title}
          </AnchorLink>
        ) : (
          results.title
        )}
      </Text>
      <Text size="sm">
        {t('evaluation.results.period', {
          from: format.date(results.firstDay),
          to: format.date(results.lastDay),
        })}
      </Text>
      <Text size="sm" fw={600}>
        <ResultsSummary results={results} />
      </Text>
      <Text size="sm" c="dimmed">
        {t('evaluation.results.performance')}
      </Text>
    </ChartCard>
  );
}

/** "IKM sebelum pelatihan 78,5, sesudah 83,25 (+4,75)", provisional while the wave after is open. */
function ResultsSummary({ results }: { results: Results }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const ikm = (value: number) => format.number(round(value));
  const { before, after, change, afterFinal } = results;
  if (before !== null && after !== null) {
    const values = {
      before: ikm(before),
      after: ikm(after),
      change: signedNumber(change ?? round(after - before), format.language),
    };
    return afterFinal
      ? t('evaluation.results.summary', values)
      : t('evaluation.results.summaryProvisional', values);
  }
  if (before !== null) return t('evaluation.results.beforeOnly', { before: ikm(before) });
  if (after !== null) {
    return afterFinal
      ? t('evaluation.results.afterOnly', { after: ikm(after) })
      : t('evaluation.results.afterOnlyProvisional', { after: ikm(after) });
  }
  return t('evaluation.results.neither');
}

function ResultsTable({ results }: { results: Results }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const title = t('evaluation.results.tableTitle', { title: results.title });
  return (
    <Table striped verticalSpacing={4}>
      <Table.Caption>{title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('evaluation.results.wave')}</Table.Th>
          <Table.Th scope="col">{t('evaluation.results.dates')}</Table.Th>
          <Table.Th scope="col">{t('evaluation.results.timing.label')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('evaluation.results.ikm')}
          </Table.Th>
          <Table.Th scope="col">{t('evaluation.results.state')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {results.points.map((p) => (
          <Table.Tr key={`${p.label}-${p.opensOn}`}>
            <Table.Th scope="row" fw={400}>
              {p.label}
            </Table.Th>
            <Table.Td>
              {t('evaluation.results.range', { from: format.date(p.opensOn), to: format.date(p.closesOn) })}
            </Table.Td>
            <Table.Td>{t(`evaluation.results.timing.${p.timing}`)}</Table.Td>
            <Table.Td ta="right" fw={600}>
              {p.value === null ? t('evaluation.results.withheld') : format.number(round(p.value))}
            </Table.Td>
            <Table.Td>
              {p.final ? t('evaluation.results.final') : t('evaluation.results.provisional')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
