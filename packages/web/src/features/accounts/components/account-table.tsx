import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../api/types';
import { ScrollTable } from '../../../components/scroll-table';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useFormat } from '../../../lib/use-format';
import { type AccountActionProps, AccountActions } from './account-actions';
import { AccountBadges } from './account-badges';

interface AccountTableProps extends AccountActionProps {
  accounts: AccountSummary[];
  busy: boolean;
}

export function AccountTable({ accounts, busy, ...actions }: AccountTableProps) {
  const { t } = useTranslation('accounts');
  const labels = useDomainLabels();
  const format = useFormat();
  return (
    <ScrollTable label={t('title')} minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-busy={busy}>
        <Table.Caption className="visually-hidden">{t('title')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.account')}</Table.Th>
            <Table.Th scope="col">{t('columns.role')}</Table.Th>
            <Table.Th scope="col">{t('columns.status')}</Table.Th>
            <Table.Th scope="col">{t('columns.createdAt')}</Table.Th>
            <Table.Th scope="col">{t('columns.actions')}</Table.Th>
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
                  {account.employeeName && (
                    <Text size="xs" c="dimmed">
                      {t('employeeOf', { name: account.employeeName })}
                    </Text>
                  )}
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
                <AccountActions account={account} {...actions} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
