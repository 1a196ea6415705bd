import { Button, Group, Stack, Text } from '@mantine/core';
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client';
import { useErrorMessage } from '../lib/error-message';
import { ForbiddenMessage, NotFoundMessage } from './not-found';
import { PageTitle } from './page-title';

/** What a route shows when loading or rendering it failed. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  const message = useErrorMessage();

  if (isApiError(error, 403)) return <ForbiddenMessage />;
  if (isApiError(error, 404)) return <NotFoundMessage />;

  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <Stack gap="md" align="flex-start" role="alert">
      <PageTitle title={t('errors.boundary.title')} />
      <Text>
        {isApiError(error) || error instanceof TypeError ? message(error) : t('errors.boundary.body')}
      </Text>
      <Group>
        <Button onClick={retry}>{t('common.retry')}</Button>
        <Button variant="default" onClick={() => window.location.reload()}>
          {t('errors.boundary.reload')}
        </Button>
      </Group>
    </Stack>
  );
}
