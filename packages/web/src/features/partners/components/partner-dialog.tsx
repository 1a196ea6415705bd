import { PARTNER_KINDS } from '@jenjang/domain/programs/partner.contract';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useSavePartner } from '../api/partners';

interface Values {
  name: string;
  kind: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

/** Records a partner or changes one: its name (unique in the government), kind and contact. */
export function PartnerDialog({ partner, onClose }: { partner: Partner | null; onClose: () => void }) {
  const { t } = useTranslation('partners');
  const notify = useNotify();
  const save = useSavePartner();
  const form = useForm<Values>({
    initialValues: {
      name: partner?.name ?? '',
      kind: partner?.kind ?? 'university',
      contactName: partner?.contactName ?? '',
      contactEmail: partner?.contactEmail ?? '',
      contactPhone: partner?.contactPhone ?? '',
    },
    validate: { name: (value) => (value.trim() ? null : t('form.required')) },
  });
  const submit = (values: Values) =>
    save.mutate(
      {
        id: partner?.id ?? null,
        body: {
          name: values.name.trim(),
          kind: values.kind as Partner['kind'],
          contactName: values.contactName.trim() || null,
          contactEmail: values.contactEmail.trim() || null,
          contactPhone: values.contactPhone.trim() || null,
        },
      },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('partner.saved') });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={partner ? t('partner.editTitle') : t('partner.newTitle')}
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {save.isError && <ErrorAlert error={save.error} />}
          <TextInput
            label={t('partner.name')}
            required
            maxLength={200}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Select
            label={t('partner.kind')}
            required
            allowDeselect={false}
            data={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
          <TextInput
            label={t('partner.contactName')}
            maxLength={200}
            {...form.getInputProps('contactName')}
          />
          <TextInput
            label={t('partner.contactEmail')}
            type="email"
            maxLength={200}
            {...form.getInputProps('contactEmail')}
          />
          <TextInput
            label={t('partner.contactPhone')}
            type="tel"
            maxLength={30}
            {...form.getInputProps('contactPhone')}
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
