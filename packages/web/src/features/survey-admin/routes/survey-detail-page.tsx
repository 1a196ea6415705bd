import { Button, Group, Skeleton, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { NotFoundMessage } from '../../../components/not-found';
import { useTitle } from '../../../components/page-title';
import { AnchorLink } from '../../../components/router-links';
import { isApiError } from '../../../lib/api-client';
import { useCan } from '../../../lib/session';
import { useSurvey } from '../api/get-survey';
import { NewWaveModal } from '../components/detail/new-wave-modal';
import { PublicAccess } from '../components/detail/public-access';
import { SurveyHeader } from '../components/detail/survey-header';
import { WaveCard } from '../components/detail/wave-card';

const route = getRouteApi('/_authed/surveys/$surveyId');

export function SurveyDetailPage() {
  const { surveyId } = route.useParams();
  const id = Number(surveyId);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundMessage />;
  return <SurveyDetailView id={id} />;
}

function SurveyDetailView({ id }: { id: number }) {
  const { t } = useTranslation('surveyAdmin');
  const survey = useSurvey(id);
  useTitle(survey.data?.title ?? t('detail.title'));

  if (isApiError(survey.error, 404)) {
    return <NotFoundMessage title={t('detail.notFound')} body={t('detail.notFoundBody')} />;
  }
  return (
    <Stack gap="lg">
      <AnchorLink to="/surveys" size="sm" style={{ alignSelf: 'flex-start' }}>
        ← {t('detail.toList')}
      </AnchorLink>
      {survey.isPending && (
        <Stack gap="md" aria-busy="true">
          <Skeleton h={36} w="60%" />
          <Skeleton h={200} />
        </Stack>
      )}
      {survey.isError && <ErrorAlert error={survey.error} onRetry={() => void survey.refetch()} />}
      {survey.data && <SurveyBody survey={survey.data} />}
    </Stack>
  );
}

function SurveyBody({ survey }: { survey: SurveyDetail }) {
  const { t } = useTranslation('surveyAdmin');
  const canManage = useCan('survey.manage');
  const [newWaveOpen, newWave] = useDisclosure(false);
  const waves = [...survey.waves].sort((a, b) => b.number - a.number);
  const publicUrl = survey.publicUrl;

  return (
    <>
      <SurveyHeader survey={survey} canManage={canManage} />
      {publicUrl && <PublicAccess survey={{ ...survey, publicUrl }} />}
      <Stack gap="sm" component="section" aria-labelledby="survey-waves-heading">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h4" id="survey-waves-heading">
            {t('detail.waves')}
          </Title>
          {canManage && (
            <Button variant="default" onClick={newWave.open}>
              {t('wave.new.open')}
            </Button>
          )}
        </Group>
        {waves.length === 0 ? (
          <EmptyMessage title={t('detail.noWaves')}>
            {canManage ? t('detail.noWavesBody') : null}
          </EmptyMessage>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {waves.map((wave) => (
              <WaveCard key={wave.id} survey={survey} wave={wave} />
            ))}
          </Stack>
        )}
      </Stack>
      {canManage && <NewWaveModal survey={survey} opened={newWaveOpen} onClose={newWave.close} />}
    </>
  );
}
