import { DEVELOPMENT_PATH_CODES, type DevelopmentPath } from '@jenjang/domain/competency/development-paths';
import { Button, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanItem } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { PolicySelect } from '../../../components/policy-select';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { usePathName } from '../../../lib/development-paths';
import { competencyOptions, useCompetencyDictionary } from '../../../lib/get-competency-dictionary';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useSavePlanItem } from '../api/plans';

interface Values {
  competencyId: string | null;
  title: string;
  targetGroup: string;
  pathCode: string;
  jp: number | string;
  participants: number | string;
  estimatedCost: number | string;
  priority: string;
  rationale: string;
  policyId: number | null;
}

function initialValues(item: PlanItem | null): Values {
  return {
    competencyId: item?.competency ? String(item.competency.id) : null,
    title: item?.title ?? '',
    targetGroup: item?.targetGroup ?? '',
    pathCode: item?.pathCode ?? 'KL03',
    jp: item?.jp ?? 24,
    participants: item?.participants ?? 1,
    estimatedCost: item?.estimatedCost ?? 0,
    priority: String(item?.priority ?? 2),
    rationale: item?.rationale ?? '',
    policyId: item?.policyId ?? null,
  };
}

/** Adds an activity to the plan, or changes one (`item`); the server's refusals show on their fields. */
export function ItemDialog({
  plan,
  item,
  onClose,
}: {
  plan: Plan;
  item: PlanItem | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('development');
  const notify = useNotify();
  const pathName = usePathName();
  const dictionary = useCompetencyDictionary();
  const save = useSavePlanItem(plan.id);
  const form = useForm<Values>({
    initialValues: initialValues(item),
    validate: {
      title: (value) => (value.trim() ? null : t('item.required')),
      targetGroup: (value) => (value.trim() ? null : t('item.required')),
      jp: (value) => (value === '' || Number(value) <= 0 ? t('item.positive') : null),
      participants: (value) => (value === '' ? t('item.required') : null),
      estimatedCost: (value) => (value === '' ? t('item.required') : null),
    },
  });
  const competencies = competencyOptions(dictionary.data?.items);
  const submit = (values: Values) =>
    save.mutate(
      {
        itemId: item?.id ?? null,
        body: {
          competencyId: values.competencyId ? Number(values.competencyId) : null,
          title: values.title.trim(),
          targetGroup: values.targetGroup.trim(),
          pathCode: values.pathCode as DevelopmentPath,
          jp: Number(values.jp),
          participants: Number(values.participants),
          estimatedCost: Number(values.estimatedCost),
          priority: Number(values.priority),
          rationale: values.rationale.trim() || null,
          policyId: values.policyId,
        },
      },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('item.saved') });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={item ? t('item.editTitle') : t('item.newTitle')}
      size="lg"
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {save.isError && <ErrorAlert error={save.error} />}
          <TextInput
            label={t('item.title')}
            required
            maxLength={300}
            data-autofocus
            {...form.getInputProps('title')}
          />
          <Select
            label={t('item.competency')}
            placeholder={t('item.competencyNone')}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('item.competencyNone') }}
            data={competencies}
            comboboxProps={{ width: 'target', position: 'bottom-start' }}
            {...form.getInputProps('competencyId')}
          />
          <TextInput
            label={t('item.targetGroup')}
            required
            maxLength={300}
            {...form.getInputProps('targetGroup')}
          />
          <Select
            label={t('item.path')}
            required
            allowDeselect={false}
            searchable
            data={DEVELOPMENT_PATH_CODES.map((code) => ({ value: code, label: pathName(code) }))}
            comboboxProps={{ width: 'target', position: 'bottom-start' }}
            {...form.getInputProps('pathCode')}
          />
          <Group grow align="flex-start" wrap="wrap">
            <NumberInput
              label={t('item.jp')}
              required
              min={0}
              decimalScale={2}
              miw={120}
              {...form.getInputProps('jp')}
            />
            <NumberInput
              label={t('item.participants')}
              required
              min={0}
              allowDecimal={false}
              allowNegative={false}
              miw={120}
              {...form.getInputProps('participants')}
            />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <NumberInput
              label={t('item.cost')}
              required
              min={0}
              thousandSeparator="."
              decimalSeparator=","
              allowNegative={false}
              miw={180}
              {...form.getInputProps('estimatedCost')}
            />
            <Select
              label={t('item.priority')}
              required
              allowDeselect={false}
              data={['1', '2', '3'].map((p) => ({ value: p, label: t(`priority.${p as '1' | '2' | '3'}`) }))}
              miw={120}
              {...form.getInputProps('priority')}
            />
          </Group>
          <Textarea
            label={t('item.rationale')}
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('rationale')}
          />
          <PolicySelect
            value={form.values.policyId}
            onChange={(policyId) => form.setFieldValue('policyId', policyId)}
            error={form.errors.policyId}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('transition.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('item.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
