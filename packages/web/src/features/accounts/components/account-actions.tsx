import { Button, Menu, Text, Tooltip } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../api/types';
import { KeyIcon } from '../../../components/icons';

export type AccountAction = 'link' | 'edit' | 'status';

export interface AccountActionProps {
  /** `trigger` is the menu's button, to return the focus to once a dialog closes. */
  onAction: (action: AccountAction, account: AccountSummary, trigger: HTMLElement) => void;
  /** The account a change is being made to, if any. */
  pendingId: number | null;
  /** Whether the user may read the audit log, for the link to the account's history. */
  withHistory: boolean;
}

/**
 * What the user may do with one account: a new password link, a change of role, unit or details,
 * disabling or enabling it. Only for accounts the server says the user may manage; others say why.
 */
export function AccountActions({
  account,
  onAction,
  pendingId,
  withHistory,
  fullWidth = false,
}: AccountActionProps & { account: AccountSummary; fullWidth?: boolean }) {
  const { t } = useTranslation('accounts');
  const navigate = useNavigate();
  const history = withHistory && (
    <Menu.Item
      onClick={() =>
        void navigate({ to: '/audit', search: { entity: 'account', entityId: String(account.id) } })
      }
    >
      {t('actions.history')}
    </Menu.Item>
  );
  if (!account.manageable) {
    return (
      <Tooltip
        label={t('actions.notManageableHint')}
        multiline
        w={260}
        events={{ hover: true, focus: true, touch: true }}
      >
        <Text size="sm" c="dimmed" tabIndex={0} style={{ cursor: 'help' }}>
          {t('actions.notManageable')}
        </Text>
      </Tooltip>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          fullWidth={fullWidth}
          loading={pendingId === account.id}
          disabled={pendingId !== null && pendingId !== account.id}
          aria-label={t('actions.menu', { username: account.username })}
        >
          {t('columns.actions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<KeyIcon size={14} />}
          onClick={(event) => onAction('link', account, triggerOf(event.currentTarget))}
        >
          {t('newLink')}
        </Menu.Item>
        <Menu.Item onClick={(event) => onAction('edit', account, triggerOf(event.currentTarget))}>
          {t('actions.edit')}
        </Menu.Item>
        <Menu.Item onClick={(event) => onAction('status', account, triggerOf(event.currentTarget))}>
          {account.status === 'active' ? t('actions.disable') : t('actions.enable')}
        </Menu.Item>
        {history}
      </Menu.Dropdown>
    </Menu>
  );
}

/** The menu's own button: the item itself is gone once the menu closes. */
function triggerOf(item: HTMLElement): HTMLElement {
  const menu = item.closest('[role="menu"]');
  const id = menu?.getAttribute('aria-labelledby');
  return (id ? document.getElementById(id) : null) ?? item;
}
