import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../api/types';

/** Whether the account may sign in, and whether its owner has set a password yet. */
export function AccountBadges({ account }: { account: AccountSummary }) {
  const { t } = useTranslation('accounts');
  return (
    <Group gap={6}>
      <Badge size="sm" variant="light" color={account.status === 'active' ? 'teal' : 'gray'} w="max-content">
        {t(`status.${account.status}`)}
      </Badge>
      <Badge size="sm" variant="light" color={account.hasPassword ? 'indigo' : 'orange'} w="max-content">
        {account.hasPassword ? t('password.set') : t('password.waiting')}
      </Badge>
    </Group>
  );
}
