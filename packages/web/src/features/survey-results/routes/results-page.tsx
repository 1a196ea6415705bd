import '../components/results-print.css';
import { Anchor, Skeleton, Stack } from '@mantine/core';
import { getRouteApi, useCanGoBack, useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakdownBy, WaveResults } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { NotFoundMessage } from '../../../components/not-found';
import { PageTitle } from '../../../components/page-title';
import { AnchorLink } from '../../../components/router-links';
import { isApiError } from '../../../lib/api-client';
import { useCan } from '../../../lib/session';
import { answeredOf } from '../../../lib/wave-counts';
import { useWaveResults } from '../api/get-wave-results';
import { BreakdownPanel } from '../components/breakdown-panel';
import { ComparisonPanel } from '../components/comparison-panel';
import { ExportActions } from '../components/export-actions';
import { IkmPanel } from '../components/ikm-panel';
import { NeedsPriority } from '../components/needs-priority';
import { PolicyUsesPanel } from '../components/policy-uses-panel';
import { QuestionResults } from '../components/question-results';
import { ResultsHeader, SliceHeldBackMessage, SuppressedMessage } from '../components/results-header';
import { TrendPanel } from '../components/trend-panel';

const route = getRouteApi('/_authed/survey-waves/$waveId/results');

export function ResultsPage() {
  const { t } = useTranslation('surveyResults');
  const { waveId } = route.useParams();
  const id = Number(waveId);
  if (!Number.isInteger(id) || id <= 0) {
    return <NotFoundMessage title={t('notFound.title')} body={t('notFound.body')} />;
  }
  return <WaveResultsView key={id} waveId={id} />;
}

function WaveResultsView({ waveId }: { waveId: number }) {
  const { t } = useTranslation('surveyResults');
  const [breakdown, setBreakdown] = useState<BreakdownBy | undefined>(undefined);
  const results = useWaveResults(waveId, breakdown);

  if (isApiError(results.error, 404) || isApiError(results.error, 403)) {
    return <NotFoundMessage title={t('notFound.title')} body={t('notFound.body')} />;
  }
  if (!results.data) {
    return (
      <Stack gap="lg">
        <PageTitle title={t('title')} />
        {results.isError ? (
          <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />
        ) : (
          <Stack gap="md" aria-busy="true">
            <Skeleton h={120} />
            <Skeleton h={320} />
          </Stack>
        )}
      </Stack>
    );
  }

  const data = results.data;
  const heldBack = !data.reach.shown;
  return (
    <Stack gap="xl" data-results-page="">
      <Stack gap="md">
        <BackLink surveyId={data.survey.id} />
        <ResultsHeader results={data} />
        {!data.report.suppressed && <ExportActions waveId={waveId} />}
      </Stack>
      {results.isError && <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />}
      {heldBack ? (
        <SliceHeldBackMessage reach={data.reach} k={data.report.minGroupSize} />
      ) : data.report.suppressed ? (
        // Everyone who answered counts here, released or not: the message says how far from k it is.
        <SuppressedMessage
          k={data.report.minGroupSize}
          responses={answeredOf(data.wave) ?? data.report.responses}
        />
      ) : (
        <Report
          results={data}
          breakdown={breakdown}
          onBreakdown={setBreakdown}
          busy={results.isFetching && results.isPlaceholderData}
        />
      )}
      <PolicyUsesPanel waveId={waveId} />
    </Stack>
  );
}

function Report({
  results,
  breakdown,
  onBreakdown,
  busy,
}: {
  results: WaveResults;
  breakdown: BreakdownBy | undefined;
  onBreakdown: (by: BreakdownBy | undefined) => void;
  busy: boolean;
}) {
  const { report } = results;
  return (
    <>
      {report.ikm && <IkmPanel ikm={report.ikm} />}
      <ComparisonPanel results={results} />
      <TrendPanel results={results} />
      {report.needs && <NeedsPriority results={results} />}
      <QuestionResults results={results} />
      <BreakdownPanel results={results} value={breakdown} onChange={onBreakdown} busy={busy} />
    </>
  );
}

/** Back to where the user came from, else to the survey the wave belongs to. */
function BackLink({ surveyId }: { surveyId: number }) {
  const { t } = useTranslation('surveyResults');
  const { t: tc } = useTranslation();
  const router = useRouter();
  const canGoBack = useCanGoBack();
  const canReadSurvey = useCan('survey.read');
  if (canGoBack) {
    return (
      <Anchor
        component="button"
        type="button"
        size="sm"
        style={{ alignSelf: 'flex-start' }}
        data-print-hidden=""
        onClick={() => router.history.back()}
      >
        ← {tc('common.back')}
      </Anchor>
    );
  }
  if (!canReadSurvey) return null;
  return (
    <AnchorLink
      to="/surveys/$surveyId"
      params={{ surveyId: String(surveyId) }}
      size="sm"
      style={{ alignSelf: 'flex-start' }}
      data-print-hidden=""
    >
      ← {t('toSurvey')}
    </AnchorLink>
  );
}
