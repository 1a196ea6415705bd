import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionSummary } from '../../../api/types';
import { QuestionCard } from './question-card';
import { NO_FIGURE, useResultFormat } from './use-result-format';

type NumberSummary = Extract<QuestionSummary, { type: 'number' }>;

/** A number question: mean, median, lowest and highest answer. */
export function NumberResult({ title, summary }: { title: string; summary: NumberSummary }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const plain = (value: number | null) => (value === null ? NO_FIGURE : format.number(value));
  const figures = [
    { key: 'mean', label: t('question.number.mean'), value: format.mean(summary.mean) },
    { key: 'median', label: t('question.number.median'), value: plain(summary.median) },
    { key: 'min', label: t('question.number.min'), value: plain(summary.min) },
    { key: 'max', label: t('question.number.max'), value: plain(summary.max) },
  ];
  return (
    <QuestionCard title={title} n={summary.n}>
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
    </QuestionCard>
  );
}
