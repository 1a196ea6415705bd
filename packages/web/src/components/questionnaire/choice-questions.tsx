import { localized } from '@jenjang/domain/surveys/instrument.rules';
import { Checkbox, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LazySelect } from './lazy-inputs';
import { groupInputProps, nativeInputProps } from './question-input';
import type { QuestionProps } from './question-props';
import classes from './questionnaire.module.css';
import { optionClassNames } from './scale-choice';

/** Beyond this many options a list of cards is too long to scan on a phone; a searchable select instead. */
const MAX_CARDS = 12;

export function SingleChoiceQuestion(props: QuestionProps<'single'>) {
  const { question, answer, onAnswer, locale } = props;
  const { t } = useTranslation('surveyTake');
  const value = typeof answer === 'string' ? answer : null;
  const options = question.options.map((option) => ({
    value: option.value,
    label: localized(option.label, locale),
  }));

  if (options.length > MAX_CARDS) {
    return (
      <LazySelect
        {...nativeInputProps(props)}
        size="md"
        placeholder={t('form.choose')}
        data={options}
        value={value}
        onChange={(next) => onAnswer(next ?? undefined)}
        searchable
        clearable={!question.required}
        comboboxProps={{ width: 'target' }}
      />
    );
  }

  return (
    <Radio.Group {...groupInputProps(props)} size="md" value={value} onChange={onAnswer}>
      <div className={classes.options}>
        {options.map((option) => (
          <Radio
            key={option.value}
            value={option.value}
            label={option.label}
            classNames={optionClassNames}
            aria-invalid={props.errors[question.key] ? true : undefined}
          />
        ))}
      </div>
    </Radio.Group>
  );
}

export function MultipleChoiceQuestion(props: QuestionProps<'multiple'>) {
  const { question, help, answer, onAnswer, locale } = props;
  const { t } = useTranslation('surveyTake');
  const value = Array.isArray(answer) ? answer.filter((v): v is string => typeof v === 'string') : [];
  const max = question.maxChoices;
  const description = (
    <>
      {help && <span>{help} </span>}
      {max !== undefined && <span>{t('form.chooseAtMost', { count: max })}</span>}
    </>
  );

  return (
    <Stack gap={4}>
      <Checkbox.Group
        {...groupInputProps(props)}
        size="md"
        description={help || max !== undefined ? description : undefined}
        maxSelectedValues={max}
        value={value}
        onChange={onAnswer}
      >
        <div className={classes.options}>
          {question.options.map((option) => (
            <Checkbox
              key={option.value}
              value={option.value}
              label={localized(option.label, locale)}
              classNames={optionClassNames}
              aria-invalid={props.errors[question.key] ? true : undefined}
            />
          ))}
        </div>
      </Checkbox.Group>
      {max !== undefined && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('form.chosen', { count: value.length, max })}
        </Text>
      )}
    </Stack>
  );
}
