import { Button, Checkbox, Group, NumberInput, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MentoringScheme } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useSaveMentoringScheme } from '../api/mentoring';
import { type SchemeValues, schemeBody, schemeValues, UNIT_RULES } from './mentoring-values';

/** Sets a program's mentoring scheme, or changes it: its period, pairing rules and JP rule. */
export function MentoringSchemeDialog({
  programId,
  scheme,
  onClose,
}: {
  programId: number;
  scheme: MentoringScheme | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const notify = useNotify();
  const save = useSaveMentoringScheme(programId);
  const form = useForm<SchemeValues>({
    initialValues: schemeValues(scheme),
    validate: {
      startsOn: (value) => (value ? null : t('form.required')),
      endsOn: (value, values) =>
        !value ? t('form.required') : value < values.startsOn ? t('batch.endsBeforeStart') : null,
      mentorCapacity: (value) => (value === '' ? t('form.required') : null),
    },
  });
  const submit = (values: SchemeValues) =>
    save.mutate(schemeBody(values), {
      onSuccess: () => {
        notify({ color: 'teal', message: t('mentoring.scheme.saved') });
        onClose();
      },
      onError: (error) => form.setErrors(serverFieldErrors(error)),
    });
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={scheme ? t('mentoring.scheme.editTitle') : t('mentoring.scheme.newTitle')}
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {save.isError && <ErrorAlert error={save.error} />}
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={t('mentoring.scheme.startsOn')}
              required
              miw={160}
              data-autofocus
              {...form.getInputProps('startsOn')}
            />
            <TextInput
              type="date"
              label={t('mentoring.scheme.endsOn')}
              required
              miw={160}
              {...form.getInputProps('endsOn')}
            />
          </Group>
          <Radio.Group label={t('mentoring.scheme.unitRule')} {...form.getInputProps('unitRule')}>
            <Stack gap="xs" mt="xs">
              {UNIT_RULES.map((rule) => (
                <Radio key={rule} value={rule} label={t(`mentoring.unitRule.${rule}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Checkbox
            label={t('mentoring.scheme.allowSupervisor')}
            description={t('mentoring.scheme.allowSupervisorHelp')}
            {...form.getInputProps('allowSupervisor', { type: 'checkbox' })}
          />
          <NumberInput
            label={t('mentoring.scheme.capacity')}
            description={t('mentoring.scheme.capacityHelp')}
            required
            min={1}
            max={20}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('mentorCapacity')}
          />
          <NumberInput
            label={t('mentoring.scheme.minutesPerJp')}
            description={
              scheme
                ? t('mentoring.scheme.minutesPerJpHelpNow', {
                    minutes: format.number(scheme.effectiveMinutesPerJp),
                  })
                : t('mentoring.scheme.minutesPerJpHelp')
            }
            min={1}
            max={240}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('minutesPerJp')}
          />
          <NumberInput
            label={t('mentoring.scheme.maxJp')}
            description={t('mentoring.scheme.maxJpHelp')}
            min={0.01}
            max={24}
            decimalScale={2}
            allowNegative={false}
            {...form.getInputProps('maxJpPerSession')}
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
