import { localized } from '@jenjang/domain/surveys/instrument.rules';
import type { Answers } from '@jenjang/domain/surveys/survey-response.rules';
import { Alert, Center, Loader, Stack, Text, TextInput } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaveForm } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { isLanguage } from '../../../i18n/languages';
import { isApiError } from '../../../lib/api-client';
import type { Early } from '../../../lib/early';
import { formatDeadline } from '../../../lib/format';
import { AnswerForm, isAnswerError } from '../components/answer-form';
import { AnswerState } from '../components/answer-states';
import { answeredPublicWave, browserStore, rememberPublicAnswer } from '../hooks/answer-storage';
import { usePublicSurvey, useSubmitPublicResponse } from '../hooks/use-public-survey';
import { isPublicCode } from '../public-code';

/**
 * A citizen answers a public survey (SKM, feedback), reached by a link or a QR code at /s/<code>;
 * no account. The page of its own entry (survey-entry.tsx), inside its public frame.
 */
export function PublicSurveyPage({ code, first }: { code: string; first?: Early<WaveForm> }) {
  return isPublicCode(code) ? <PublicSurvey key={code} code={code} first={first} /> : <SurveyNotFound />;
}

function SurveyNotFound() {
  const { t } = useTranslation('surveyTake');
  return (
    <Stack gap="sm">
      <PageTitle title={t('public.notFound.title')} />
      <Text>{t('public.notFound.body')}</Text>
    </Stack>
  );
}

function PublicSurvey({ code, first }: { code: string; first: Early<WaveForm> | undefined }) {
  const { t } = useTranslation('surveyTake');
  const survey = usePublicSurvey(code, first);

  if (survey.status === 'pending') {
    return (
      <Center py="xl">
        <Loader role="status" aria-label={t('common.loading', { ns: 'translation' })} />
      </Center>
    );
  }
  if (survey.status === 'error') {
    if (isApiError(survey.error, 404)) return <SurveyNotFound />;
    return <ErrorAlert error={survey.error} onRetry={survey.reload} />;
  }
  return <PublicAnswer code={code} form={survey.data} onConflict={survey.reload} />;
}

function PublicAnswer({ code, form, onConflict }: { code: string; form: WaveForm; onConflict: () => void }) {
  const { t, i18n } = useTranslation('surveyTake');
  const locale = isLanguage(i18n.language) ? i18n.language : 'id';
  // Dates on the government's clock (named), whatever zone the citizen's phone is in.
  const when = (value: string) => formatDeadline(value, locale, form.timeZone);
  const submit = useSubmitPublicResponse();
  // No draft on purpose: public surveys are often answered on a shared device at the counter.
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  const [website, setWebsite] = useState('');
  const store = browserStore('local');
  const conflict = isApiError(submit.error, 409);
  const answeredHere = answeredPublicWave(store, code, form.waveId);
  const description = localized(form.definition.description, locale);

  const send = (checked: Answers) =>
    submit.submit(
      { code, answers: checked, website },
      {
        onSuccess: () => rememberPublicAnswer(store, code, form.waveId),
        onError: (error) => {
          // Already answered from this device, or closed meanwhile: the reloaded form tells which.
          if (isApiError(error, 409)) {
            rememberPublicAnswer(store, code, form.waveId);
            onConflict();
          }
        },
      },
    );

  let body: ReactNode;
  let answering = false;
  if (submit.isSuccess) {
    body = (
      <AnswerState title={t('public.thanks.title')} color="teal" takeFocus>
        {t('public.thanks.body', { tenant: form.tenantName })}
      </AnswerState>
    );
  } else if (form.state === 'scheduled') {
    body = (
      <AnswerState title={t('public.scheduled.title')} color="gray" takeFocus={conflict}>
        {t('public.scheduled.body', { date: when(form.opensAt) })}
      </AnswerState>
    );
  } else if (!form.open) {
    body = (
      <AnswerState title={t('public.closed.title')} color="gray" takeFocus={conflict}>
        {t('public.closed.body')}
      </AnswerState>
    );
  } else if (answeredHere || conflict) {
    body = (
      <AnswerState title={t('public.answered.title')} takeFocus={conflict}>
        {t('public.answered.body')}
      </AnswerState>
    );
  } else {
    answering = true;
    const failure =
      submit.isError && !isAnswerError(submit.error) ? (
        isApiError(submit.error, 429) ? (
          <Alert color="orange" variant="light" title={t('public.rateLimited.title')} role="alert">
            {t('public.rateLimited.body')}
          </Alert>
        ) : (
          <ErrorAlert error={submit.error} title={t('answer.failedTitle')} />
        )
      ) : null;
    body = (
      <AnswerForm
        definition={form.definition}
        locale={locale}
        idPrefix="public-survey"
        value={answers}
        onChange={setAnswers}
        onSubmit={send}
        submitting={submit.isPending}
        submitLabel={t('public.submit')}
        error={submit.error}
        notice={failure}
      >
        {/* Left empty by people; bots that fill every field give themselves away. */}
        <div className="visually-hidden">
          <TextInput
            label={t('public.honeypot')}
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={website}
            onChange={(event) => setWebsite(event.currentTarget.value)}
          />
        </div>
      </AnswerForm>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Text size="sm" fw={600} c="indigo.8">
          {form.tenantName}
        </Text>
        <PageTitle title={form.title} />
        {form.serviceName && <Text fw={500}>{t('public.service', { name: form.serviceName })}</Text>}
        <Text size="sm" c="dimmed">
          {form.label}
          {form.state === 'open' && ` · ${t('answer.closes', { date: when(form.closesAt) })}`}
        </Text>
      </Stack>
      {answering && (
        <Stack gap="xs">
          <Text>{description || t('public.intro')}</Text>
          <Text size="sm" c="dimmed">
            {t('public.anonymous')}
          </Text>
        </Stack>
      )}
      {body}
    </Stack>
  );
}
