import { Alert, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../../components/page-title';
import { PublicLayout } from '../../../components/public-layout';
import { AnchorLink } from '../../../components/router-links';
import { SetPasswordForm } from '../components/set-password-form';

const route = getRouteApi('/set-password');
const TOKEN_KEY = 'jenjang.setPasswordToken';

/**
 * The link's token, taken out of the address at once so it stays out of the browser's history
 * and of any later request's Referer; kept for this tab only, so a reload still works.
 */
function useLinkToken(): string | undefined {
  const fromAddress = route.useSearch().token;
  const navigate = useNavigate();
  const [token] = useState(() => fromAddress ?? sessionStorage.getItem(TOKEN_KEY) ?? undefined);
  useEffect(() => {
    if (!fromAddress) return;
    sessionStorage.setItem(TOKEN_KEY, fromAddress);
    void navigate({ to: '/set-password', search: {}, replace: true });
  }, [fromAddress, navigate]);
  return token;
}

export function SetPasswordPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
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
          <SetPasswordForm token={token} onDone={() => sessionStorage.removeItem(TOKEN_KEY)} />
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
