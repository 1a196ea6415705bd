import { Alert, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PasswordField } from '../../../components/password-field';
import { isApiError } from '../../../lib/api-client';
import { useChangePassword } from '../api/change-password';
import { NewPasswordFields } from './new-password-fields';
import { confirmPasswordError, fieldErrors, newPasswordError } from './password-policy';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('auth.password.currentRequired')),
      newPassword: (value, values) =>
        newPasswordError(t, value) ??
        (value === values.currentPassword ? t('auth.password.sameAsCurrent') : null),
      confirmPassword: (value, values) => confirmPasswordError(t, value, values.newPassword),
    },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        change.reset();
        change.mutate(
          { currentPassword: values.currentPassword, newPassword: values.newPassword },
          {
            onSuccess: () => form.reset(),
            onError: (error) => {
              if (isApiError(error, 400)) form.setErrors(fieldErrors(error.problem?.errors));
            },
          },
        );
      })}
    >
      <Stack gap="md" maw={420}>
        {change.isSuccess && (
          <Alert color="teal" variant="light" role="status" title={t('auth.password.changedTitle')}>
            {t('auth.password.changed')}
          </Alert>
        )}
        {change.isError && <ErrorAlert error={change.error} title={t('auth.password.failedTitle')} />}
        <PasswordField
          label={t('auth.password.current')}
          autoComplete="current-password"
          required
          withAsterisk={false}
          key={form.key('currentPassword')}
          {...form.getInputProps('currentPassword')}
        />
        <NewPasswordFields form={form} />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('auth.password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
