import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * For admins, never printed: without PUBLIC_URL the poster carries the address this page was
 * opened from, which may be one citizens cannot reach (127.0.0.1, an internal name).
 */
export function PublicUrlNote({ url, className }: { url: string; className?: string }) {
  const { t } = useTranslation('surveyAdmin');
  return (
    <Alert color="orange" variant="light" title={t('poster.noPublicUrl.title')} className={className}>
      {t('poster.noPublicUrl.body', { url })}
    </Alert>
  );
}
