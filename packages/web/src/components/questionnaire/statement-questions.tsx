import { localized } from '@jenjang/domain/surveys/instrument.rules';
import { Badge, Fieldset, Paper, Radio, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionLabel } from './question-label';
import type { QuestionProps } from './question-props';
import classes from './questionnaire.module.css';
import {
  type ScalePoint,
  scalePoints,
  statementAnswers,
  withAbilityNeed,
  withRating,
} from './questionnaire-rules';
import { ScaleChoice, ScaleLegend } from './scale-choice';

// Questions that rate several statements on one scale: a matrix (one rating each) and LAN's
// ability-vs-need grid (two ratings each). The question is a fieldset whose legend is its text.

/** A table needs a column per point; past this many, statements are stacked even on wide screens. */
const MAX_TABLE_POINTS = 7;

type StatementQuestionProps = QuestionProps<'matrix'> | QuestionProps<'abilityNeed'>;

/** The legend, help and question-level error shared by both kinds. */
function StatementFieldset({ props, children }: { props: StatementQuestionProps; children: ReactNode }) {
  const { question, number, text, help, errors, id } = props;
  const error = errors[question.key];
  const described = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <Fieldset
      id={id}
      variant="unstyled"
      classNames={{ root: classes.fieldset, legend: classes.fieldsetLegend }}
      aria-describedby={described || undefined}
      legend={
        <>
          <QuestionLabel number={number} text={text} required={question.required} />
          {question.required && (
            <Text span inherit c="var(--mantine-color-error)" aria-hidden="true">
              {' *'}
            </Text>
          )}
        </>
      }
    >
      <Stack gap="sm" mt={4}>
        {help && (
          <Text id={`${id}-help`} size="sm" c="dimmed">
            {help}
          </Text>
        )}
        {error && (
          <Text id={`${id}-error`} size="sm" c="var(--mantine-color-error)">
            {error}
          </Text>
        )}
        {children}
      </Stack>
    </Fieldset>
  );
}

function StatementText({ text, competency }: { text: string; competency: string | undefined }) {
  const { t } = useTranslation('surveyTake');
  return (
    <>
      {text}
      {competency && (
        <Badge size="sm" variant="light" color="gray" ml={6} tt="none">
          <VisuallyHidden>{t('form.competency')} </VisuallyHidden>
          {competency}
        </Badge>
      )}
    </>
  );
}

/** One statement of a stacked matrix, marked when its rating is missing or wrong. */
function StatementCard({ invalid, children }: { invalid: boolean; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" className={classes.statement} data-invalid={invalid ? true : undefined}>
      {children}
    </Paper>
  );
}

/** The message for one statement; the generic one when it merely repeats the question's. */
function useStatementError(props: StatementQuestionProps) {
  const { t } = useTranslation('surveyTake');
  return (statement: string): string | undefined => {
    const error = props.errors[`${props.question.key}.${statement}`];
    if (!error) return undefined;
    return error === props.errors[props.question.key] ? t('form.notRated') : error;
  };
}

export function MatrixQuestion(props: QuestionProps<'matrix'>) {
  const { question, answer, onAnswer, locale, readOnly, wide, id } = props;
  const points = scalePoints(question.scale, locale);
  const ratings = statementAnswers(answer);
  const statementError = useStatementError(props);
  const rate = (statement: string, rating: number) => onAnswer(withRating(ratings, statement, rating));

  if (wide && points.length <= MAX_TABLE_POINTS) {
    return (
      <StatementFieldset props={props}>
        <MatrixTable
          props={props}
          points={points}
          ratings={ratings}
          onRate={rate}
          statementError={statementError}
        />
      </StatementFieldset>
    );
  }
  return (
    <StatementFieldset props={props}>
      <ScaleLegend points={points} />
      {question.statements.map((statement) => {
        const error = statementError(statement.key);
        return (
          <StatementCard key={statement.key} invalid={Boolean(error)}>
            <ScaleChoice
              id={`${id}-${statement.key}`}
              compact
              label={
                <StatementText text={localized(statement.text, locale)} competency={statement.competency} />
              }
              error={error}
              required={false}
              points={points}
              value={ratings[statement.key]}
              onChange={(rating) => rate(statement.key, rating)}
              readOnly={readOnly}
            />
          </StatementCard>
        );
      })}
    </StatementFieldset>
  );
}

/**
 * Statements × points on a wide screen. Each row's radios share a name (one rating per statement,
 * arrow keys move along the row) and each is named by its row and column headers together.
 */
function MatrixTable({
  props,
  points,
  ratings,
  onRate,
  statementError,
}: {
  props: QuestionProps<'matrix'>;
  points: ScalePoint[];
  ratings: Record<string, unknown>;
  onRate: (statement: string, rating: number) => void;
  statementError: (statement: string) => string | undefined;
}) {
  const { t } = useTranslation('surveyTake');
  const { question, locale, readOnly, id } = props;
  return (
    <Table className={classes.matrixTable} verticalSpacing="sm" withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w="36%" ta="start">
            {t('form.statement')}
          </Table.Th>
          {points.map((point) => (
            <Table.Th scope="col" key={point.value} id={`${id}-point-${point.value}`}>
              {point.label ?? point.value}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {question.statements.map((statement) => {
          const rowId = `${id}-${statement.key}`;
          const error = statementError(statement.key);
          return (
            <Table.Tr key={statement.key} className={error ? classes.matrixRowInvalid : undefined}>
              <Table.Th scope="row">
                <span id={`${rowId}-text`}>
                  <StatementText text={localized(statement.text, locale)} competency={statement.competency} />
                </span>
                {error && (
                  <Text id={`${rowId}-error`} size="sm" c="var(--mantine-color-error)">
                    {error}
                  </Text>
                )}
              </Table.Th>
              {points.map((point) => (
                <Table.Td key={point.value}>
                  <div className={classes.cell}>
                    <Radio
                      size="md"
                      id={`${rowId}-${point.value}`}
                      name={rowId}
                      value={String(point.value)}
                      checked={ratings[statement.key] === point.value}
                      onChange={() => onRate(statement.key, point.value)}
                      readOnly={readOnly}
                      aria-labelledby={`${rowId}-text ${id}-point-${point.value}`}
                      aria-describedby={error ? `${rowId}-error` : undefined}
                      aria-invalid={error ? true : undefined}
                    />
                  </div>
                </Table.Td>
              ))}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

export function AbilityNeedQuestion(props: QuestionProps<'abilityNeed'>) {
  const { t } = useTranslation('surveyTake');
  const { question, answer, onAnswer, locale, readOnly, wide, id } = props;
  const points = scalePoints(question.scale, locale);
  const ratings = statementAnswers(answer);
  const statementError = useStatementError(props);

  return (
    <StatementFieldset props={props}>
      <ScaleLegend points={points} />
      {question.statements.map((statement) => {
        const error = statementError(statement.key);
        const pair = statementAnswers(ratings[statement.key]);
        // The message goes to the rating that is missing; to the statement when both are there.
        const missing = (['ability', 'need'] as const).filter((part) => typeof pair[part] !== 'number');
        const part = (name: 'ability' | 'need') => (
          <ScaleChoice
            id={`${id}-${statement.key}-${name}`}
            compact
            minor
            label={t(`form.${name}`)}
            error={error && missing.includes(name) ? error : undefined}
            required={false}
            points={points}
            value={pair[name]}
            onChange={(rating) => onAnswer(withAbilityNeed(ratings, statement.key, name, rating))}
            readOnly={readOnly}
          />
        );
        return (
          <StatementCard key={statement.key} invalid={Boolean(error)}>
            <Fieldset
              variant="unstyled"
              classNames={{ root: classes.fieldset, legend: classes.fieldsetLegend }}
              legend={
                <StatementText text={localized(statement.text, locale)} competency={statement.competency} />
              }
            >
              <SimpleGrid cols={wide ? 2 : 1} spacing="md" mt="xs">
                {part('ability')}
                {part('need')}
              </SimpleGrid>
              {error && missing.length === 0 && (
                <Text size="sm" c="var(--mantine-color-error)" mt="xs">
                  {error}
                </Text>
              )}
            </Fieldset>
          </StatementCard>
        );
      })}
    </StatementFieldset>
  );
}
