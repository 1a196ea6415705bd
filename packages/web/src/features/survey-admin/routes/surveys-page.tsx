import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { ClipboardIcon } from '../../../components/icons';
import { PageTitle } from '../../../components/page-title';
import { ResultsHeading } from '../../../components/results-heading';
import { ButtonLink } from '../../../components/router-links';
import { useCan } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useSurveys } from '../api/get-surveys';
import { SurveyCards } from '../components/survey-cards';
import { SurveyTable } from '../components/survey-table';

export function SurveysPage() {
  const { t } = useTranslation('surveyAdmin');
  const format = useFormat();
  const canManage = useCan('survey.manage');
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  // Archived surveys leave the default list; their results stay readable from here.
  const [archived, setArchived] = useState(false);
  const surveys = useSurveys(archived);
  const items = surveys.data?.items ?? [];
  const title = archived ? t('list.archivedTitle') : t('list.title');

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <PageTitle title={title} />
          <Text c="dimmed">{canManage ? t('list.intro') : t('list.introReadOnly')}</Text>
        </Stack>
        {canManage && (
          <ButtonLink to="/surveys/new" leftSection={<ClipboardIcon />} fullWidth={isPhone}>
            {t('list.create')}
          </ButtonLink>
        )}
      </Group>

      <SegmentedControl
        value={archived ? 'archived' : 'active'}
        onChange={(value) => setArchived(value === 'archived')}
        data={[
          { value: 'active', label: t('list.inUse') },
          { value: 'archived', label: t('list.archived') },
        ]}
        aria-label={t('list.which')}
        style={{ alignSelf: 'flex-start' }}
      />

      <Stack gap="sm" component="section" aria-labelledby="survey-results-heading">
        <ResultsHeading
          id="survey-results-heading"
          label={
            surveys.data
              ? t('list.total', { count: items.length, formatted: format.number(items.length) })
              : null
          }
          busy={surveys.isFetching}
        />
        {surveys.isError && <ErrorAlert error={surveys.error} onRetry={() => void surveys.refetch()} />}
        {surveys.data && items.length === 0 && archived && <EmptyMessage title={t('list.archivedEmpty')} />}
        {surveys.data && items.length === 0 && !archived && (
          <EmptyMessage title={t('list.empty.title')}>
            {canManage ? t('list.empty.body') : t('list.empty.bodyReadOnly')}
          </EmptyMessage>
        )}
        {items.length > 0 &&
          (isPhone ? (
            <SurveyCards surveys={items} busy={surveys.isFetching} label={title} />
          ) : (
            <SurveyTable surveys={items} busy={surveys.isFetching} caption={title} />
          ))}
      </Stack>
    </Stack>
  );
}
