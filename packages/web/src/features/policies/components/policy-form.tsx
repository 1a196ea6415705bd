import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CreatePolicyRequest, PolicyArea, PolicyDetail } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { UnitSelect } from '../../../components/unit-select';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useCreatePolicy, useSurveyChoices, useUpdatePolicy } from '../api/policies';

const AREAS: PolicyArea[] = ['karier', 'kompetensi', 'sdm', 'kepegawaian'];

interface Values {
  title: string;
  area: PolicyArea;
  purpose: string;
  principles: string[];
  legalBasis: string;
  ownerUnitId: number | undefined;
  surveyIds: string[];
  evaluationMonths: number | string;
}

const valuesOf = (policy: PolicyDetail | null): Values => ({
  title: policy?.title ?? '',
  area: policy?.area ?? 'karier',
  purpose: policy?.purpose ?? '',
  principles: policy?.principles ?? [],
  legalBasis: policy?.legalBasis.join('\n') ?? '',
  ownerUnitId: policy?.ownerUnit?.id,
  surveyIds: policy?.surveys.map((s) => String(s.id)) ?? [],
  evaluationMonths: policy?.evaluation.months ?? 6,
});

const bodyOf = (values: Values): CreatePolicyRequest => ({
  title: values.title,
  area: values.area,
  purpose: values.purpose,
  principles: values.principles,
  legalBasis: values.legalBasis
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
  ownerUnitId: values.ownerUnitId ?? null,
  surveyIds: values.surveyIds.map(Number),
  evaluationMonths: Number(values.evaluationMonths),
});

/** A new policy, or what an existing one is: its title, area, purpose, principles, basis, owner, surveys. */
export function PolicyFormModal({
  policy,
  opened,
  onClose,
  onSaved,
}: {
  policy: PolicyDetail | null;
  opened: boolean;
  onClose: () => void;
  onSaved: (policy: PolicyDetail) => void;
}) {
  const { t } = useTranslation('policies');
  return (
    <ResponsiveModal
      opened={opened}
      onClose={onClose}
      title={policy ? t('form.editTitle') : t('form.newTitle')}
      size="lg"
    >
      {opened && <PolicyForm policy={policy} onSaved={onSaved} onCancel={onClose} />}
    </ResponsiveModal>
  );
}

function PolicyForm({
  policy,
  onSaved,
  onCancel,
}: {
  policy: PolicyDetail | null;
  onSaved: (policy: PolicyDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('policies');
  const { t: tc } = useTranslation();
  const { t: td } = useTranslation('domain');
  const create = useCreatePolicy();
  const update = useUpdatePolicy(policy?.id ?? 0);
  const save = policy ? update : create;
  const surveys = useSurveyChoices(true);
  const form = useForm<Values>({
    initialValues: valuesOf(policy),
    validate: {
      title: (value) => (value.trim() ? null : t('form.required')),
      purpose: (value) => (value.trim() ? null : t('form.required')),
    },
  });
  const submit = (values: Values) =>
    save.mutate(bodyOf(values), {
      onSuccess: onSaved,
      onError: (error) => form.setErrors(serverFieldErrors(error)),
    });

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack>
        <TextInput label={t('form.title')} required {...form.getInputProps('title')} />
        <Select
          label={t('form.area')}
          data={AREAS.map((area) => ({ value: area, label: td(`policyArea.${area}`) }))}
          allowDeselect={false}
          {...form.getInputProps('area')}
        />
        <Textarea
          label={t('form.purpose')}
          required
          autosize
          minRows={3}
          {...form.getInputProps('purpose')}
        />
        <TagsInput
          label={t('form.principles')}
          description={t('form.principlesHelp')}
          {...form.getInputProps('principles')}
        />
        <Textarea
          label={t('form.legalBasis')}
          description={t('form.legalBasisHelp')}
          autosize
          minRows={2}
          {...form.getInputProps('legalBasis')}
        />
        <UnitSelect
          label={t('form.owner')}
          placeholder={t('form.ownerPlaceholder')}
          clearLabel={t('form.ownerClear')}
          value={form.values.ownerUnitId}
          onChange={(unitId) => form.setFieldValue('ownerUnitId', unitId)}
        />
        <MultiSelect
          label={t('form.surveys')}
          description={t('form.surveysHelp')}
          data={(surveys.data?.items ?? []).map((s) => ({ value: String(s.id), label: s.title }))}
          searchable
          {...form.getInputProps('surveyIds')}
        />
        <NumberInput
          label={t('form.evaluationMonths')}
          description={t('form.evaluationMonthsHelp')}
          min={1}
          max={36}
          allowDecimal={false}
          {...form.getInputProps('evaluationMonths')}
        />
        {save.isError && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {tc('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {policy ? tc('common.save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
