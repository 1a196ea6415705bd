import { Button, Card, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { PolicyCitation, PolicySelect } from '../../../components/policy-select';
import { formatRupiah } from '../../../lib/development-paths';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useUpdatePlan } from '../api/plans';

/** The plan's budget, note and the policy it carries out: a form while the reader may edit the draft, plain text otherwise. */
export function PlanDetails({ plan }: { plan: Plan }) {
  const { t } = useTranslation('development');
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="plan-details">
      <Stack gap="sm">
        <Title order={2} size="h4" id="plan-details">
          {t('plan.details')}
        </Title>
        {plan.editable ? (
          <DetailsForm plan={plan} />
        ) : (
          <Stack gap={4}>
            <Text size="sm">
              {t('plan.budget')}: {plan.budget === null ? t('plan.budgetNone') : formatRupiah(plan.budget)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {t('plan.note')}: {plan.note ?? t('plan.noteNone')}
            </Text>
            {plan.policyId !== null && (
              <Text size="sm">
                <PolicyCitation policyId={plan.policyId} />
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('plan.readOnly')}
            </Text>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function DetailsForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation('development');
  const notify = useNotify();
  const update = useUpdatePlan(plan.id);
  const form = useForm<{ budget: number | string; note: string; policyId: number | null }>({
    initialValues: { budget: plan.budget ?? '', note: plan.note ?? '', policyId: plan.policyId },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        update.mutate(
          {
            budget: values.budget === '' ? null : Number(values.budget),
            note: values.note.trim() || null,
            policyId: values.policyId,
          },
          {
            onSuccess: () => notify({ color: 'teal', message: t('plan.saved') }),
            onError: (error) => form.setErrors(serverFieldErrors(error)),
          },
        ),
      )}
    >
      <Stack gap="sm">
        {update.isError && <ErrorAlert error={update.error} />}
        <NumberInput
          label={t('plan.budget')}
          min={0}
          thousandSeparator="."
          decimalSeparator=","
          allowNegative={false}
          maw={320}
          {...form.getInputProps('budget')}
        />
        <Textarea
          label={t('plan.note')}
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('note')}
        />
        <PolicySelect
          value={form.values.policyId}
          onChange={(policyId) => form.setFieldValue('policyId', policyId)}
          error={form.errors.policyId}
        />
        <Group>
          <Button type="submit" variant="default" loading={update.isPending}>
            {t('plan.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
