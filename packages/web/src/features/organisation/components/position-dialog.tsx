import { FUNGSIONAL_LEVELS, POSITION_KINDS } from '@jenjang/domain/people/position';
import { Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { FungsionalLevel, Position, PositionKind } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { useDomainLabels } from '../../../lib/domain-labels';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useSavePosition } from '../api/save-position';
import { OrgModal } from './org-modal';
import { DialogButtons } from './unit-name-dialogs';

interface Values {
  name: string;
  kind: string | null;
  level: string | null;
}

/** A new position, or one to edit: name, kind (UU 20/2023) and, for fungsional, its jenjang. */
export function PositionDialog({ position, onClose }: { position: Position | null; onClose: () => void }) {
  const { t } = useTranslation('organisation');
  const labels = useDomainLabels();
  const format = useFormat();
  const save = useSavePosition();
  const notify = useNotify();
  const form = useForm<Values>({
    initialValues: {
      name: position?.name ?? '',
      kind: position?.kind ?? null,
      level: position?.level ?? null,
    },
    validate: {
      name: (value) => (value.trim().length < 2 ? t('form.tooShort') : null),
      kind: (value) => (value ? null : t('positionForm.kindRequired')),
      level: (value, values) =>
        values.kind === 'fungsional' && !value ? t('positionForm.levelRequired') : null,
    },
  });
  const fungsional = form.values.kind === 'fungsional';

  const submit = (values: Values) =>
    save.mutate(
      {
        id: position?.id ?? null,
        name: values.name.trim(),
        kind: values.kind as PositionKind,
        level: values.kind === 'fungsional' ? (values.level as FungsionalLevel) : null,
      },
      {
        onSuccess: (saved) => {
          notify({
            color: 'teal',
            message: t(position ? 'positionForm.updated' : 'positionForm.created', { name: saved.name }),
          });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );

  return (
    <OrgModal
      title={t(position ? 'positionForm.titleEdit' : 'positionForm.titleNew')}
      opened
      onClose={onClose}
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {save.isError && <ErrorAlert error={save.error} />}
          <TextInput label={t('positionForm.name')} required data-autofocus {...form.getInputProps('name')} />
          <Select
            label={t('positionForm.kind')}
            description={t('positionForm.kindDescription')}
            required
            allowDeselect={false}
            data={POSITION_KINDS.map((kind) => ({ value: kind, label: labels.positionKind(kind) }))}
            {...form.getInputProps('kind')}
          />
          {fungsional && (
            <Select
              label={t('positionForm.level')}
              description={t('positionForm.levelDescription')}
              required
              allowDeselect={false}
              data={FUNGSIONAL_LEVELS.map((level) => ({
                value: level,
                label: labels.fungsionalLevel(level),
              }))}
              {...form.getInputProps('level')}
            />
          )}
          {position?.employeeCount != null && position.employeeCount > 0 && (
            <Text size="sm" c="dimmed">
              {t('positionForm.holdersNote', {
                count: position.employeeCount,
                formatted: format.number(position.employeeCount),
              })}
            </Text>
          )}
          <DialogButtons submit={t('positionForm.submit')} busy={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </OrgModal>
  );
}
