import { Card, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useResultFormat } from './use-result-format';

/** The card of a question whose results are no chart (numbers, texts): its title and how many answered. */
export function QuestionCard({ title, n, children }: { title: string; n: number; children: ReactNode }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const headingId = useId();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb={4}>
        {title}
      </Title>
      <Text size="sm" mb="md">
        {t('question.respondents', { count: n, formatted: format.number(n) })}
      </Text>
      {children}
    </Card>
  );
}
