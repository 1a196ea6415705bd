import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../api/types';
import { ScrollTable } from '../../../components/scroll-table';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useFormat } from '../../../lib/use-format';
import { AccountBadges } from './account-badges';
import { NewLinkButton, type NewLinkProps } from './new-link-button';

interface AccountTableProps extends NewLinkProps {
  accounts: AccountSummary[];
  busy: boolean;
}

export function AccountTable({ accounts, busy, onNewLink, pendingId }: AccountTableProps) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  const format = useFormat();
  return (
    <ScrollTable label={t('accounts.title')} minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-busy={busy}>
        <Table.Caption className="visually-hidden">{t('accounts.title')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('accounts.columns.account')}</Table.Th>
            <Table.Th scope="col">{t('accounts.columns.role')}</Table.Th>
            <Table.Th scope="col">{t('accounts.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('accounts.columns.createdAt')}</Table.Th>
            <Table.Th scope="col">{t('accounts.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => (
            <Table.Tr key={account.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {account.displayName}
                  </Text>
                  <Text size="sm" ff="monospace" c="dimmed">
                    {account.username}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{labels.role(account.role)}</Text>
                {account.scopeUnit && (
                  <Text size="xs" c="dimmed">
                    {account.scopeUnit.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <AccountBadges account={account} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={account.createdAt}>{format.timestamp(account.createdAt)}</time>
              </Table.Td>
              <Table.Td>
                <NewLinkButton account={account} onNewLink={onNewLink} pendingId={pendingId} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
