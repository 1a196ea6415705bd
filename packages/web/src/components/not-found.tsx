import { Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from './page-title';
import { AnchorLink } from './router-links';

/** The message itself, for use inside a layout that already has a main region. */
export function NotFoundMessage({ title, body }: { title?: string; body?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" align="flex-start">
      <PageTitle title={title ?? t('errors.notFound.title')} />
      <Text>{body ?? t('errors.notFound.body')}</Text>
      <AnchorLink to="/">{t('errors.notFound.home')}</AnchorLink>
    </Stack>
  );
}

/** In place of a page the signed-in user may not use. */
export function ForbiddenMessage() {
  const { t } = useTranslation();
  return <NotFoundMessage title={t('errors.forbidden.title')} body={t('errors.forbidden.body')} />;
}

/** A whole page for an unknown address. */
export function NotFoundPage() {
  return (
    <Container size="sm" py="xl" component="main" id="main-content">
      <NotFoundMessage />
    </Container>
  );
}
