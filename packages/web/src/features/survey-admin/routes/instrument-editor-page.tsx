import { Badge, Group, Skeleton, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { NotFoundMessage } from '../../../components/not-found';
import { PageTitle, useTitle } from '../../../components/page-title';
import { AnchorLink } from '../../../components/router-links';
import { isApiError } from '../../../lib/api-client';
import { useCan } from '../../../lib/session';
import { useInstrument } from '../api/get-instrument';
import { InstrumentEditor } from '../components/builder/instrument-editor';
import { useSurveyLabels } from '../components/survey-labels';

const route = getRouteApi('/_authed/instruments/$instrumentId');

export function InstrumentEditorPage() {
  const { instrumentId } = route.useParams();
  const id = Number(instrumentId);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundMessage />;
  return <InstrumentView id={id} />;
}

function InstrumentView({ id }: { id: number }) {
  const { t } = useTranslation('surveyAdmin');
  const labels = useSurveyLabels();
  const canManage = useCan('survey.manage');
  const instrument = useInstrument(id);
  useTitle(instrument.data?.title ?? t('builder.pageTitle'));

  if (isApiError(instrument.error, 404)) {
    return <NotFoundMessage title={t('builder.notFound')} body={t('builder.notFoundBody')} />;
  }
  const data = instrument.data;
  return (
    <Stack gap="lg">
      <AnchorLink to="/surveys" size="sm" style={{ alignSelf: 'flex-start' }}>
        ← {t('detail.toList')}
      </AnchorLink>
      {instrument.isPending && (
        <Stack gap="md" aria-busy="true">
          <Skeleton h={36} w="60%" />
          <Skeleton h={320} />
        </Stack>
      )}
      {instrument.isError && (
        <ErrorAlert error={instrument.error} onRetry={() => void instrument.refetch()} />
      )}
      {data && (
        <>
          <Stack gap="xs">
            <PageTitle title={data.title} documentTitle={t('builder.documentTitle', { title: data.title })} />
            <Group gap="xs">
              <Badge variant="outline" color="gray.7" tt="none">
                {labels.kind(data.kind)}
              </Badge>
              <Badge variant="light" color="indigo" tt="none">
                {t('builder.versions.number', { version: data.version.version })}
              </Badge>
            </Group>
          </Stack>
          <InstrumentEditor key={data.id} instrument={data} readOnly={!canManage} />
        </>
      )}
    </Stack>
  );
}
