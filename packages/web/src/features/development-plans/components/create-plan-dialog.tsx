import { Button, Group, NumberInput, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { useUnits } from '../../../lib/get-units';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useMe } from '../../../lib/session';
import { useNotify } from '../../../lib/use-notify';
import { useCreatePlan } from '../api/plans';

interface Values {
  year: number | string;
  scope: 'government' | 'opd';
  unitId: string | null;
  budget: number | string;
}

/**
 * "Buat rencana": the government's plan or one OPD's part (an OPD is a unit at the top of the
 * tree). An admin scoped to an OPD drafts only that OPD's part.
 */
export function CreatePlanDialog({
  year,
  onClose,
  onCreated,
}: {
  year: number;
  onClose: () => void;
  onCreated: (plan: Plan) => void;
}) {
  const { t } = useTranslation('development');
  const me = useMe();
  const notify = useNotify();
  const units = useUnits();
  const create = useCreatePlan();
  const scopeId = useId();
  const own = me.scopeUnit;
  const form = useForm<Values>({
    initialValues: {
      year,
      scope: own ? 'opd' : 'government',
      unitId: own ? String(own.id) : null,
      budget: '',
    },
    validate: {
      year: (value) => (value === '' ? t('item.required') : null),
      unitId: (value, values) => (values.scope === 'opd' && !value ? t('create.unitRequired') : null),
    },
  });
  const opds = own
    ? [{ value: String(own.id), label: own.name }]
    : (units.data?.items ?? [])
        .filter((unit) => unit.parentId === null && unit.closedOn === null)
        .map((unit) => ({ value: String(unit.id), label: unit.name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'id'));

  const submit = (values: Values) =>
    create.mutate(
      {
        year: Number(values.year),
        unitId: values.scope === 'opd' ? Number(values.unitId) : null,
        budget: values.budget === '' ? null : Number(values.budget),
      },
      {
        onSuccess: (plan) => {
          notify({ color: 'teal', message: t('create.done') });
          onCreated(plan);
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );

  return (
    <ResponsiveModal opened onClose={onClose} title={t('create.title')}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {create.isError && <ErrorAlert error={create.error} />}
          <NumberInput
            label={t('create.year')}
            required
            min={2000}
            max={2100}
            allowDecimal={false}
            thousandSeparator=""
            data-autofocus
            {...form.getInputProps('year')}
          />
          {!own && (
            <Stack gap={4}>
              <Text size="sm" fw={500} id={scopeId}>
                {t('create.scope')}
              </Text>
              <SegmentedControl
                aria-labelledby={scopeId}
                data={[
                  { value: 'government', label: t('create.government') },
                  { value: 'opd', label: t('create.opd') },
                ]}
                {...form.getInputProps('scope')}
              />
            </Stack>
          )}
          {form.values.scope === 'opd' && (
            <Select
              label={t('create.unit')}
              placeholder={t('create.unitPlaceholder')}
              required
              searchable
              disabled={own !== null}
              data={opds}
              comboboxProps={{ width: 'target', position: 'bottom-start' }}
              {...form.getInputProps('unitId')}
            />
          )}
          <NumberInput
            label={t('create.budget')}
            description={t('create.budgetHint')}
            min={0}
            thousandSeparator="."
            decimalSeparator=","
            allowNegative={false}
            {...form.getInputProps('budget')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('transition.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
