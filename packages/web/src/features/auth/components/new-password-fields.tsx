import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../components/password-field';
import { PASSWORD_MIN_LENGTH } from './password-policy';

interface NewPasswordValues {
  newPassword: string;
  confirmPassword: string;
}

/** The new password and its confirmation, as both the change and the set-password forms ask. */
export function NewPasswordFields<T extends NewPasswordValues>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordField
        label={t('auth.password.new')}
        description={t('auth.password.rule', { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        withAsterisk={false}
        key={form.key('newPassword')}
        {...form.getInputProps('newPassword')}
      />
      <PasswordField
        label={t('auth.password.confirm')}
        autoComplete="new-password"
        required
        withAsterisk={false}
        key={form.key('confirmPassword')}
        {...form.getInputProps('confirmPassword')}
      />
    </>
  );
}
