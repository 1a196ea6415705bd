import { ROLES } from '@jenjang/domain/access';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { PasswordLink, Role } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { UnitSelect } from '../../../components/unit-select';
import { isApiError } from '../../../lib/api-client';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useErrorMessage } from '../../../lib/error-message';
import { useCreateAccount } from '../api/create-account';
import {
  DISPLAY_NAME_MAX_LENGTH,
  isValidEmail,
  isValidUsername,
  needsScopeUnit,
  normaliseUsername,
} from './account-rules';
import { EmployeePicker, type PickedEmployee } from './employee-picker';

export interface CreatedAccount {
  link: PasswordLink;
  username: string;
  displayName: string;
}

interface FormValues {
  username: string;
  displayName: string;
  role: Role;
  scopeUnitId: number | undefined;
  employee: PickedEmployee | null;
  email: string;
}

export function CreateAccountForm({
  onCreated,
  onCancel,
}: {
  onCreated: (created: CreatedAccount) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const message = useErrorMessage();
  const create = useCreateAccount();
  const form = useForm<FormValues>({
    initialValues: {
      username: '',
      displayName: '',
      role: 'pegawai',
      scopeUnitId: undefined,
      employee: null,
      email: '',
    },
    validate: {
      username: (value) => (isValidUsername(value) ? null : t('accounts.create.usernameInvalid')),
      displayName: (value) => {
        const name = value.trim();
        if (name === '') return t('accounts.create.displayNameRequired');
        if (name.length > DISPLAY_NAME_MAX_LENGTH)
          return t('accounts.create.displayNameTooLong', { max: DISPLAY_NAME_MAX_LENGTH });
        return null;
      },
      email: (value) => (isValidEmail(value) ? null : t('accounts.create.emailInvalid')),
      scopeUnitId: (value, values) =>
        needsScopeUnit(values.role) && value === undefined ? t('accounts.create.unitRequired') : null,
    },
  });
  const unitRequired = needsScopeUnit(form.values.role);

  const submit = (values: FormValues) => {
    const username = normaliseUsername(values.username);
    const displayName = values.displayName.trim();
    create.mutate(
      {
        username,
        displayName,
        role: values.role,
        employeeId: values.employee?.id ?? null,
        scopeUnitId: values.scopeUnitId ?? null,
        email: values.email.trim() === '' ? null : values.email.trim(),
      },
      {
        onSuccess: (link) => onCreated({ link, username, displayName }),
        onError: (error) => {
          if (isApiError(error, 409)) form.setFieldError('username', message(error));
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        {create.isError && <ErrorAlert error={create.error} title={t('accounts.create.failedTitle')} />}
        <TextInput
          label={t('accounts.create.username')}
          description={t('accounts.create.usernameHint')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          data-autofocus
          {...form.getInputProps('username')}
        />
        <TextInput
          label={t('accounts.create.displayName')}
          description={t('accounts.create.displayNameHint')}
          autoComplete="off"
          required
          {...form.getInputProps('displayName')}
        />
        <TextInput
          type="email"
          label={t('accounts.create.email')}
          description={t('accounts.create.emailHint')}
          autoComplete="off"
          {...form.getInputProps('email')}
        />
        <Select
          label={t('accounts.create.role')}
          data={ROLES.map((role) => ({ value: role, label: labels.role(role) }))}
          value={form.values.role}
          onChange={(value) => {
            const role = ROLES.find((option) => option === value);
            if (role) form.setFieldValue('role', role);
            form.clearFieldError('scopeUnitId');
          }}
          allowDeselect={false}
          required
        />
        <UnitSelect
          label={t('accounts.create.unit')}
          description={unitRequired ? t('accounts.create.unitHintRequired') : t('accounts.create.unitHint')}
          placeholder={
            unitRequired ? t('accounts.create.unitPlaceholderRequired') : t('accounts.create.unitPlaceholder')
          }
          clearLabel={t('accounts.create.clearUnit')}
          required={unitRequired}
          value={form.values.scopeUnitId}
          onChange={(unitId) => form.setFieldValue('scopeUnitId', unitId)}
          error={form.errors.scopeUnitId}
        />
        <EmployeePicker
          value={form.values.employee}
          onChange={(employee) => {
            form.setFieldValue('employee', employee);
            // Most accounts are named after their owner; fill the name in when it is still empty.
            if (employee && form.values.displayName.trim() === '')
              form.setFieldValue('displayName', employee.fullName);
          }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('accounts.create.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('accounts.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
