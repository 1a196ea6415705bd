import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramBatch } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import {
  useAddTrainer,
  usePartnerOptions,
  useRemoveTrainer,
  useTrainerAccounts,
  useTrainers,
} from '../api/trainers';

/** A batch's trainers (narasumber) for the agency: who teaches what, and who signs in to keep the batch. */
export function TrainersSection({
  programId,
  batch,
  editable,
}: {
  programId: number;
  batch: ProgramBatch;
  editable: boolean;
}) {
  const { t } = useTranslation('programs');
  const trainers = useTrainers(programId, batch.id);
  const remove = useRemoveTrainer(programId, batch.id);
  const [adding, setAdding] = useState(false);
  const items = trainers.data?.items ?? [];
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('trainers.title')}
      </Text>
      {remove.isError && <ErrorAlert error={remove.error} />}
      {trainers.isError && <ErrorAlert error={trainers.error} />}
      {trainers.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('trainers.none')}
        </Text>
      )}
      {items.map((trainer) => (
        <Group key={trainer.id} gap="xs" justify="space-between" wrap="nowrap">
          <Text size="sm">
            {trainer.name}
            {trainer.topic ? ` — ${trainer.topic}` : ''}
            {trainer.partner ? ` (${trainer.partner.name})` : ''}
            {trainer.account ? ` · ${t('trainers.signsIn', { username: trainer.account.username })}` : ''}
          </Text>
          {editable && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              loading={remove.isPending && remove.variables === trainer.id}
              onClick={() => remove.mutate(trainer.id)}
            >
              {t('trainers.remove', { name: trainer.name })}
            </Button>
          )}
        </Group>
      ))}
      {editable && (
        <Button
          size="xs"
          variant="default"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => setAdding(true)}
        >
          {t('trainers.add', { name: batch.name })}
        </Button>
      )}
      {adding && <TrainerDialog programId={programId} batch={batch} onClose={() => setAdding(false)} />}
    </Stack>
  );
}

interface Values {
  name: string;
  topic: string;
  accountId: string | null;
  partnerId: string | null;
}

function TrainerDialog({
  programId,
  batch,
  onClose,
}: {
  programId: number;
  batch: ProgramBatch;
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const add = useAddTrainer(programId, batch.id);
  const accounts = useTrainerAccounts(true);
  const partners = usePartnerOptions(true);
  const form = useForm<Values>({
    initialValues: { name: '', topic: '', accountId: null, partnerId: null },
    validate: { name: (value) => (value.trim() ? null : t('form.required')) },
  });
  const submit = (values: Values) =>
    add.mutate(
      {
        name: values.name.trim(),
        topic: values.topic.trim() || null,
        accountId: values.accountId === null ? null : Number(values.accountId),
        partnerId: values.partnerId === null ? null : Number(values.partnerId),
      },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('trainers.saved') });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  return (
    <ResponsiveModal opened onClose={onClose} title={t('trainers.newTitle', { name: batch.name })}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {add.isError && <ErrorAlert error={add.error} />}
          <TextInput
            label={t('trainers.name')}
            required
            maxLength={200}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput label={t('trainers.topic')} maxLength={300} {...form.getInputProps('topic')} />
          <Select
            label={t('trainers.account')}
            description={t('trainers.accountHelp')}
            data={(accounts.data?.items ?? []).map((a) => ({
              value: String(a.id),
              label: a.partnerName
                ? `${a.displayName} (${a.username}) — ${a.partnerName}`
                : `${a.displayName} (${a.username})`,
            }))}
            clearable
            searchable
            {...form.getInputProps('accountId')}
          />
          <Select
            label={t('trainers.partner')}
            description={t('trainers.partnerHelp')}
            data={(partners.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
            clearable
            searchable
            {...form.getInputProps('partnerId')}
          />
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
