import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { useDomainLabels } from '../../../lib/domain-labels';
import { AccountBadges } from './account-badges';
import { NewLinkButton, type NewLinkProps } from './new-link-button';

interface AccountCardsProps extends NewLinkProps {
  accounts: AccountSummary[];
  busy: boolean;
}

/** The list on a phone: one card per account instead of a wide table. */
export function AccountCards({ accounts, busy, onNewLink, pendingId }: AccountCardsProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  return (
    <CardList label={t('accounts.title')} busy={busy}>
      {accounts.map((account) => (
        <CardItem key={account.id}>
          <Stack gap={6}>
            <div>
              <Text fw={600}>{account.displayName}</Text>
              <Text size="sm" ff="monospace" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {account.username}
              </Text>
            </div>
            <Text size="sm">
              {labels.role(account.role)}
              {account.scopeUnit && ` · ${account.scopeUnit.name}`}
            </Text>
            <AccountBadges account={account} />
            <NewLinkButton account={account} onNewLink={onNewLink} pendingId={pendingId} fullWidth />
          </Stack>
        </CardItem>
      ))}
    </CardList>
  );
}
