import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { AnchorLink } from '../../../components/router-links';
import { NewSurveyForm } from '../components/new-survey/new-survey-form';

export function NewSurveyPage() {
  const { t } = useTranslation('surveyAdmin');
  return (
    <Stack gap="lg">
      <AnchorLink to="/surveys" size="sm" style={{ alignSelf: 'flex-start' }}>
        ← {t('detail.toList')}
      </AnchorLink>
      <Stack gap={4}>
        <PageTitle title={t('new.title')} />
        <Text c="dimmed">{t('new.intro')}</Text>
      </Stack>
      <NewSurveyForm />
    </Stack>
  );
}
