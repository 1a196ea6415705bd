import { Alert, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { useNeedsWaves } from '../../../lib/get-needs-waves';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { hasPermission, useMe } from '../../../lib/session';
import { useNotify } from '../../../lib/use-notify';
import { useGeneratePlan } from '../api/plans';

interface Values {
  jp: number | string;
  costPerParticipant: number | string;
  needsWaveId: string | null;
  talentLevel: string;
}

/** "Susun usulan otomatis": a proposal from the gaps, a needs survey's stated needs and talent. */
export function GenerateDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation('development');
  const notify = useNotify();
  const generate = useGeneratePlan(plan.id);
  const waves = useNeedsWaves(hasPermission(useMe(), 'survey.read'));
  const form = useForm<Values>({
    initialValues: { jp: 24, costPerParticipant: 0, needsWaveId: null, talentLevel: '4' },
    validate: {
      jp: (value) => (value === '' || Number(value) <= 0 ? t('item.positive') : null),
      costPerParticipant: (value) => (value === '' ? t('item.required') : null),
    },
  });
  const submit = (values: Values) =>
    generate.mutate(
      {
        jp: Number(values.jp),
        costPerParticipant: Number(values.costPerParticipant),
        needsWaveId: values.needsWaveId ? Number(values.needsWaveId) : null,
        talentLevel: Number(values.talentLevel),
      },
      {
        onSuccess: (saved) => {
          notify({ color: 'teal', message: t('generate.done', { count: saved.items.length }) });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  return (
    <ResponsiveModal opened onClose={onClose} title={t('generate.title')}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          <Text size="sm">{t('generate.intro')}</Text>
          {generate.isError && <ErrorAlert error={generate.error} />}
          <NumberInput
            label={t('generate.jp')}
            required
            min={1}
            max={2000}
            decimalScale={2}
            data-autofocus
            {...form.getInputProps('jp')}
          />
          <NumberInput
            label={t('generate.cost')}
            required
            min={0}
            thousandSeparator="."
            decimalSeparator=","
            allowNegative={false}
            {...form.getInputProps('costPerParticipant')}
          />
          {waves.isError ? (
            <Alert color="yellow" variant="light">
              {t('generate.waveUnavailable')}
            </Alert>
          ) : (
            <Select
              label={t('generate.wave')}
              description={t('generate.waveHint')}
              placeholder={t('generate.wavePlaceholder')}
              clearable
              data={waves.groups}
              comboboxProps={{ width: 'target', position: 'bottom-start' }}
              clearButtonProps={{ 'aria-label': t('generate.wavePlaceholder') }}
              {...form.getInputProps('needsWaveId')}
            />
          )}
          <Select
            label={t('generate.talentLevel')}
            description={t('generate.talentHint')}
            data={['2', '3', '4', '5']}
            allowDeselect={false}
            {...form.getInputProps('talentLevel')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('transition.cancel')}
            </Button>
            <Button type="submit" loading={generate.isPending}>
              {t('generate.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
