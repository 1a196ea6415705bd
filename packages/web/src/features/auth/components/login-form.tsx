import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../components/password-field';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/error-message';
import { useLogin } from '../api/login';

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const errorMessage = useErrorMessage();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => (value.trim() ? null : t('auth.login.usernameRequired')),
      password: (value) => (value ? null : t('auth.login.passwordRequired')),
    },
  });

  const failure = () => {
    const error = login.error;
    if (isApiError(error, 401) && !error.problem?.detail) return t('auth.login.invalid');
    if (isApiError(error, 429) && !error.problem?.detail) return t('auth.login.locked');
    return errorMessage(error);
  };

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        login.mutate({ username: values.username.trim(), password: values.password }, { onSuccess }),
      )}
    >
      <Stack gap="md">
        {login.isError && (
          <Alert color="red" variant="light" role="alert" title={t('auth.login.failedTitle')}>
            {failure()}
          </Alert>
        )}
        <TextInput
          label={t('auth.login.username')}
          description={t('auth.login.usernameHint')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          withAsterisk={false}
          key={form.key('username')}
          {...form.getInputProps('username')}
        />
        <PasswordField
          label={t('auth.login.password')}
          autoComplete="current-password"
          required
          withAsterisk={false}
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('auth.login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
