import { CHECK_IN_FREQUENCIES } from '@jenjang/domain/performance/predikat.rules';
import { Button, Group, NumberInput, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CheckInFrequency, PerformanceCycle } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useCreateCycle } from '../api/performance';

interface Values {
  year: number | string;
  /** 'default': the government's setting. */
  checkIns: CheckInFrequency | 'default';
}

/** Buka tahun penilaian: a year in planning, with the government's check-in frequency unless another is chosen. */
export function CycleDialog({
  defaultYear,
  onClose,
  onCreated,
}: {
  defaultYear: number;
  onClose: () => void;
  onCreated: (cycle: PerformanceCycle) => void;
}) {
  const { t } = useTranslation('performance');
  const notify = useNotify();
  const create = useCreateCycle();
  const form = useForm<Values>({
    initialValues: { year: defaultYear, checkIns: 'default' },
    validate: {
      year: (value) =>
        Number.isInteger(Number(value)) && Number(value) >= 2019 && Number(value) <= 2100
          ? null
          : t('cycles.yearRange'),
    },
  });
  const submit = (values: Values) =>
    create.mutate(
      { year: Number(values.year), checkIns: values.checkIns === 'default' ? null : values.checkIns },
      {
        onSuccess: (cycle) => {
          notify({ color: 'teal', message: t('cycles.opened', { year: cycle.year }) });
          onCreated(cycle);
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  return (
    <ResponsiveModal opened onClose={onClose} title={t('cycles.open')}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {create.isError && <ErrorAlert error={create.error} />}
          <NumberInput
            label={t('cycles.yearLabel')}
            required
            min={2019}
            max={2100}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            data-autofocus
            {...form.getInputProps('year')}
          />
          <Select
            label={t('cycles.checkInsLabel')}
            description={t('cycles.checkInsHelp')}
            data={[
              { value: 'default', label: t('cycles.checkInsDefault') },
              ...CHECK_IN_FREQUENCIES.map((frequency) => ({
                value: frequency,
                label: t(`checkIns.${frequency}`),
              })),
            ]}
            allowDeselect={false}
            {...form.getInputProps('checkIns')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('cycles.openSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
