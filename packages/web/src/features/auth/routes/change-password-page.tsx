import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { ChangePasswordForm } from '../components/change-password-form';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle title={t('auth.password.title')} />
        <Text c="dimmed" size="sm">
          {t('auth.password.intro')}
        </Text>
      </Stack>
      <ChangePasswordForm />
    </Stack>
  );
}
