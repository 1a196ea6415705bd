import type { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { localized } from '@jenjang/domain/surveys/instrument.rules';
import { Stack, Text, Title } from '@mantine/core';
import { type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionField } from './question-field';
import classes from './questionnaire.module.css';
import { keepShownAnswers, type QuestionErrors, shownQuestionKeys, withAnswer } from './questionnaire-rules';

export interface QuestionnaireFormProps {
  definition: InstrumentDefinition;
  locale: 'id' | 'en';
  value: Record<string, unknown>;
  onChange(next: Record<string, unknown>): void;
  /** Messages by question key, or `key.statement` for one statement of a matrix. */
  errors?: Record<string, string>;
  readOnly?: boolean;
  /** Starts the ids of the questions' elements (see questionElementId); unique on the page. */
  idPrefix?: string;
  /** Level of the sections' headings: 2 under the page's title, 3 under a heading of its own. */
  headingOrder?: 2 | 3;
}

/** Room, in pixels of the form's own width, for statements × points as a table. */
const WIDE = 640;
const NO_ERRORS: QuestionErrors = {};

/**
 * Whether the element is at least WIDE pixels wide, followed as it resizes. Only that: with its
 * width in state (useElementSize), the whole form rendered again once measured, and at every pixel
 * of a resize, for the same drawing (a long task on a phone, right after the form shows).
 */
function useWide(ref: RefObject<HTMLElement | null>): boolean {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWide((entry.borderBoxSize[0]?.inlineSize ?? entry.contentRect.width) >= WIDE);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return wide;
}

/** The element holding a question, to scroll to and focus (e.g. the first one with an error). */
export function questionElementId(idPrefix: string, key: string): string {
  return `${idPrefix}-${key}`;
}

const CONTROL = 'input:not([type="hidden"]):not([disabled]), textarea, select, button:not([disabled])';

/**
 * Scrolls a question's top just below the fixed header (its scroll margin) and puts the focus on
 * its first control marked invalid (a matrix's unrated statement), else its first control, so a
 * phone shows the question itself, not the middle of a long one. When that control lies beyond
 * the screen (a long matrix), the control is brought into view instead.
 */
export function focusQuestion(idPrefix: string, key: string): void {
  const element = document.getElementById(questionElementId(idPrefix, key));
  if (!element) return;
  const control =
    element.querySelector<HTMLElement>(`[aria-invalid="true"]:is(${CONTROL})`) ??
    element.querySelector<HTMLElement>(CONTROL);
  (control ?? element).focus({ preventScroll: true });
  element.scrollIntoView({ block: 'start' });
  if (control && control.getBoundingClientRect().bottom > window.innerHeight) {
    control.scrollIntoView({ block: 'center' });
  }
}

/** Whether a question has a problem: its own, or one of its statements' (`key.statement`). */
const hasError = (errors: QuestionErrors, key: string) =>
  Object.keys(errors).some((path) => path === key || path.startsWith(`${key}.`));

/**
 * Every section and question of an instrument, in the reader's language. Questions hidden by their
 * `showIf` condition are not drawn, and their answers are removed from `value` as soon as they
 * become hidden (also when a saved draft is restored), so what is sent is what was seen.
 */
export function QuestionnaireForm({
  definition,
  locale,
  value,
  onChange,
  errors = NO_ERRORS,
  readOnly = false,
  idPrefix,
  headingOrder = 2,
}: QuestionnaireFormProps) {
  const { t } = useTranslation('surveyTake');
  const generated = useId();
  const prefix = idPrefix ?? `questionnaire-${generated.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const ref = useRef<HTMLDivElement>(null);
  const wide = useWide(ref);
  const shown = useMemo(() => shownQuestionKeys(definition, value), [definition, value]);

  useEffect(() => {
    const kept = keepShownAnswers(definition, value);
    if (kept !== value) onChange({ ...kept });
  }, [definition, value, onChange]);

  const answerTo = (key: string) => (answer: unknown) => {
    if (readOnly) return;
    onChange({ ...keepShownAnswers(definition, withAnswer(value, key, answer)) });
  };

  let number = 0;
  return (
    <Stack ref={ref} gap="xl" className={classes.root}>
      {!readOnly && (
        <Text size="sm" c="dimmed">
          {t('form.requiredNote')}
        </Text>
      )}
      {definition.sections.map((section) => {
        const questions = section.questions.filter((question) => shown.has(question.key));
        if (questions.length === 0) return null;
        const headingId = `${prefix}-section-${section.key}`;
        const description = localized(section.description, locale);
        return (
          <Stack key={section.key} component="section" aria-labelledby={headingId} gap="lg">
            <div>
              <Title order={headingOrder} size="h3" id={headingId}>
                {localized(section.title, locale)}
              </Title>
              {description && (
                <Text c="dimmed" mt={4}>
                  {description}
                </Text>
              )}
            </div>
            {questions.map((question) => {
              number += 1;
              return (
                <div
                  key={question.key}
                  id={questionElementId(prefix, question.key)}
                  className={classes.question}
                  data-invalid={hasError(errors, question.key) || undefined}
                >
                  <QuestionField
                    question={question}
                    number={number}
                    answer={value[question.key]}
                    onAnswer={answerTo(question.key)}
                    errors={errors}
                    locale={locale}
                    readOnly={readOnly}
                    wide={wide}
                    id={`${questionElementId(prefix, question.key)}-field`}
                  />
                </div>
              );
            })}
          </Stack>
        );
      })}
    </Stack>
  );
}
