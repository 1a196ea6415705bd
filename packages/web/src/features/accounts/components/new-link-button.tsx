import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../api/types';
import { KeyIcon } from '../../../components/icons';

export interface NewLinkProps {
  /** `trigger` is the button, to return the focus to once the link dialog closes. */
  onNewLink: (account: AccountSummary, trigger: HTMLElement) => void;
  /** The account whose link is being created, if any. */
  pendingId: number | null;
}

/** "Buat tautan baru" for one account; named with the username for screen readers. */
export function NewLinkButton({
  account,
  onNewLink,
  pendingId,
  fullWidth = false,
}: NewLinkProps & { account: AccountSummary; fullWidth?: boolean }) {
  const { t } = useTranslation();
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<KeyIcon size={14} />}
      fullWidth={fullWidth}
      loading={pendingId === account.id}
      disabled={pendingId !== null && pendingId !== account.id}
      aria-label={t('accounts.newLinkFor', { username: account.username })}
      onClick={(event) => onNewLink(account, event.currentTarget)}
    >
      {t('accounts.newLink')}
    </Button>
  );
}
