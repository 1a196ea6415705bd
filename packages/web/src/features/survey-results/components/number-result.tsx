import { Card, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionSummary } from '../../../api/types';
import { NO_FIGURE, useResultFormat } from './use-result-format';

type NumberSummary = Extract<QuestionSummary, { type: 'number' }>;

/** A number question: mean, median, lowest and highest answer. */
export function NumberResult({ title, summary }: { title: string; summary: NumberSummary }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const headingId = useId();
  const plain = (value: number | null) => (value === null ? NO_FIGURE : format.number(value));
  const figures = [
    { key: 'mean', label: t('question.number.mean'), value: format.mean(summary.mean) },
    { key: 'median', label: t('question.number.median'), value: plain(summary.median) },
    { key: 'min', label: t('question.number.min'), value: plain(summary.min) },
    { key: 'max', label: t('question.number.max'), value: plain(summary.max) },
  ];
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb={4}>
        {title}
      </Title>
      <Text size="sm" mb="md">
        {t('question.respondents', { count: summary.n, formatted: format.number(summary.n) })}
      </Text>
      {summary.n === 0 ? (
        <Text c="dimmed" size="sm">
          {t('question.noAnswers')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
          {figures.map((figure) => (
            <Paper key={figure.key} withBorder radius="md" p="sm">
              <Text component="dt" size="sm" c="dimmed">
                {figure.label}
              </Text>
              <Text component="dd" m={0} fz="xl" fw={700}>
                {figure.value}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}
