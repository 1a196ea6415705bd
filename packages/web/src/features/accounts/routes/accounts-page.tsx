import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { UserPlusIcon } from '../../../components/icons';
import { PageTitle } from '../../../components/page-title';
import { Pager } from '../../../components/pager';
import { ResultsHeading } from '../../../components/results-heading';
import { SearchBox } from '../../../components/search-box';
import { useErrorMessage } from '../../../lib/error-message';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { usePaging } from '../../../lib/use-paging';
import { useCreatePasswordLink } from '../api/create-password-link';
import { useAccounts } from '../api/get-accounts';
import { AccountCards } from '../components/account-cards';
import { AccountTable } from '../components/account-table';
import { CreateAccountForm } from '../components/create-account-form';
import { type IssuedLink, PasswordLinkDialog } from '../components/password-link-dialog';
import { PAGE_SIZE } from './accounts-search';

const route = getRouteApi('/_authed/settings/accounts');

export function AccountsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const message = useErrorMessage();
  const notify = useNotify();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [createOpen, createDialog] = useDisclosure(false);
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const newLink = useCreatePasswordLink();
  const addButton = useRef<HTMLButtonElement>(null);
  // Where the focus goes back to when the link dialog closes.
  const returnFocusTo = useRef<HTMLElement | null>(null);

  const page = search.page ?? 1;
  const accounts = useAccounts({ q: search.q, page, pageSize: PAGE_SIZE });
  const data = accounts.data;
  const total = data?.total ?? 0;
  const busy = accounts.isFetching;
  const goToPage = usePaging(accounts, (next, replace) =>
    navigate({ search: (previous) => ({ ...previous, page: next }), replace }),
  );

  const issueLink = (account: AccountSummary, trigger: HTMLElement) => {
    returnFocusTo.current = trigger;
    newLink.mutate(account.id, {
      onSuccess: (link) =>
        setIssued({
          link,
          username: account.username,
          displayName: account.displayName,
          created: false,
          hasPassword: account.hasPassword,
        }),
      onError: (error) =>
        notify({ color: 'red', title: t('accounts.newLinkFailed'), message: message(error) }),
    });
  };
  const list = {
    accounts: data?.items ?? [],
    busy,
    onNewLink: issueLink,
    pendingId: newLink.isPending ? (newLink.variables ?? null) : null,
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('accounts.section')}
          </Text>
          <PageTitle title={t('accounts.title')} />
          <Text c="dimmed">{t('accounts.intro')}</Text>
        </Stack>
        <Button
          ref={addButton}
          leftSection={<UserPlusIcon />}
          onClick={createDialog.open}
          fullWidth={isPhone}
        >
          {t('accounts.create.open')}
        </Button>
      </Group>

      <Stack gap="sm" component="section" aria-label={t('accounts.search.region')}>
        <SearchBox
          label={t('accounts.search.label')}
          placeholder={t('accounts.search.placeholder')}
          value={search.q ?? ''}
          onSearch={(q) =>
            void navigate({
              search: { q: q || undefined },
              // Refining a query replaces the history entry; starting or clearing one adds an entry.
              replace: Boolean(search.q) && q !== '',
            })
          }
        />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="account-results-heading">
        <ResultsHeading
          id="account-results-heading"
          label={data ? t('accounts.total', { count: total, formatted: format.number(total) }) : null}
          busy={busy}
        />
        {accounts.isError && <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />}
        {data && total === 0 && (
          <EmptyMessage title={t('accounts.empty.title')}>{t('accounts.empty.body')}</EmptyMessage>
        )}
        {data && data.items.length > 0 && (isPhone ? <AccountCards {...list} /> : <AccountTable {...list} />)}
        {data && total > 0 && (
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={total}
            onChange={goToPage}
            label={t('accounts.pagination')}
          />
        )}
      </Stack>

      <Modal
        opened={createOpen}
        onClose={createDialog.close}
        title={t('accounts.create.title')}
        size="lg"
        fullScreen={isPhone}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <CreateAccountForm
          onCancel={createDialog.close}
          onCreated={({ link, username, displayName }) => {
            createDialog.close();
            returnFocusTo.current = addButton.current;
            setIssued({ link, username, displayName, created: true, hasPassword: false });
          }}
        />
      </Modal>
      <PasswordLinkDialog
        issued={issued}
        onClose={() => setIssued(null)}
        onClosed={() => returnFocusTo.current?.focus()}
      />
    </Stack>
  );
}
