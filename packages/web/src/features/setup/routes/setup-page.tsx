import { Alert, Button, Code, List, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../../components/page-title';
import { PublicLayout } from '../../../components/public-layout';
import { instanceQueryOptions } from '../../../lib/instance';

/** What the operator types; the code, name and type are the example's, to be replaced. */
const COMMAND = 'npm run jenjang -- tenant create --code 21.72 --name "Kota Tanjungpinang" --type kota';

/**
 * The first visitor of a fresh database without demo data: no government and no account exist, so
 * a sign-in form would lead nowhere. Says who sets up the first government, and how.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [stillEmpty, setStillEmpty] = useState(false);
  const [checking, setChecking] = useState(false);
  useTitle(t('setup.title'));

  const check = async () => {
    setChecking(true);
    try {
      const instance = await queryClient.fetchQuery({ ...instanceQueryOptions, staleTime: 0 });
      if (instance.setupNeeded) setStillEmpty(true);
      else await router.navigate({ to: '/login' });
    } finally {
      setChecking(false);
    }
  };

  return (
    <PublicLayout>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('setup.title')}
        </Title>
        <Text>{t('setup.intro')}</Text>
        <List type="ordered" spacing="sm">
          <List.Item>
            <Stack gap="xs">
              <Text>{t('setup.step1')}</Text>
              <Code
                block
                aria-label={t('setup.commandLabel')}
                style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
              >
                {COMMAND}
              </Code>
            </Stack>
          </List.Item>
          <List.Item>{t('setup.step2')}</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          {t('setup.options')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('setup.docs')}
        </Text>
        {stillEmpty && (
          <Alert color="orange" variant="light" role="alert">
            {t('setup.stillEmpty')}
          </Alert>
        )}
        <Button onClick={() => void check()} loading={checking}>
          {t('setup.check')}
        </Button>
      </Stack>
    </PublicLayout>
  );
}
