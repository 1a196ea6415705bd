import { NumberInput, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionLabel } from './question-label';
import type { QuestionProps } from './question-props';

export function NumberQuestion({
  question,
  number,
  text,
  help,
  answer,
  onAnswer,
  errors,
  locale,
  readOnly,
  id,
}: QuestionProps<'number'>) {
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
    <NumberInput
      id={id}
      size="md"
      label={<QuestionLabel number={number} text={text} required={question.required} spoken={false} />}
      description={hints || undefined}
      error={errors[question.key]}
      required={question.required}
      readOnly={readOnly}
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

export function TextQuestion({
  question,
  number,
  text,
  help,
  answer,
  onAnswer,
  errors,
  readOnly,
  id,
}: QuestionProps<'text'>) {
  const { t } = useTranslation('surveyTake');
  const value = typeof answer === 'string' ? answer : '';
  const counter = t('form.characters', { count: value.length, max: question.maxLength });
  const common = {
    id,
    size: 'md' as const,
    label: <QuestionLabel number={number} text={text} required={question.required} spoken={false} />,
    description: help ? `${help} ${counter}` : counter,
    error: errors[question.key],
    required: question.required,
    readOnly,
    maxLength: question.maxLength,
    value,
    onChange: (event: { currentTarget: { value: string } }) => onAnswer(event.currentTarget.value),
  };
  return question.long ? (
    <Textarea {...common} autosize minRows={4} maxRows={12} />
  ) : (
    <TextInput {...common} autoComplete="off" />
  );
}
