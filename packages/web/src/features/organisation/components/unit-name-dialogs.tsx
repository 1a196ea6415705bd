import { UNIT_KINDS, type UnitKind } from '@jenjang/domain/people/unit-tree.rules';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useDomainLabels } from '../../../lib/domain-labels';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useCreateUnit } from '../api/create-unit';
import { useRenameUnit } from '../api/rename-unit';
import { OrgModal } from './org-modal';
import type { TreeNode } from './unit-tree-model';

// Adding a unit (at the top, or under one) and renaming one.

/** Kinds offered at the top of the tree and below it; the import's generic 'opd'/'unit' are not. */
const TOP_KINDS: readonly UnitKind[] = [
  'dinas',
  'badan',
  'sekretariat',
  'inspektorat',
  'kecamatan',
  'rsud',
  'sudin',
  'kota_administrasi',
  'kabupaten_administrasi',
];
const INNER_KINDS: readonly UnitKind[] = UNIT_KINDS.filter(
  (kind) => !TOP_KINDS.includes(kind) && kind !== 'opd' && kind !== 'unit',
);

function useNameRule() {
  const { t } = useTranslation('organisation');
  return (value: string) => {
    const name = value.trim();
    if (name === '') return t('form.required');
    return name.length < 2 ? t('form.tooShort') : null;
  };
}

export function CreateUnitDialog({ parent, onClose }: { parent: TreeNode | null; onClose: () => void }) {
  const { t } = useTranslation('organisation');
  const labels = useDomainLabels();
  const create = useCreateUnit();
  const notify = useNotify();
  const nameRule = useNameRule();
  const kinds = parent === null ? TOP_KINDS : INNER_KINDS;
  const form = useForm<{ name: string; kind: string | null }>({
    initialValues: { name: '', kind: parent === null ? 'dinas' : 'bidang' },
    validate: { name: nameRule, kind: (value) => (value ? null : t('form.required')) },
  });
  const title = parent === null ? t('create.titleTop') : t('create.titleChild', { parent: parent.unit.name });

  const submit = (values: { name: string; kind: string | null }) =>
    create.mutate(
      { name: values.name.trim(), kind: values.kind as UnitKind, parentId: parent?.unit.id ?? null },
      {
        onSuccess: (unit) => {
          notify({ color: 'teal', message: t('create.done', { name: unit.name }) });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );

  return (
    <OrgModal title={title} opened onClose={onClose}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {create.isError && <ErrorAlert error={create.error} />}
          <TextInput label={t('form.name')} required data-autofocus {...form.getInputProps('name')} />
          <Select
            label={t('form.kind')}
            required
            allowDeselect={false}
            data={kinds.map((kind) => ({ value: kind, label: labels.unitKind(kind) }))}
            {...form.getInputProps('kind')}
          />
          <DialogButtons submit={t('create.submit')} busy={create.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </OrgModal>
  );
}

export function RenameUnitDialog({ node, onClose }: { node: TreeNode; onClose: () => void }) {
  const { t } = useTranslation('organisation');
  const rename = useRenameUnit();
  const notify = useNotify();
  const nameRule = useNameRule();
  const form = useForm({ initialValues: { name: node.unit.name }, validate: { name: nameRule } });

  const submit = (values: { name: string }) =>
    rename.mutate(
      { id: node.unit.id, name: values.name.trim() },
      {
        onSuccess: (unit) => {
          notify({ color: 'teal', message: t('rename.done', { name: unit.name }) });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );

  return (
    <OrgModal title={t('rename.title', { name: node.unit.name })} opened onClose={onClose}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {rename.isError && <ErrorAlert error={rename.error} />}
          <TextInput label={t('form.name')} required data-autofocus {...form.getInputProps('name')} />
          <DialogButtons submit={t('rename.submit')} busy={rename.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </OrgModal>
  );
}

export function DialogButtons({
  submit,
  busy,
  onCancel,
  color,
}: {
  submit: string;
  busy: boolean;
  onCancel: () => void;
  color?: string;
}) {
  const { t } = useTranslation('organisation');
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        {t('form.cancel')}
      </Button>
      <Button type="submit" loading={busy} color={color}>
        {submit}
      </Button>
    </Group>
  );
}
