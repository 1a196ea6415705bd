import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeDetail } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { UnitSelect } from '../../../components/unit-select';
import { isApiError } from '../../../lib/api-client';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useGolongan } from '../../../lib/get-golongan';
import { serverFieldErrors } from '../../../lib/server-field-errors';
import { useNotify } from '../../../lib/use-notify';
import { useCorrectEmployee } from '../api/correct-employee';
import { useFindPositions } from '../api/find-positions';
import { type CorrectionForm, correctionBody, formOf } from './correction-values';

/** "Ubah data": an admin corrects one employee's record (not the NIP). */
export function CorrectEmployeeDialog({
  employee,
  onClose,
  onReload,
}: {
  employee: EmployeeDetail;
  onClose: () => void;
  /** Reads the record again after a 409 (someone else changed it). */
  onReload: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('employees.correct.title', { name: employee.fullName })}
      size="xl"
    >
      {/* A new version remounts the form with the record as it is now. */}
      <CorrectionFormView key={employee.version} employee={employee} onClose={onClose} onReload={onReload} />
    </ResponsiveModal>
  );
}

function CorrectionFormView({
  employee,
  onClose,
  onReload,
}: {
  employee: EmployeeDetail;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const correct = useCorrectEmployee();
  const notify = useNotify();
  const golongan = useGolongan();
  const initial = formOf(employee);
  const form = useForm<CorrectionForm>({
    initialValues: initial,
    validate: { name: (value) => (value.trim() === '' ? t('employees.correct.failed') : null) },
  });
  const stale = isApiError(correct.error, 409);
  const input = (field: keyof CorrectionForm) => form.getInputProps(field);

  const submit = (values: CorrectionForm) => {
    const body = correctionBody(initial, values, employee.version);
    if (!body) {
      notify({ color: 'gray', message: t('employees.correct.nothingChanged') });
      onClose();
      return;
    }
    correct.mutate(
      { id: employee.id, ...body },
      {
        onSuccess: (result) => {
          const notes = result.warnings.map((w) => w.message).join(' ');
          notify({
            color: result.warnings.length > 0 ? 'orange' : 'teal',
            message: notes ? `${t('employees.correct.warnings')} ${notes}` : t('employees.correct.saved'),
          });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error)),
      },
    );
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        <Text size="sm">{t('employees.correct.intro')}</Text>
        {stale ? (
          <Alert color="orange" title={t('employees.correct.failed')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('employees.correct.stale')}</Text>
              <Button size="compact-sm" variant="default" onClick={onReload}>
                {t('employees.correct.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          correct.isError && <ErrorAlert error={correct.error} title={t('employees.correct.failed')} />
        )}
        <Section title={t('employees.correct.identity')}>
          <TextInput label={t('employees.detail.name')} required {...input('name')} />
          <TextInput label={t('employees.detail.frontTitle')} {...input('frontTitle')} />
          <TextInput label={t('employees.detail.backTitle')} {...input('backTitle')} />
          <Select
            label={t('employees.detail.sex')}
            allowDeselect={false}
            data={(['M', 'F'] as const).map((sex) => ({ value: sex, label: labels.sex(sex) }))}
            {...input('sex')}
          />
          <TextInput type="date" label={t('employees.detail.birthDate')} {...input('birthDate')} />
          <Select
            label={t('employees.detail.status')}
            allowDeselect={false}
            data={['aktif', 'nonaktif'].map((status) => ({
              value: status,
              label: labels.employeeStatus(status),
            }))}
            {...input('status')}
          />
        </Section>
        <Section title={t('employees.correct.placement')}>
          <UnitSelect
            label={t('employees.detail.unit')}
            placeholder={t('employees.correct.unitPlaceholder')}
            clearLabel={t('employees.correct.clearUnit')}
            value={form.values.unitId === null ? undefined : Number(form.values.unitId)}
            onChange={(unitId) => form.setFieldValue('unitId', unitId === undefined ? null : String(unitId))}
            error={form.errors.unitId}
          />
          <PositionSelect
            employee={employee}
            value={form.values.positionId}
            onChange={(value) => form.setFieldValue('positionId', value)}
            error={form.errors.positionId}
          />
          <TextInput type="date" label={t('employees.detail.tmtJabatan')} {...input('tmtJabatan')} />
        </Section>
        <Section title={t('employees.correct.rank')}>
          <Select
            label={t('employees.detail.golongan')}
            placeholder={t('employees.correct.golonganPlaceholder')}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('employees.correct.clearGolongan') }}
            data={(golongan.data?.items ?? [])
              .filter((item) => item.employeeType === employee.employeeType)
              .map((item) => ({
                value: item.code,
                label: item.pangkat ? `${item.code} — ${item.pangkat}` : item.code,
              }))}
            {...input('golongan')}
          />
          <TextInput type="date" label={t('employees.detail.tmtGolongan')} {...input('tmtGolongan')} />
          <TextInput type="date" label={t('employees.detail.tmtCpns')} {...input('tmtCpns')} />
          {employee.employeeType === 'PNS' && (
            <TextInput type="date" label={t('employees.detail.tmtPns')} {...input('tmtPns')} />
          )}
        </Section>
        <Section title={t('employees.correct.educationSection')}>
          <TextInput label={t('employees.detail.educationLevel')} {...input('educationLevel')} />
          <TextInput label={t('employees.detail.educationName')} {...input('education')} />
        </Section>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('employees.correct.cancel')}
          </Button>
          <Button type="submit" loading={correct.isPending}>
            {t('employees.correct.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={3} size="h5" component="legend">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {children}
      </SimpleGrid>
    </Stack>
  );
}

/** Positions found by what the admin types; the current one stays listed. */
function PositionSelect({
  employee,
  value,
  onChange,
  error,
}: {
  employee: EmployeeDetail;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const found = useFindPositions(query, true);
  const current =
    employee.positionId !== null && employee.positionName
      ? [{ value: String(employee.positionId), label: employee.positionName }]
      : [];
  const options = [
    ...current,
    ...(found.data?.items ?? [])
      .filter((position) => position.id !== employee.positionId)
      .map((position) => ({ value: String(position.id), label: position.name })),
  ];
  return (
    <Select
      label={t('employees.detail.positionName')}
      placeholder={t('employees.correct.positionPlaceholder')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('employees.correct.clearPosition') }}
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('unitSelect.nothingFound')}
      error={error}
    />
  );
}
