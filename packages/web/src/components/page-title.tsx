import { Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title as well: '<page> · Jenjang'. */
export function useTitle(title: string): void {
  const { t } = useTranslation();
  useDocumentTitle(title ? t('app.documentTitle', { page: title }) : t('app.name'));
}

/** The page's single h1, which also names the browser tab. */
export function PageTitle({ title, documentTitle }: { title: string; documentTitle?: string }) {
  useTitle(documentTitle ?? title);
  return (
    <Title order={1} size="h2">
      {title}
    </Title>
  );
}
