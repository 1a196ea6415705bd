import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { PasswordLink } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/error-message';
import { useCreateAccount } from '../api/create-account';
import { AccountAccessFields, type AccountFieldValues, useAccountFieldRules } from './account-fields';
import { conflictField, isValidUsername, normaliseUsername } from './account-rules';
import { EmployeePicker } from './employee-picker';

export interface CreatedAccount {
  link: PasswordLink;
  username: string;
  displayName: string;
}

interface FormValues extends AccountFieldValues {
  username: string;
}

export function CreateAccountForm({
  onCreated,
  onCancel,
}: {
  onCreated: (created: CreatedAccount) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('accounts');
  const message = useErrorMessage();
  const create = useCreateAccount();
  const rules = useAccountFieldRules();
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
      ...rules,
    },
  });

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
        <AccountAccessFields form={form} />
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
