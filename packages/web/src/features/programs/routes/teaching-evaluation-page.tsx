import { Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { AnchorLink } from '../../../components/router-links';
import { EvaluationSection } from '../components/evaluation-section';

const route = getRouteApi('/_authed/teaching/programs/$programId/evaluation');

/**
 * A trainer's view of the participants' feedback on the batches they taught (reaction and learning
 * gain), for a partner's trainer who does not read the program catalog; the server answers with
 * their own batches only.
 */
export function TeachingEvaluationPage() {
  const { t } = useTranslation('programs');
  const { programId } = route.useParams();
  const { title } = route.useSearch();
  return (
    <Stack gap="lg">
      <div>
        <PageTitle title={t('teaching.evaluationTitle', { title: title ?? '' })} />
        <Text c="dimmed" size="sm">
          {t('teaching.evaluationIntro')}
        </Text>
        <AnchorLink to="/teaching" size="sm">
          {t('teaching.back')}
        </AnchorLink>
      </div>
      <EvaluationSection programId={Number(programId)} reader />
    </Stack>
  );
}
