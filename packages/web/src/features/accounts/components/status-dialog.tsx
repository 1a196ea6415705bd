import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';

interface StatusDialogProps {
  /** The account to disable (when active) or enable again (when disabled); null: closed. */
  account: AccountSummary | null;
  busy: boolean;
  error: unknown;
  onConfirm: (account: AccountSummary) => void;
  onClose: () => void;
  onClosed: () => void;
}

/** Asks before an account is disabled or enabled again, and says what that does. */
export function StatusDialog({ account, busy, error, onConfirm, onClose, onClosed }: StatusDialogProps) {
  const { t } = useTranslation('accounts');
  const { t: common } = useTranslation();
  const disabling = account?.status === 'active';
  const names = account ? { username: account.username, name: account.displayName } : {};
  return (
    <ResponsiveModal
      opened={account !== null}
      onClose={onClose}
      title={account && (disabling ? t('confirm.disableTitle', names) : t('confirm.enableTitle', names))}
      returnFocus={false}
      onExitTransitionEnd={onClosed}
      closeButtonProps={{ 'aria-label': common('common.close') }}
    >
      {account && (
        <Stack gap="md">
          {error !== null && error !== undefined && <ErrorAlert error={error} title={t('actions.failed')} />}
          <Text>{disabling ? t('confirm.disableBody', names) : t('confirm.enableBody', names)}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('confirm.cancel')}
            </Button>
            <Button
              color={disabling ? 'red.9' : undefined}
              loading={busy}
              onClick={() => onConfirm(account)}
              data-autofocus
            >
              {disabling ? t('confirm.disable') : t('confirm.enable')}
            </Button>
          </Group>
        </Stack>
      )}
    </ResponsiveModal>
  );
}
