import { DEVELOPMENT_PATH_CODES, type DevelopmentPath } from '@jenjang/domain/competency/development-paths';
import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { EmployeeDetail } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { usePathName } from '../../../lib/development-paths';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useRecordDevelopment } from '../api/record-development';

interface Values {
  kind: string;
  name: string;
  category: string;
  pathCode: string | null;
  institution: string;
  certificateNumber: string;
  startedOn: string;
  endedOn: string;
  jp: number | string;
}

/** "Catat kegiatan": one completed training or course with its JP, ended by today at the latest. */
export function RecordDevelopmentDialog({
  employee,
  onClose,
}: {
  employee: EmployeeDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const notify = useNotify();
  const pathName = usePathName();
  const record = useRecordDevelopment(employee.id);
  const today = calendarDateIn(new Date(), format.timeZone);
  const form = useForm<Values>({
    initialValues: {
      kind: 'diklat',
      name: '',
      category: '',
      pathCode: null,
      institution: '',
      certificateNumber: '',
      startedOn: '',
      endedOn: today,
      jp: '',
    },
    validate: {
      name: (value) => (value.trim() ? null : t('item.required')),
      endedOn: (value, values) => {
        if (!value) return t('item.required');
        if (value > today) return t('recordDialog.future');
        return values.startedOn && values.startedOn > value ? t('recordDialog.order') : null;
      },
      jp: (value) => (value === '' || Number(value) <= 0 ? t('item.positive') : null),
    },
  });
  const submit = (values: Values) =>
    record.mutate(
      {
        kind: values.kind as 'diklat' | 'kursus',
        name: values.name.trim(),
        category: values.category.trim() || null,
        pathCode: (values.pathCode as DevelopmentPath | null) ?? null,
        institution: values.institution.trim() || null,
        certificateNumber: values.certificateNumber.trim() || null,
        startedOn: values.startedOn || null,
        endedOn: values.endedOn,
        jp: Number(values.jp),
      },
      {
        onSuccess: (saved) => {
          notify({ color: 'teal', message: t('recordDialog.done', { jp: format.number(saved.jp) }) });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  return (
    <ResponsiveModal opened onClose={onClose} title={t('recordDialog.title')} size="lg">
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {record.isError && <ErrorAlert error={record.error} />}
          <TextInput
            label={t('recordDialog.name')}
            required
            maxLength={300}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label={t('recordDialog.kind')}
              required
              allowDeselect={false}
              data={(['diklat', 'kursus'] as const).map((kind) => ({
                value: kind,
                label: t(`jp.kind.${kind}`),
              }))}
              miw={160}
              {...form.getInputProps('kind')}
            />
            <NumberInput
              label={t('recordDialog.jp')}
              required
              min={0}
              decimalScale={2}
              miw={120}
              {...form.getInputProps('jp')}
            />
          </Group>
          <Select
            label={t('recordDialog.path')}
            placeholder={t('recordDialog.pathNone')}
            clearable
            searchable
            clearButtonProps={{ 'aria-label': t('recordDialog.pathNone') }}
            data={DEVELOPMENT_PATH_CODES.map((code) => ({ value: code, label: pathName(code) }))}
            comboboxProps={{ width: 'target', position: 'bottom-start' }}
            {...form.getInputProps('pathCode')}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={t('recordDialog.startedOn')}
              max={today}
              miw={170}
              {...form.getInputProps('startedOn')}
            />
            <TextInput
              type="date"
              label={t('recordDialog.endedOn')}
              required
              max={today}
              miw={170}
              {...form.getInputProps('endedOn')}
            />
          </Group>
          <TextInput
            label={t('recordDialog.institution')}
            maxLength={300}
            {...form.getInputProps('institution')}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('recordDialog.category')}
              maxLength={200}
              miw={170}
              {...form.getInputProps('category')}
            />
            <TextInput
              label={t('recordDialog.certificate')}
              maxLength={200}
              miw={170}
              {...form.getInputProps('certificateNumber')}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('transition.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('recordDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
