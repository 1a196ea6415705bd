import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { NotFoundMessage } from '../../../components/not-found';
import { useTitle } from '../../../components/page-title';
import { AnchorLink } from '../../../components/router-links';
import { isApiError } from '../../../lib/api-client';
import { useMe } from '../../../lib/session';
import { useSurvey } from '../api/get-survey';
import { Poster, posterToolbarClass } from '../components/poster/poster';
import { PublicUrlNote } from '../components/poster/public-url-note';

const route = getRouteApi('/_authed/surveys/$surveyId/poster');

export function SurveyPosterPage() {
  const { surveyId } = route.useParams();
  const id = Number(surveyId);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundMessage />;
  return <PosterView id={id} />;
}

function PosterView({ id }: { id: number }) {
  const { t } = useTranslation('surveyAdmin');
  const me = useMe();
  const survey = useSurvey(id);
  useTitle(survey.data ? t('poster.documentTitle', { title: survey.data.title }) : t('poster.title'));

  if (isApiError(survey.error, 404)) {
    return <NotFoundMessage title={t('detail.notFound')} body={t('detail.notFoundBody')} />;
  }
  const data: SurveyDetail | undefined = survey.data;
  const publicUrl = data?.publicUrl;

  return (
    <Stack gap="lg">
      <Group justify="space-between" gap="sm" className={posterToolbarClass}>
        <AnchorLink to="/surveys/$surveyId" params={{ surveyId: String(id) }} size="sm">
          ← {t('poster.back')}
        </AnchorLink>
        {publicUrl && <Button onClick={() => window.print()}>{t('poster.print')}</Button>}
      </Group>
      {survey.isPending && <Skeleton h={600} maw={560} mx="auto" w="100%" />}
      {survey.isError && <ErrorAlert error={survey.error} onRetry={() => void survey.refetch()} />}
      {data && !publicUrl && (
        <Stack gap="xs">
          <Text fw={600} component="h1" fz="h2">
            {t('poster.title')}
          </Text>
          <Text>{t('poster.notPublic')}</Text>
        </Stack>
      )}
      {data && publicUrl && (
        <>
          <Text size="sm" c="dimmed" className={posterToolbarClass}>
            {t('poster.hint')}
          </Text>
          {!data.publicUrlConfigured && <PublicUrlNote url={publicUrl} className={posterToolbarClass} />}
          <Poster survey={{ ...data, publicUrl }} tenantName={me.tenant.name} />
        </>
      )}
    </Stack>
  );
}
