import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramEvaluation } from '../../../api/types';
import { useServiceSurveys } from '../api/service-surveys';
import { EvaluationPlanDialog } from './evaluation-plan-dialog';

/**
 * The agency's evaluation plan: the behaviour follow-up's months after a batch ends (or none), and
 * the public-service survey whose IKM judges the results; changed in a dialog.
 */
export function EvaluationPlan({ programId, data }: { programId: number; data: ProgramEvaluation }) {
  const { t } = useTranslation('programs');
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const { followUpMonths, resultSurveyId } = data.plan;
  // The results name their survey; without them (no batch yet), the surveys' list does.
  const lookup = useServiceSurveys(resultSurveyId !== null && data.results === null);
  const surveyTitle =
    resultSurveyId === null
      ? null
      : (data.results?.title ??
        lookup.data?.find((s) => s.id === resultSurveyId)?.title ??
        t('evaluation.plan.surveyNumber', { id: resultSurveyId }));
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId}>
          {t('evaluation.plan.title')}
        </Title>
        <Text size="sm">
          {followUpMonths === null
            ? t('evaluation.plan.noFollowUp')
            : t('evaluation.plan.followUp', { count: followUpMonths })}
        </Text>
        <Text size="sm">
          {surveyTitle === null
            ? t('evaluation.plan.noResultSurvey')
            : t('evaluation.plan.resultSurvey', { title: surveyTitle })}
        </Text>
        <Group>
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('evaluation.plan.edit')}
          </Button>
        </Group>
      </Stack>
      {editing && (
        <EvaluationPlanDialog
          programId={programId}
          plan={data.plan}
          currentTitle={surveyTitle}
          onClose={() => setEditing(false)}
        />
      )}
    </Card>
  );
}
