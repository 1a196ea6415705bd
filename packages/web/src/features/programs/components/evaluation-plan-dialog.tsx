import { Button, Checkbox, Group, NumberInput, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ProgramEvaluation } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useSaveEvaluationPlan } from '../api/evaluation';
import { useServiceSurveys } from '../api/service-surveys';
import { NO_SURVEY, type PlanValues, planBody, planValues } from './evaluation-values';

/**
 * Changes the evaluation plan: the behaviour follow-up's months after a batch ends, or none, and the
 * result survey among the government's public-service surveys (SKM). A batch already closed keeps
 * the follow-up it was given.
 */
export function EvaluationPlanDialog({
  programId,
  plan,
  currentTitle,
  onClose,
}: {
  programId: number;
  plan: ProgramEvaluation['plan'];
  /** The result survey's title now, kept as an option should the list not hold it (archived). */
  currentTitle: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const save = useSaveEvaluationPlan(programId);
  const surveys = useServiceSurveys(true);
  const form = useForm<PlanValues>({
    initialValues: planValues(plan),
    validate: {
      months: (value, values) => (values.noFollowUp ? null : value === '' ? t('form.required') : null),
    },
  });
  const listed = surveys.data ?? [];
  const current = plan.resultSurveyId;
  const options = [
    { value: NO_SURVEY, label: t('evaluation.plan.noSurveyOption') },
    ...listed.map((s) => ({
      value: String(s.id),
      label: s.serviceName ? `${s.title} — ${s.serviceName}` : s.title,
    })),
    ...(current !== null && !listed.some((s) => s.id === current) && !surveys.isPending
      ? [{ value: String(current), label: currentTitle ?? String(current) }]
      : []),
  ];
  const submit = (values: PlanValues) =>
    save.mutate(planBody(values), {
      onSuccess: () => {
        notify({ color: 'teal', message: t('evaluation.plan.saved') });
        onClose();
      },
      onError: (error) => form.setErrors(serverFieldErrors(error)),
    });
  return (
    <ResponsiveModal opened onClose={onClose} title={t('evaluation.plan.edit')}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {save.isError && <ErrorAlert error={save.error} />}
          <Checkbox
            label={t('evaluation.plan.noFollowUpField')}
            data-autofocus
            {...form.getInputProps('noFollowUp', { type: 'checkbox' })}
          />
          <NumberInput
            label={t('evaluation.plan.monthsField')}
            description={t('evaluation.plan.monthsHelp')}
            required={!form.values.noFollowUp}
            disabled={form.values.noFollowUp}
            min={1}
            max={24}
            clampBehavior="strict"
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('months')}
            error={form.errors.months ?? form.errors.followUpMonths}
          />
          {surveys.isError && <ErrorAlert error={surveys.error} onRetry={() => void surveys.refetch()} />}
          <Select
            label={t('evaluation.plan.surveyField')}
            description={t('evaluation.plan.surveyHelp')}
            data={options}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('evaluation.plan.noSurveys')}
            disabled={surveys.isPending}
            {...form.getInputProps('surveyId')}
            error={form.errors.surveyId ?? form.errors.resultSurveyId}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
