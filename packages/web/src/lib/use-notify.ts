import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Shows a notification whose close button is named for screen readers (Mantine leaves it unnamed). */
export function useNotify() {
  const { t } = useTranslation();
  return useCallback(
    (notification: { color: string; message: string; title?: string }) =>
      notifications.show({ ...notification, closeButtonProps: { 'aria-label': t('common.close') } }),
    [t],
  );
}
