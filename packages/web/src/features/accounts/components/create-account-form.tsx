import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { PasswordLink, Role } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { UnitSelect } from '../../../components/unit-select';
import { isApiError } from '../../../lib/api-client';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useErrorMessage } from '../../../lib/error-message';
import { useMe } from '../../../lib/session';
import { useCreateAccount } from '../api/create-account';
import {
  conflictField,
  DISPLAY_NAME_MAX_LENGTH,
  grantableRoles,
  isValidEmail,
  isValidUsername,
  mustScope,
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
  const { t } = useTranslation('accounts');
  const labels = useDomainLabels();
  const message = useErrorMessage();
  const create = useCreateAccount();
  const me = useMe();
  // Only roles the user may give; a user limited to one unit gives accounts limited to it.
  const roles = grantableRoles(me);
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
      username: (value) => (isValidUsername(value) ? null : t('create.usernameInvalid')),
      displayName: (value) => {
        const name = value.trim();
        if (name === '') return t('create.displayNameRequired');
        if (name.length > DISPLAY_NAME_MAX_LENGTH)
          return t('create.displayNameTooLong', { max: DISPLAY_NAME_MAX_LENGTH });
        return null;
      },
      email: (value) => (isValidEmail(value) ? null : t('create.emailInvalid')),
      scopeUnitId: (value, values) =>
        mustScope(me, values.role) && value === undefined
          ? me.scopeUnit
            ? t('edit.unitRequiredScoped')
            : t('create.unitRequired')
          : null,
    },
  });
  const unitRequired = mustScope(me, form.values.role);

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
          const field = isApiError(error, 409) ? conflictField(error.problem) : null;
          if (field) form.setFieldError(field, message(error));
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="md">
        {create.isError && <ErrorAlert error={create.error} title={t('create.failedTitle')} />}
        <TextInput
          label={t('create.username')}
          description={t('create.usernameHint')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          data-autofocus
          {...form.getInputProps('username')}
        />
        <TextInput
          label={t('create.displayName')}
          description={t('create.displayNameHint')}
          autoComplete="off"
          required
          {...form.getInputProps('displayName')}
        />
        <TextInput
          type="email"
          label={t('create.email')}
          description={t('create.emailHint')}
          autoComplete="off"
          {...form.getInputProps('email')}
        />
        <Select
          label={t('create.role')}
          data={roles.map((role) => ({ value: role, label: labels.role(role) }))}
          value={form.values.role}
          onChange={(value) => {
            const role = roles.find((option) => option === value);
            if (role) form.setFieldValue('role', role);
            form.clearFieldError('scopeUnitId');
          }}
          allowDeselect={false}
          required
        />
        <UnitSelect
          label={t('create.unit')}
          description={unitRequired ? t('create.unitHintRequired') : t('create.unitHint')}
          placeholder={unitRequired ? t('create.unitPlaceholderRequired') : t('create.unitPlaceholder')}
          clearLabel={t('create.clearUnit')}
          required={unitRequired}
          value={form.values.scopeUnitId}
          onChange={(unitId) => form.setFieldValue('scopeUnitId', unitId)}
          error={form.errors.scopeUnitId}
        />
        <EmployeePicker
          value={form.values.employee}
          error={typeof form.errors.employee === 'string' ? form.errors.employee : null}
          onChange={(employee) => {
            form.setFieldValue('employee', employee);
            // Most accounts are named after their owner; fill the name in when it is still empty.
            if (employee && form.values.displayName.trim() === '')
              form.setFieldValue('displayName', employee.fullName);
          }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('create.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
