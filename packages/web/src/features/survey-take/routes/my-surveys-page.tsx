import { Loader, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { useMySurveys } from '../../../lib/get-my-surveys';
import { MySurveyCards } from '../components/my-survey-cards';
import { orderMySurveys } from '../components/my-survey-order';

/** Survei saya: the open surveys the signed-in employee is invited to. */
export function MySurveysPage() {
  const { t } = useTranslation('surveyTake');
  const surveys = useMySurveys();
  const items = useMemo(() => orderMySurveys(surveys.data?.items ?? []), [surveys.data]);

  return (
    <Stack gap="lg" maw={760}>
      <Stack gap={4}>
        <PageTitle title={t('mySurveys.title')} />
        <Text c="dimmed">{t('mySurveys.intro')}</Text>
      </Stack>
      {surveys.isPending && <Loader role="status" aria-label={t('common.loading', { ns: 'translation' })} />}
      {surveys.isError && <ErrorAlert error={surveys.error} onRetry={() => void surveys.refetch()} />}
      {surveys.data && items.length === 0 && (
        <EmptyMessage title={t('mySurveys.empty.title')}>{t('mySurveys.empty.body')}</EmptyMessage>
      )}
      {items.length > 0 && <MySurveyCards surveys={items} />}
    </Stack>
  );
}
