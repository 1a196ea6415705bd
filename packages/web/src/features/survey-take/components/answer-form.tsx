import type { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { localized } from '@jenjang/domain/surveys/instrument.rules';
import { type Answers, validateAnswers } from '@jenjang/domain/surveys/survey-response.rules';
import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  focusQuestion,
  QuestionnaireForm,
  questionElementId,
} from '../../../components/questionnaire/questionnaire-form';
import {
  changedPaths,
  clearErrors,
  FORM_ERROR,
  issuesToErrors,
  type QuestionErrors,
  questionsWithErrors,
  serverErrorsToMap,
  type Translate,
} from '../../../components/questionnaire/questionnaire-rules';
import { isApiError } from '../../../lib/api-client';

interface AnswerFormProps {
  definition: InstrumentDefinition;
  locale: 'id' | 'en';
  idPrefix: string;
  value: Record<string, unknown>;
  onChange: (next: Record<string, unknown>) => void;
  /** Called with the answers as they are stored, once they pass the domain's checks here. */
  onSubmit: (answers: Answers) => void;
  submitting: boolean;
  submitLabel: string;
  /** The last failed submission; a 400's field errors are shown next to their questions. */
  error: unknown;
  /** Above the submit button: what to know before sending, or why sending failed. */
  notice?: ReactNode;
  /** Extra fields inside the form (the public page's honeypot). */
  children?: ReactNode;
}

/** Whether a failed submission's message is shown by the form itself (next to the questions). */
export function isAnswerError(error: unknown): boolean {
  return isApiError(error, 400) && (error.problem?.errors?.length ?? 0) > 0;
}

/**
 * A questionnaire to answer and send. Checks the answers with the same rules as the server before
 * anything is sent, shows every problem at once (marked at each question, and listed at the top of
 * the form with links to each) and takes the respondent to the first: focused, scrolled into view.
 */
export function AnswerForm({
  definition,
  locale,
  idPrefix,
  value,
  onChange,
  onSubmit,
  submitting,
  submitLabel,
  error,
  notice,
  children,
}: AnswerFormProps) {
  const { t } = useTranslation('surveyTake');
  const [errors, setErrors] = useState<QuestionErrors>({});
  const [focusKey, setFocusKey] = useState<{ key: string } | null>(null);

  // The server's word on a rejected response replaces what was shown.
  useEffect(() => {
    if (!isAnswerError(error) || !isApiError(error)) return;
    const mapped = serverErrorsToMap(definition, error.problem?.errors ?? []);
    setErrors(mapped);
    const first = questionsWithErrors(definition, mapped)[0];
    if (first) setFocusKey({ key: first.key });
  }, [error, definition]);

  // After the errors are drawn, go to the first question with one.
  useEffect(() => {
    if (focusKey) focusQuestion(idPrefix, focusKey.key);
  }, [focusKey, idPrefix]);

  const change = (next: Record<string, unknown>) => {
    setErrors((current) => clearErrors(current, changedPaths(value, next)));
    onChange(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    const check = validateAnswers(definition, value);
    if (check.ok) {
      setErrors({});
      onSubmit(check.answers);
      return;
    }
    const translate = t as unknown as Translate;
    const found = issuesToErrors(definition, check.issues, locale, translate);
    setErrors(found);
    const first = questionsWithErrors(definition, found)[0];
    if (first) setFocusKey({ key: first.key });
  };

  const invalid = questionsWithErrors(definition, errors);
  const formError = errors[FORM_ERROR];

  const summary = (invalid.length > 0 || formError) && (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={t('answer.invalidTitle', { count: Math.max(invalid.length, 1) })}
    >
      <Stack gap="xs">
        <Text size="sm">{formError ?? t('answer.invalidBody')}</Text>
        {invalid.length > 0 && (
          <List size="sm" spacing={4}>
            {invalid.map((question) => (
              <List.Item key={question.key}>
                <Anchor
                  size="sm"
                  href={`#${questionElementId(idPrefix, question.key)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusQuestion(idPrefix, question.key);
                  }}
                >
                  {localized(question.text, locale)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Alert>
  );

  // The summary heads the form: on a phone the button is thousands of pixels below the first
  // question, and a list down there would be read last, if ever.
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="xl">
        {summary}
        <QuestionnaireForm
          definition={definition}
          locale={locale}
          value={value}
          onChange={change}
          errors={errors}
          idPrefix={idPrefix}
        />
        {children}
        <Stack gap="md">
          {notice}
          <Button type="submit" size="md" loading={submitting} fullWidth maw={{ sm: 320 }}>
            {submitLabel}
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
