import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../api/types';
import { useErrorMessage } from '../../../lib/error-message';
import { useNotify } from '../../../lib/use-notify';
import { useSetAccountStatus } from '../api/change-account';
import { useCreatePasswordLink } from '../api/create-password-link';
import type { AccountAction } from '../components/account-actions';
import type { IssuedLink } from '../components/password-link-dialog';

/**
 * The accounts page's actions on one account and the dialogs they open: a new link (shown once),
 * a change (edit dialog), disabling or enabling (asked first). The focus goes back to the menu
 * that started it when a dialog closes.
 */
export function useAccountActions() {
  const { t } = useTranslation('accounts');
  const message = useErrorMessage();
  const notify = useNotify();
  const newLink = useCreatePasswordLink();
  const setStatus = useSetAccountStatus();
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const [editing, setEditing] = useState<AccountSummary | null>(null);
  const [confirming, setConfirming] = useState<AccountSummary | null>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);

  const issueLink = (account: AccountSummary) =>
    newLink.mutate(account.id, {
      onSuccess: (link) =>
        setIssued({
          link,
          username: account.username,
          displayName: account.displayName,
          created: false,
          hasPassword: account.hasPassword,
        }),
      onError: (error) => notify({ color: 'red', title: t('newLinkFailed'), message: message(error) }),
    });

  const onAction = (action: AccountAction, account: AccountSummary, trigger: HTMLElement) => {
    returnFocusTo.current = trigger;
    if (action === 'link') issueLink(account);
    if (action === 'edit') setEditing(account);
    if (action === 'status') {
      setStatus.reset();
      setConfirming(account);
    }
  };

  const confirmStatus = (account: AccountSummary) =>
    setStatus.mutate(
      { id: account.id, status: account.status === 'active' ? 'disabled' : 'active' },
      {
        onSuccess: (changed) => {
          setConfirming(null);
          const names = { username: changed.username };
          notify({
            color: 'teal',
            message:
              changed.status === 'disabled' ? t('confirm.disabled', names) : t('confirm.enabled', names),
          });
        },
      },
    );

  return {
    onAction,
    pendingId: newLink.isPending ? (newLink.variables ?? null) : null,
    restoreFocus: () => returnFocusTo.current?.focus(),
    focusAfterCreate: (element: HTMLElement | null) => {
      returnFocusTo.current = element;
    },
    link: { issued, setIssued },
    edit: {
      account: editing,
      close: () => setEditing(null),
      saved: (account: AccountSummary) => {
        setEditing(null);
        notify({ color: 'teal', message: t('edit.saved', { username: account.username }) });
      },
    },
    status: {
      account: confirming,
      busy: setStatus.isPending,
      error: setStatus.error,
      confirm: confirmStatus,
      close: () => setConfirming(null),
    },
  };
}
