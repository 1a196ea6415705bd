import { Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Program, ProgramBatch } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useSaveBatch } from '../api/programs';

interface Values {
  name: string;
  startsOn: string;
  endsOn: string;
  venue: string;
  onlineUrl: string;
  capacity: number | string;
  /** Per affirmative group key, the seats reserved for it. */
  reserved: Record<string, number | string>;
}

/** Adds a batch (angkatan) or changes one; a capacity below the seats given is refused by the server. */
export function BatchDialog({
  program,
  batch,
  onClose,
}: {
  program: Program;
  batch: ProgramBatch | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const notify = useNotify();
  const save = useSaveBatch(program.id);
  const form = useForm<Values>({
    initialValues: {
      name: batch?.name ?? t('batch.defaultName', { number: program.batches.length + 1 }),
      startsOn: batch?.startsOn ?? '',
      endsOn: batch?.endsOn ?? '',
      venue: batch?.venue ?? '',
      onlineUrl: batch?.onlineUrl ?? '',
      capacity: batch?.capacity ?? 30,
      reserved: Object.fromEntries(
        program.affirmativeGroups.map((group) => [group.key, batch?.reserved[group.key] ?? 0]),
      ),
    },
    validate: {
      name: (value) => (value.trim() ? null : t('form.required')),
      startsOn: (value) => (value ? null : t('form.required')),
      endsOn: (value, values) =>
        !value ? t('form.required') : value < values.startsOn ? t('batch.endsBeforeStart') : null,
      capacity: (value) => (value === '' ? t('form.required') : null),
    },
  });
  const submit = (values: Values) =>
    save.mutate(
      {
        batchId: batch?.id ?? null,
        body: {
          name: values.name.trim(),
          startsOn: values.startsOn,
          endsOn: values.endsOn,
          venue: values.venue.trim() || null,
          onlineUrl: values.onlineUrl.trim() || null,
          capacity: Number(values.capacity),
          reserved: Object.fromEntries(
            Object.entries(values.reserved)
              .map(([key, seats]) => [key, Number(seats || 0)] as const)
              .filter(([, seats]) => seats > 0),
          ),
        },
      },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('batch.saved') });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  return (
    <ResponsiveModal opened onClose={onClose} title={batch ? t('batch.editTitle') : t('batch.newTitle')}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {save.isError && <ErrorAlert error={save.error} />}
          <TextInput
            label={t('batch.name')}
            required
            maxLength={100}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={t('batch.startsOn')}
              required
              miw={160}
              {...form.getInputProps('startsOn')}
            />
            <TextInput
              type="date"
              label={t('batch.endsOn')}
              required
              miw={160}
              {...form.getInputProps('endsOn')}
            />
          </Group>
          <TextInput label={t('batch.venue')} maxLength={300} {...form.getInputProps('venue')} />
          <TextInput
            label={t('batch.onlineUrl')}
            type="url"
            placeholder="https://"
            maxLength={500}
            {...form.getInputProps('onlineUrl')}
          />
          <NumberInput
            label={t('batch.capacity')}
            required
            min={0}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('capacity')}
          />
          {program.affirmativeGroups.map((group) => (
            <NumberInput
              key={group.key}
              label={t('batch.reservedFor', { group: group.label })}
              description={t('batch.reservedHelp')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps(`reserved.${group.key}`)}
            />
          ))}
          {form.errors.reserved && (
            <Text size="sm" c="red.9" role="alert">
              {form.errors.reserved}
            </Text>
          )}
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
