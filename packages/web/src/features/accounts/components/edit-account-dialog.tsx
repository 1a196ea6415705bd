import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AccountSummary, UpdateAccountRequest } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/error-message';
import { useMe } from '../../../lib/session';
import { useUpdateAccount } from '../api/change-account';
import { AccountAccessFields, type AccountFieldValues, useAccountFieldRules } from './account-fields';
import { conflictField } from './account-rules';
import { EmployeePicker } from './employee-picker';

interface EditAccountDialogProps {
  account: AccountSummary | null;
  onClose: () => void;
  onClosed: () => void;
  onSaved: (account: AccountSummary) => void;
}

/** Changes an account's name, e-mail, role, unit and employee: roles and units only as far as the user's own reach. */
export function EditAccountDialog({ account, onClose, onClosed, onSaved }: EditAccountDialogProps) {
  const { t } = useTranslation('accounts');
  const { t: common } = useTranslation();
  return (
    <ResponsiveModal
      opened={account !== null}
      onClose={onClose}
      title={account && t('edit.title', { username: account.username })}
      size="lg"
      returnFocus={false}
      onExitTransitionEnd={onClosed}
      closeButtonProps={{ 'aria-label': common('common.close') }}
    >
      {account && <EditAccountForm key={account.id} account={account} onCancel={onClose} onSaved={onSaved} />}
    </ResponsiveModal>
  );
}

function EditAccountForm({
  account,
  onCancel,
  onSaved,
}: {
  account: AccountSummary;
  onCancel: () => void;
  onSaved: (account: AccountSummary) => void;
}) {
  const { t } = useTranslation('accounts');
  const message = useErrorMessage();
  const me = useMe();
  const update = useUpdateAccount();
  const initial: AccountFieldValues = {
    displayName: account.displayName,
    email: account.email ?? '',
    role: account.role,
    scopeUnitId: account.scopeUnit?.id,
    employee:
      account.employeeId !== null
        ? {
            id: account.employeeId,
            fullName: account.employeeName ?? `#${account.employeeId}`,
            nipFormatted: '',
          }
        : null,
  };
  const rules = useAccountFieldRules();
  const form = useForm<AccountFieldValues>({ initialValues: initial, validate: rules });

  const submit = (values: AccountFieldValues) => {
    // Only what changed is sent: the server audits exactly those fields.
    const body: UpdateAccountRequest = {};
    if (values.displayName.trim() !== initial.displayName) body.displayName = values.displayName.trim();
    const email = values.email.trim() === '' ? null : values.email.trim();
    if (email !== account.email) body.email = email;
    if (values.role !== initial.role) body.role = values.role;
    if (values.scopeUnitId !== initial.scopeUnitId) body.scopeUnitId = values.scopeUnitId ?? null;
    const employeeId = values.employee?.id ?? null;
    if (employeeId !== account.employeeId) body.employeeId = employeeId;
    if (Object.keys(body).length === 0) return onCancel();
    update.mutate(
      { id: account.id, body },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isApiError(error, 409) && conflictField(error.problem) === 'employee') {
            form.setFieldError('employee', message(error));
          }
        },
      },
    );
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {me.scopeUnit ? t('edit.scopeRequired') : t('edit.intro')}
        </Text>
        {/* A taken employee is said at its field; every other refusal here. */}
        {update.isError && !form.errors.employee && (
          <ErrorAlert error={update.error} title={t('actions.failed')} />
        )}
        <TextInput
          label={t('create.displayName')}
          autoComplete="off"
          required
          data-autofocus
          {...form.getInputProps('displayName')}
        />
        <AccountAccessFields form={form} />
        <EmployeePicker
          value={form.values.employee}
          onChange={(employee) => form.setFieldValue('employee', employee)}
          error={typeof form.errors.employee === 'string' ? form.errors.employee : null}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('edit.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('edit.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
