import { questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import { Card, NativeSelect, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultsTrend, WaveResults } from '../../../api/types';
import { ScrollTable } from '../../../components/scroll-table';
import { useConventionText } from '../../../lib/ikm-convention';
import { FigureTable } from './figure-table';
import { TrendLine } from './lazy-charts';
import { measureLabel, type TrendPoint, trendDomain, trendPoints } from './trend-data';
import { NO_FIGURE, useResultFormat } from './use-result-format';

/**
 * The IKM (or a chosen mean) over all waves of a survey with more than two, as a line with its
 * table beside it. A wave hidden under k is a gap in the line and says so in the table.
 */
export function TrendPanel({ results }: { results: WaveResults }) {
  const trend = results.trend;
  if (!trend || trend.measures.length === 0) return null;
  return <Trend results={results} trend={trend} />;
}

function Trend({ results, trend }: { results: WaveResults; trend: ResultsTrend }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const conventionText = useConventionText();
  const headingId = useId();
  const [key, setKey] = useState(trend.measures[0]!.key);
  const questions = questionsOf(results.definition);
  const label = (measureKey: string) =>
    measureLabel(
      trend.measures.find((m) => m.key === measureKey)!,
      questions,
      format.language,
      t('trend.ikm'),
    );
  const measure = trend.measures.find((m) => m.key === key) ?? trend.measures[0]!;
  const points = trendPoints(trend, measure.key);
  const isIkm = measure.kind === 'ikm';
  const value = (v: number) => (isIkm ? format.ikm(v) : format.decimal(v, 2));
  const k = results.report.minGroupSize;
  const caption = t('trend.chartTitle', { measure: label(measure.key) });

  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby={headingId}
      data-testid="trend"
    >
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={headingId} mb={4}>
            {t('trend.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('trend.intro', { k })}
          </Text>
        </div>
        {trend.measures.length > 1 && (
          <NativeSelect
            label={t('trend.measure')}
            value={measure.key}
            onChange={(event) => setKey(event.currentTarget.value)}
            data={trend.measures.map((m) => ({ value: m.key, label: label(m.key) }))}
            maw={480}
            data-print-hidden=""
          />
        )}
        {isIkm && (
          <Text size="xs" c="dimmed" data-testid="trend-convention">
            {t('ikm.convention', { convention: conventionText(trend.ikmConvention) })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <div aria-hidden="true" data-chart-card-chart="">
            <Suspense fallback={<Skeleton h={240} radius="md" />}>
              <TrendLine
                data={points.map((p) => ({ label: p.label, value: p.value }))}
                label={label(measure.key)}
                valueFormatter={value}
                domain={trendDomain(measure, points)}
              />
            </Suspense>
          </div>
          <ScrollTable label={caption} minWidth={320}>
            <TrendTable caption={caption} points={points} isIkm={isIkm} value={value} k={k} />
          </ScrollTable>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function TrendTable({
  caption,
  points,
  isIkm,
  value,
  k,
}: {
  caption: string;
  points: TrendPoint[];
  isIkm: boolean;
  value: (v: number) => string;
  k: number;
}) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const note = (point: TrendPoint) =>
    [point.current ? t('trend.current') : null, point.provisional ? t('trend.provisional') : null]
      .filter(Boolean)
      .join(', ');
  return (
    <FigureTable
      caption={caption}
      testId="trend-table"
      verticalSpacing={6}
      rows={points}
      rowKey={(point) => point.waveId}
      columns={[
        {
          key: 'wave',
          header: t('trend.columns.wave'),
          rowHeader: true,
          cell: (point) => (
            <>
              {point.label}
              {note(point) && (
                <Text size="xs" c="dimmed">
                  {note(point)}
                </Text>
              )}
            </>
          ),
        },
        {
          key: 'responses',
          header: t('trend.columns.responses'),
          numeric: true,
          cell: (point) => (point.responses === null ? NO_FIGURE : format.number(point.responses)),
        },
        {
          key: 'value',
          header: t('trend.columns.value'),
          numeric: true,
          cell: (point) =>
            point.value !== null ? (
              value(point.value)
            ) : (
              <Text span size="xs" c="dimmed">
                {point.missing === 'hidden' ? t('trend.hidden', { k }) : t('trend.notAsked')}
              </Text>
            ),
        },
        ...(isIkm
          ? [
              {
                key: 'category',
                header: t('trend.columns.category'),
                cell: (point: TrendPoint) =>
                  point.category
                    ? `${point.category.mutu} · ${t(`ikm.kinerjaLabel.${point.category.kinerja}`)}`
                    : NO_FIGURE,
              },
            ]
          : []),
      ]}
    />
  );
}
