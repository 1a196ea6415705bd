import { Alert, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../../components/page-title';
import { PublicLayout } from '../../../components/public-layout';
import { AnchorLink } from '../../../components/router-links';
import { SetPasswordForm } from '../components/set-password-form';

const route = getRouteApi('/set-password');

export function SetPasswordPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  useTitle(t('auth.setPassword.title'));

  return (
    <PublicLayout>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('auth.setPassword.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('auth.setPassword.intro')}
          </Text>
        </Stack>
        {token ? (
          <SetPasswordForm token={token} />
        ) : (
          <Stack gap="md">
            <Alert color="red" variant="light" role="alert" title={t('auth.setPassword.noTokenTitle')}>
              {t('auth.setPassword.noToken')}
            </Alert>
            <AnchorLink to="/login">{t('auth.setPassword.toLogin')}</AnchorLink>
          </Stack>
        )}
      </Stack>
    </PublicLayout>
  );
}
