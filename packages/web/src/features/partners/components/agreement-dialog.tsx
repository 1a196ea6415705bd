import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useAddAgreement } from '../api/partners';

interface Values {
  number: string;
  scope: string;
  validFrom: string;
  validUntil: string;
}

/** Records an agreement (MoU/PKS) with a partner: its number, scope and validity. */
export function AgreementDialog({ partner, onClose }: { partner: Partner; onClose: () => void }) {
  const { t } = useTranslation('partners');
  const notify = useNotify();
  const add = useAddAgreement(partner.id);
  const form = useForm<Values>({
    initialValues: { number: '', scope: '', validFrom: '', validUntil: '' },
    validate: {
      number: (value) => (value.trim() ? null : t('form.required')),
      scope: (value) => (value.trim() ? null : t('form.required')),
      validFrom: (value) => (value ? null : t('form.required')),
      validUntil: (value, values) =>
        !value ? t('form.required') : value < values.validFrom ? t('agreement.untilBeforeFrom') : null,
    },
  });
  const submit = (values: Values) =>
    add.mutate(
      {
        number: values.number.trim(),
        scope: values.scope.trim(),
        validFrom: values.validFrom,
        validUntil: values.validUntil,
      },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('agreement.saved') });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  return (
    <ResponsiveModal opened onClose={onClose} title={t('agreement.newTitle', { partner: partner.name })}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {add.isError && <ErrorAlert error={add.error} />}
          <TextInput
            label={t('agreement.number')}
            required
            maxLength={100}
            data-autofocus
            {...form.getInputProps('number')}
          />
          <Textarea
            label={t('agreement.scope')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('scope')}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={t('agreement.validFrom')}
              required
              miw={160}
              {...form.getInputProps('validFrom')}
            />
            <TextInput
              type="date"
              label={t('agreement.validUntil')}
              required
              miw={160}
              {...form.getInputProps('validUntil')}
            />
          </Group>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
