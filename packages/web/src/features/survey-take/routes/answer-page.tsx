import { localized } from '@jenjang/domain/surveys/instrument.rules';
import { Alert, List, Loader, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaveForm } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { NotFoundMessage } from '../../../components/not-found';
import { PageTitle } from '../../../components/page-title';
import { AnchorLink, ButtonLink } from '../../../components/router-links';
import { isLanguage } from '../../../i18n/languages';
import { isApiError } from '../../../lib/api-client';
import { formatDeadline } from '../../../lib/format';
import { useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useWaveForm } from '../api/get-wave-form';
import { AnswerForm, isAnswerError } from '../components/answer-form';
import { AnswerState } from '../components/answer-states';
import { ModeNote } from '../components/survey-mode';
import { draftKey } from '../hooks/answer-storage';
import { useAnswerDraft } from '../hooks/use-answer-draft';
import { hasPendingBallot, useSubmitAnswers } from '../hooks/use-submit-answers';

const route = getRouteApi('/_authed/my-surveys/$waveId');

/** An employee answers one wave of a survey they are invited to. */
export function AnswerPage() {
  const { waveId } = route.useParams();
  const id = Number(waveId);
  if (!Number.isInteger(id) || id <= 0) return <WaveNotFound />;
  // A new wave is a new page: its own draft, its own submission.
  return <WaveAnswer key={id} waveId={id} />;
}

function WaveNotFound() {
  const { t } = useTranslation('surveyTake');
  return <NotFoundMessage title={t('answer.notFound.title')} body={t('answer.notFound.body')} />;
}

function WaveAnswer({ waveId }: { waveId: number }) {
  const { t } = useTranslation('surveyTake');
  const form = useWaveForm(waveId);

  if (form.isPending) return <Loader role="status" aria-label={t('common.loading', { ns: 'translation' })} />;
  if (form.isError) {
    if (isApiError(form.error, 404)) return <WaveNotFound />;
    return (
      <Stack gap="md" maw={760}>
        <PageTitle title={t('mySurveys.title')} />
        <ErrorAlert error={form.error} onRetry={() => void form.refetch()} />
      </Stack>
    );
  }
  return <AnswerContent form={form.data} />;
}

function AnswerContent({ form }: { form: WaveForm }) {
  const { t, i18n } = useTranslation('surveyTake');
  const format = useFormat();
  const me = useMe();
  const locale = isLanguage(i18n.language) ? i18n.language : 'id';
  const draft = useAnswerDraft(draftKey(me.id, form.waveId));
  const submit = useSubmitAnswers(form, me.id);
  // A ballot issued in this tab whose answers were not accepted yet: answering goes on with it.
  const pendingBallot = form.mode === 'anonymous' && hasPendingBallot(me.id, form.waveId);
  const anonymous = form.mode === 'anonymous';
  const answeredElsewhere = form.responded && !pendingBallot;
  // Answered on another device (or tab): a draft left here is of no use any more.
  const clearDraft = draft.clear;
  useEffect(() => {
    if (answeredElsewhere) clearDraft();
  }, [answeredElsewhere, clearDraft]);
  const description = localized(form.definition.description, locale);
  const back = (
    <ButtonLink to="/my-surveys" variant="default">
      {t('answer.back')}
    </ButtonLink>
  );

  let body: ReactNode;
  let answering = false;
  if (submit.isSuccess) {
    body = (
      <AnswerState title={t('answer.thanks.title')} color="teal" takeFocus action={back}>
        {anonymous ? t('answer.thanks.anonymous') : t('answer.thanks.identified')}
      </AnswerState>
    );
  } else if (answeredElsewhere && !submit.isPending) {
    body = (
      <AnswerState title={t('answer.answered.title')} action={back} takeFocus={submit.isError}>
        {t('answer.answered.body')}
      </AnswerState>
    );
  } else if (form.state === 'scheduled') {
    body = (
      <AnswerState title={t('answer.scheduled.title')} color="gray" action={back} takeFocus={submit.isError}>
        {t('answer.scheduled.body', { date: formatDeadline(form.opensAt, format.language, form.timeZone) })}
      </AnswerState>
    );
  } else if (!form.open) {
    body = (
      <AnswerState title={t('answer.closed.title')} color="gray" action={back} takeFocus={submit.isError}>
        {t('answer.closed.body')}
      </AnswerState>
    );
  } else {
    answering = true;
    const failure = submit.isError && !isAnswerError(submit.error) && (
      <Stack gap={4}>
        <ErrorAlert error={submit.error} title={t('answer.failedTitle')} />
        <Text size="sm" c="dimmed">
          {t('answer.retryHint')}
        </Text>
      </Stack>
    );
    body = (
      <Stack gap="lg">
        {draft.restored && (
          <Alert color="indigo" variant="light">
            {t('answer.draftRestored')}
          </Alert>
        )}
        <AnswerForm
          definition={form.definition}
          locale={locale}
          idPrefix={`wave-${form.waveId}`}
          value={draft.answers}
          onChange={draft.change}
          onSubmit={(answers) => submit.mutate(answers, { onSuccess: draft.clear })}
          submitting={submit.isPending}
          submitLabel={t('answer.submit')}
          error={submit.error}
          notice={
            <>
              {anonymous && <AnonymityNotice />}
              {failure}
              <Text size="sm" c="dimmed">
                {t('answer.draftNote')}
              </Text>
            </>
          }
        />
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={760}>
      <AnchorLink to="/my-surveys" size="sm">
        {t('answer.back')}
      </AnchorLink>
      <Stack gap="xs">
        <PageTitle title={form.title} />
        <Text c="dimmed">
          {form.label} ·{' '}
          {form.state === 'scheduled'
            ? t('answer.window', {
                opens: formatDeadline(form.opensAt, format.language, form.timeZone),
                closes: formatDeadline(form.closesAt, format.language, form.timeZone),
              })
            : t('answer.closes', { date: formatDeadline(form.closesAt, format.language, form.timeZone) })}
        </Text>
        <ModeNote mode={form.mode} />
        {description && answering && <Text>{description}</Text>}
      </Stack>
      {body}
    </Stack>
  );
}

/** What happens to an anonymous answer, read before it is sent. */
function AnonymityNotice() {
  const { t } = useTranslation('surveyTake');
  return (
    <Alert color="teal" variant="light" title={t('answer.anonymity.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('answer.anonymity.body')}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('answer.anonymity.openText')}</List.Item>
          <List.Item>{t('answer.anonymity.final')}</List.Item>
        </List>
      </Stack>
    </Alert>
  );
}
