import { Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyNumberInput } from './lazy-inputs';
import { nativeInputProps } from './question-input';
import type { QuestionProps } from './question-props';
import classes from './questionnaire.module.css';

/**
 * Whether the browser grows a text box with its text by itself (CSS field-sizing: Chromium, recent
 * Safari). Mantine's autosize measures each box in a hidden copy when the form is drawn, forcing
 * layouts of the whole page: a third of a second as the public form first shows on a phone.
 * Elsewhere it still does the growing.
 */
const GROWS_BY_ITSELF = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');
const LONG_ANSWER = GROWS_BY_ITSELF
  ? { rows: 4, classNames: { input: classes.longAnswer } }
  : { autosize: true, minRows: 4, maxRows: 12 };

export function NumberQuestion(props: QuestionProps<'number'>) {
  const { question, help, answer, onAnswer, locale } = props;
  const { t } = useTranslation('surveyTake');
  const stored = typeof answer === 'number' ? answer : '';
  // What is typed, which may be on its way to a number ('-', '2,'); only numbers are answers.
  const [typed, setTyped] = useState<number | string>(stored);
  useEffect(() => {
    setTyped((current) =>
      current === stored || (stored === '' && typeof current === 'string') ? current : stored,
    );
  }, [stored]);

  const { min, max } = question;
  const range =
    min !== undefined && max !== undefined
      ? t('form.range', { min, max })
      : min !== undefined
        ? t('form.rangeMin', { min })
        : max !== undefined
          ? t('form.rangeMax', { max })
          : '';
  const hints = [help, range, question.integer ? t('form.wholeNumber') : ''].filter(Boolean).join(' ');

  return (
    <LazyNumberInput
      {...nativeInputProps(props)}
      size="md"
      description={hints || undefined}
      min={min}
      max={max}
      allowDecimal={!question.integer}
      decimalSeparator={locale === 'id' ? ',' : '.'}
      allowedDecimalSeparators={['.', ',']}
      clampBehavior="none"
      inputMode={question.integer ? 'numeric' : 'decimal'}
      hideControls
      styles={{ wrapper: { maxWidth: '15rem' } }}
      value={typed}
      onChange={(next) => {
        setTyped(next);
        onAnswer(typeof next === 'number' ? next : undefined);
      }}
    />
  );
}

export function TextQuestion(props: QuestionProps<'text'>) {
  const { question, help, answer, onAnswer } = props;
  const { t } = useTranslation('surveyTake');
  const value = typeof answer === 'string' ? answer : '';
  const counter = t('form.characters', { count: value.length, max: question.maxLength });
  const common = {
    ...nativeInputProps(props),
    size: 'md' as const,
    description: help ? `${help} ${counter}` : counter,
    maxLength: question.maxLength,
    value,
    onChange: (event: { currentTarget: { value: string } }) => onAnswer(event.currentTarget.value),
  };
  return question.long ? (
    <Textarea {...common} {...LONG_ANSWER} />
  ) : (
    <TextInput {...common} autoComplete="off" />
  );
}
