import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { useDomainLabels } from '../../../lib/domain-labels';
import { type AccountActionProps, AccountActions } from './account-actions';
import { AccountBadges } from './account-badges';

interface AccountCardsProps extends AccountActionProps {
  accounts: AccountSummary[];
  busy: boolean;
}

/** The list on a phone: one card per account instead of a wide table. */
export function AccountCards({ accounts, busy, ...actions }: AccountCardsProps) {
  const { t } = useTranslation('accounts');
  const labels = useDomainLabels();
  return (
    <CardList label={t('title')} busy={busy}>
      {accounts.map((account) => (
        <CardItem key={account.id}>
          <Stack gap={6}>
            <div>
              <Text fw={600}>{account.displayName}</Text>
              <Text size="sm" ff="monospace" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {account.username}
              </Text>
              {account.employeeName && (
                <Text size="xs" c="dimmed">
                  {t('employeeOf', { name: account.employeeName })}
                </Text>
              )}
            </div>
            <Text size="sm">
              {labels.role(account.role)}
              {account.scopeUnit && ` · ${account.scopeUnit.name}`}
            </Text>
            <AccountBadges account={account} />
            <AccountActions account={account} {...actions} fullWidth />
          </Stack>
        </CardItem>
      ))}
    </CardList>
  );
}
