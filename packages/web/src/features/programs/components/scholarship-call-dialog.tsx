import { DEGREES, DOCUMENT_KINDS } from '@jenjang/domain/programs/scholarship.rules';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ScholarshipCall } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useSaveScholarshipCall } from '../api/scholarships';
import { usePartnerOptions } from '../api/trainers';
import { useBondRuleText } from './scholarship-call-terms';
import { type CallValues, callBody, callValues, fieldsOf } from './scholarship-values';

/** Sets a scholarship call's terms, or changes them while the program is a draft. */
export function ScholarshipCallDialog({
  programId,
  call,
  onClose,
}: {
  programId: number;
  call: ScholarshipCall | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const bondRule = useBondRuleText();
  const save = useSaveScholarshipCall(programId);
  const partners = usePartnerOptions(true);
  const whole = (min: number, max: number) => (value: number | string) =>
    value === ''
      ? t('form.required')
      : Number(value) < min || Number(value) > max
        ? t('scholarship.callDialog.range', { min, max })
        : null;
  const form = useForm<CallValues>({
    initialValues: callValues(call),
    validate: {
      fields: (value) => (fieldsOf(value).length > 0 ? null : t('scholarship.callDialog.fieldsRequired')),
      institution: (value) => (value.trim() ? null : t('form.required')),
      studyMonths: whole(6, 120),
      bondFactor: (value) => (value === '' ? t('form.required') : null),
      reportMonths: whole(1, 12),
    },
  });
  const submit = (values: CallValues) =>
    save.mutate(callBody(values), {
      onSuccess: () => {
        notify({ color: 'teal', message: t('scholarship.callDialog.saved') });
        onClose();
      },
      onError: (error) => form.setErrors(serverFieldErrors(error)),
    });
  const rule = {
    factor: Number(form.values.bondFactor || 0),
    extraMonths: Number(form.values.bondExtraMonths || 0),
  };
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      size="lg"
      title={call ? t('scholarship.callDialog.editTitle') : t('scholarship.callDialog.newTitle')}
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {save.isError && <ErrorAlert error={save.error} />}
          <Select
            label={t('scholarship.callDialog.degree')}
            required
            allowDeselect={false}
            data-autofocus
            data={DEGREES.map((degree) => ({ value: degree, label: t(`scholarship.degree.${degree}`) }))}
            comboboxProps={{ width: 'target', position: 'bottom-start' }}
            {...form.getInputProps('degree')}
          />
          <Textarea
            label={t('scholarship.callDialog.fields')}
            description={t('scholarship.callDialog.fieldsHelp')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('fields')}
          />
          <TextInput
            label={t('scholarship.callDialog.institution')}
            required
            maxLength={200}
            {...form.getInputProps('institution')}
          />
          <Select
            label={t('scholarship.callDialog.partner')}
            description={t('scholarship.callDialog.partnerHelp')}
            data={(partners.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
            clearable
            clearButtonProps={{ 'aria-label': t('scholarship.callDialog.partnerClear') }}
            searchable
            comboboxProps={{ width: 'target', position: 'bottom-start' }}
            {...form.getInputProps('partnerId')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberInput
              label={t('scholarship.callDialog.studyMonths')}
              required
              min={6}
              max={120}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('studyMonths')}
            />
            <NumberInput
              label={t('scholarship.callDialog.reportMonths')}
              description={t('scholarship.callDialog.reportMonthsHelp')}
              required
              min={1}
              max={12}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('reportMonths')}
            />
          </SimpleGrid>
          <Textarea
            label={t('scholarship.callDialog.requirements')}
            description={t('scholarship.callDialog.requirementsHelp')}
            autosize
            minRows={2}
            maxLength={5000}
            {...form.getInputProps('requirements')}
          />
          <Checkbox.Group
            label={t('scholarship.callDialog.documents')}
            description={t('scholarship.callDialog.documentsHelp')}
            {...form.getInputProps('documents')}
          >
            <Stack gap="xs" mt="xs">
              {DOCUMENT_KINDS.map((kind) => (
                <Checkbox key={kind} value={kind} label={t(`scholarship.document.${kind}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Fieldset legend={t('scholarship.callDialog.bond')}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <NumberInput
                  label={t('scholarship.callDialog.bondFactor')}
                  description={t('scholarship.callDialog.bondFactorHelp')}
                  required
                  min={0}
                  max={5}
                  decimalScale={2}
                  allowNegative={false}
                  {...form.getInputProps('bondFactor')}
                />
                <NumberInput
                  label={t('scholarship.callDialog.bondExtraMonths')}
                  min={0}
                  max={120}
                  allowDecimal={false}
                  allowNegative={false}
                  {...form.getInputProps('bondExtraMonths')}
                />
              </SimpleGrid>
              <Text size="sm" aria-live="polite">
                {bondRule(rule)}
              </Text>
            </Stack>
          </Fieldset>
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
