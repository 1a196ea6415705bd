import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/router-links';
import { useFormat } from '../../../lib/use-format';
import {
  type EvaluatedBatch,
  followUpState,
  type Learning,
  overallOf,
  type Reaction,
  type Row,
} from './evaluation-values';

// Pieces the evaluation section's tables and cards share: why a figure is withheld, a row's header,
// one level's figure in a cell, and a batch's behaviour follow-up.

/** Why a figure is not shown, as a badge: the reason's words, or `text` where a level says it its own way. */
export function Withheld({ reason, k, text }: { reason: 'small' | 'none'; k: number; text?: string }) {
  const { t } = useTranslation('programs');
  return (
    <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
      {text ?? (reason === 'small' ? t('evaluation.withheld.small', { k }) : t('evaluation.withheld.none'))}
    </Badge>
  );
}

export function RowHeader({ row }: { row: Row }) {
  const { t } = useTranslation('programs');
  return (
    <Table.Th scope="row" fw={row.total ? 700 : 400}>
      {row.label}
      {row.withheld && row.withheld.learning + row.withheld.reaction > 0 && (
        <Text size="xs" c="dimmed">
          {t('evaluation.leftOut', { count: Math.max(row.withheld.learning, row.withheld.reaction) })}
        </Text>
      )}
    </Table.Th>
  );
}

/** One level's figure: its value and what it rests on, or why there is none. */
export type LevelFigure = { value: string; basis: string } | { withheld: string };

/** How the levels read on a row: a survey's overall score with its answers, the learning's gain. */
export function useLevelFigures(k: number) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const notYet = t('evaluation.levels.notYet');
  const withheldAnswers = t('evaluation.levels.withheldAnswers', { k });
  return {
    notYet,
    withheldAnswers,
    survey: (reaction: Reaction): LevelFigure => {
      const overall = overallOf(reaction);
      if (reaction.shown && overall !== null) {
        return {
          value: format.number(overall),
          basis: t('evaluation.levels.answers', { count: reaction.responses }),
        };
      }
      // Shown but without an overall: every question had fewer than k answers.
      const small = reaction.shown || reaction.withheld === 'small';
      return { withheld: small ? withheldAnswers : notYet };
    },
    learning: (learning: Learning): LevelFigure =>
      learning.shown
        ? {
            value: learning.normalisedGain === null ? '—' : format.percent(learning.normalisedGain),
            basis: t('evaluation.levels.tested', { count: learning.pairs }),
          }
        : {
            withheld: learning.withheld === 'small' ? t('evaluation.levels.withheldPeople', { k }) : notYet,
          },
  };
}

export function FigureText({ figure }: { figure: LevelFigure }) {
  if ('withheld' in figure) {
    return (
      <Text size="sm" c="dimmed">
        {figure.withheld}
      </Text>
    );
  }
  return (
    <Text size="sm">
      <Text span fw={600}>
        {figure.value}
      </Text>{' '}
      <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        ({figure.basis})
      </Text>
    </Text>
  );
}

/**
 * A batch's behaviour follow-up: sent (with its surveys, for a reader of the surveys), set for a day,
 * to be set when the batch closes, or none.
 */
export function FollowUp({
  batch,
  followUpMonths,
  surveyLinks,
}: {
  batch: EvaluatedBatch;
  followUpMonths: number | null;
  surveyLinks: boolean;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const state = followUpState(batch, followUpMonths);
  switch (state.kind) {
    case 'sent':
      return (
        <Stack gap={2}>
          <Text size="sm">{t('evaluation.followUp.sent')}</Text>
          {surveyLinks && (
            <SurveyLink
              surveyId={state.alumniSurveyId}
              label={t('evaluation.followUp.alumniSurvey')}
              name={t('evaluation.followUp.alumniSurveyOf', { name: batch.name })}
            />
          )}
          {state.supervisorSurveyId === null ? (
            <Text size="xs" c="dimmed">
              {t('evaluation.followUp.noSupervisors')}
            </Text>
          ) : (
            surveyLinks && (
              <SurveyLink
                surveyId={state.supervisorSurveyId}
                label={t('evaluation.followUp.supervisorSurvey')}
                name={t('evaluation.followUp.supervisorSurveyOf', { name: batch.name })}
              />
            )
          )}
        </Stack>
      );
    case 'scheduled':
      return <Text size="sm">{t('evaluation.followUp.scheduled', { date: format.date(state.dueOn) })}</Text>;
    case 'planned':
      return <Text size="sm">{t('evaluation.followUp.planned', { count: state.months })}</Text>;
    default:
      return (
        <Text size="sm" c="dimmed">
          {t('evaluation.followUp.none')}
        </Text>
      );
  }
}

/** A survey of the follow-up, on the surveys' page, whose waves open their results. */
function SurveyLink({ surveyId, label, name }: { surveyId: number; label: string; name: string }) {
  return (
    <AnchorLink to="/surveys/$surveyId" params={{ surveyId: String(surveyId) }} size="sm" aria-label={name}>
      {label}
    </AnchorLink>
  );
}
