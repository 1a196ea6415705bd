import { CLOSE_MAX_YEARS_BACK } from '@jenjang/domain/people/unit-tree.rules';
import { addYears } from '@jenjang/domain/shared/calendar-date';
import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { Alert, Checkbox, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useUnitOptions } from '../../../components/use-unit-options';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useCloseUnit } from '../api/close-unit';
import { useMoveUnit } from '../api/move-unit';
import { OrgModal } from './org-modal';
import { DialogButtons } from './unit-name-dialogs';
import { openDescendants, subtreeIds, type TreeNode } from './unit-tree-model';

// Moving a unit (with its subtree) and closing one (with its subtree, its employees moved).

/** Open units outside `excluded` (a unit's own subtree), indented, searchable. */
function UnitPicker({
  excluded,
  value,
  onChange,
  label,
  placeholder,
  clearLabel,
  error,
}: {
  excluded: ReadonlySet<number>;
  value: string | null;
  onChange: (value: string | null) => void;
  label: string;
  placeholder: string;
  clearLabel: string;
  error?: React.ReactNode;
}) {
  const units = useUnitOptions(clearLabel);
  const data = units.selectProps.data.filter((option) => !excluded.has(Number(option.value)));
  return (
    <Select
      {...units.selectProps}
      data={data}
      label={label}
      placeholder={placeholder}
      value={value}
      onChange={onChange}
      error={error}
      required
      renderOption={({ option }) => (
        <Text size="sm" pl={(units.unitOf(option.value)?.depth ?? 0) * 14}>
          {option.label}
        </Text>
      )}
    />
  );
}

export function MoveUnitDialog({
  node,
  canUseTop,
  onClose,
}: {
  node: TreeNode;
  /** Only an admin of the whole government may place a unit at the top. */
  canUseTop: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('organisation');
  const move = useMoveUnit();
  const notify = useNotify();
  const form = useForm<{ toTop: boolean; parent: string | null }>({
    initialValues: { toTop: false, parent: null },
    validate: { parent: (value, values) => (values.toTop || value ? null : t('move.parentRequired')) },
  });

  const submit = (values: { toTop: boolean; parent: string | null }) =>
    move.mutate(
      { id: node.unit.id, parentId: values.toTop ? null : Number(values.parent) },
      {
        onSuccess: () => {
          notify({ color: 'teal', message: t('move.done', { name: node.unit.name }) });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );

  return (
    <OrgModal title={t('move.title', { name: node.unit.name })} opened onClose={onClose}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          <Text size="sm">{t('move.intro', { count: node.descendants })}</Text>
          {move.isError && <ErrorAlert error={move.error} />}
          {canUseTop && node.unit.parentId !== null && (
            <Checkbox label={t('move.toTop')} {...form.getInputProps('toTop', { type: 'checkbox' })} />
          )}
          {!form.values.toTop && (
            <UnitPicker
              excluded={subtreeIds(node)}
              label={t('move.parent')}
              placeholder={t('move.parentPlaceholder')}
              clearLabel={t('move.clearParent')}
              value={form.values.parent}
              onChange={(value) => form.setFieldValue('parent', value)}
              error={form.errors.parent}
            />
          )}
          <DialogButtons submit={t('move.submit')} busy={move.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </OrgModal>
  );
}

export function CloseUnitDialog({ node, onClose }: { node: TreeNode; onClose: () => void }) {
  const { t } = useTranslation('organisation');
  const format = useFormat();
  const close = useCloseUnit();
  const notify = useNotify();
  const today = calendarDateIn(new Date(), format.timeZone);
  // Null when this reader gets no headcounts: the target is then asked for, and the server says
  // (409) whether the unit still holds anyone.
  const employees = node.subtreeEmployees;
  const subUnits = openDescendants(node);
  const form = useForm<{ closedOn: string; target: string | null }>({
    initialValues: { closedOn: today, target: null },
    validate: {
      closedOn: (value) => (value ? null : t('close.dateRequired')),
      target: (value) => (employees !== null && employees > 0 && !value ? t('close.targetRequired') : null),
    },
  });

  const submit = (values: { closedOn: string; target: string | null }) =>
    close.mutate(
      {
        id: node.unit.id,
        closedOn: values.closedOn,
        moveEmployeesTo: values.target ? Number(values.target) : null,
      },
      {
        onSuccess: (result) => {
          const moved = result.movedEmployees;
          notify({ color: 'teal', message: t('close.done', { name: node.unit.name, moved, count: moved }) });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, 'body/')),
      },
    );

  return (
    <OrgModal title={t('close.title', { name: node.unit.name })} opened onClose={onClose}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          <Text size="sm">{t('close.intro')}</Text>
          {subUnits > 0 && (
            <Alert color="orange" variant="light">
              {t('close.subtree', { count: subUnits })}
            </Alert>
          )}
          {close.isError && <ErrorAlert error={close.error} />}
          <TextInput
            type="date"
            label={t('close.date')}
            description={t('close.dateDescription')}
            min={addYears(today, -CLOSE_MAX_YEARS_BACK)}
            max={today}
            required
            {...form.getInputProps('closedOn')}
          />
          <Text size="sm" fw={500}>
            {employees === null
              ? t('close.employeesUnknown')
              : employees > 0
                ? t('close.employees', { count: employees, formatted: format.number(employees) })
                : t('close.noEmployees')}
          </Text>
          {(employees === null || employees > 0) && (
            <UnitPicker
              excluded={subtreeIds(node)}
              label={t('close.target')}
              placeholder={t('close.targetPlaceholder')}
              clearLabel={t('close.clearTarget')}
              value={form.values.target}
              onChange={(value) => form.setFieldValue('target', value)}
              error={form.errors.target}
            />
          )}
          <DialogButtons submit={t('close.submit')} busy={close.isPending} onCancel={onClose} color="red.9" />
        </Stack>
      </form>
    </OrgModal>
  );
}
