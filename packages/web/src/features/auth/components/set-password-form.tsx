import { Alert, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { AnchorLink } from '../../../components/router-links';
import { isApiError } from '../../../lib/api-client';
import { useSetPassword } from '../api/set-password';
import { NewPasswordFields } from './new-password-fields';
import { confirmPasswordError, fieldErrors, newPasswordError } from './password-policy';

/** `onDone`: the link is used up (the page forgets its token). */
export function SetPasswordForm({ token, onDone }: { token: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const setPassword = useSetPassword();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { newPassword: '', confirmPassword: '' },
    validate: {
      newPassword: (value) => newPasswordError(t, value),
      confirmPassword: (value, values) => confirmPasswordError(t, value, values.newPassword),
    },
  });

  if (setPassword.isSuccess) {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" role="status" title={t('auth.setPassword.doneTitle')}>
          {t('auth.setPassword.done')}
        </Alert>
        <AnchorLink to="/login">{t('auth.setPassword.toLogin')}</AnchorLink>
      </Stack>
    );
  }

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        setPassword.mutate(
          { token, newPassword: values.newPassword },
          {
            onSuccess: () => onDone?.(),
            onError: (error) => {
              if (isApiError(error, 400)) form.setErrors(fieldErrors(error.problem?.errors));
            },
          },
        ),
      )}
    >
      <Stack gap="md">
        {setPassword.isError && (
          <ErrorAlert error={setPassword.error} title={t('auth.setPassword.failedTitle')} />
        )}
        <NewPasswordFields form={form} />
        <Button type="submit" loading={setPassword.isPending} fullWidth>
          {t('auth.setPassword.submit')}
        </Button>
        <Text size="sm">
          <AnchorLink to="/login">{t('auth.setPassword.toLogin')}</AnchorLink>
        </Text>
      </Stack>
    </form>
  );
}
