import { Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../../components/page-title';
import { PublicLayout } from '../../../components/public-layout';
import { useInstance } from '../../../lib/instance';
import { LoginForm } from '../components/login-form';
import { safeRedirect } from './login-search';

const route = getRouteApi('/login');

export function LoginPage() {
  const { t } = useTranslation();
  const router = useRouter();
  const search = route.useSearch();
  const demo = useInstance()?.demo ?? false;
  useTitle(t('auth.login.title'));

  return (
    <PublicLayout>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('auth.login.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('auth.login.intro')}
          </Text>
        </Stack>
        <LoginForm onSuccess={() => router.history.push(safeRedirect(search.redirect))} />
        {demo && (
          <Text size="sm" c="dimmed">
            {t('auth.login.demoHint')}
          </Text>
        )}
      </Stack>
    </PublicLayout>
  );
}
