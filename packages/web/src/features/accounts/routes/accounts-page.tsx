import { Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { UserPlusIcon } from '../../../components/icons';
import { PageTitle } from '../../../components/page-title';
import { Pager } from '../../../components/pager';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { ResultsHeading } from '../../../components/results-heading';
import { SearchBox } from '../../../components/search-box';
import { useCan } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { usePaging } from '../../../lib/use-paging';
import { useAccounts } from '../api/get-accounts';
import { AccountCards } from '../components/account-cards';
import { AccountFilters } from '../components/account-filters';
import { AccountTable } from '../components/account-table';
import { CreateAccountForm } from '../components/create-account-form';
import { EditAccountDialog } from '../components/edit-account-dialog';
import { PasswordLinkDialog } from '../components/password-link-dialog';
import { StatusDialog } from '../components/status-dialog';
import { type AccountsSearch, accountsQuery, PAGE_SIZE } from './accounts-search';
import { useAccountActions } from './use-account-actions';

const route = getRouteApi('/_authed/settings/accounts');

export function AccountsPage() {
  const { t } = useTranslation('accounts');
  const { t: common } = useTranslation();
  const format = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [createOpen, createDialog] = useDisclosure(false);
  const [filtersOpen, filtersToggle] = useDisclosure(false);
  const canManage = useCan('account.manage');
  const withHistory = useCan('audit.read');
  const actions = useAccountActions();
  const addButton = useRef<HTMLButtonElement>(null);

  const page = search.page ?? 1;
  const accounts = useAccounts(accountsQuery(search));
  const data = accounts.data;
  const total = data?.total ?? 0;
  const busy = accounts.isFetching;
  // Any change of query or filter starts again at page 1.
  const update = (patch: Partial<AccountsSearch>, replace = false) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch, page: undefined }), replace });
  const goToPage = usePaging(accounts, (next, replace) =>
    navigate({ search: (previous) => ({ ...previous, page: next }), replace }),
  );

  const activeFilters = [search.role, search.status, search.unitId, search.password].filter(
    (value) => value !== undefined,
  ).length;
  const filterPanel = <AccountFilters search={search} onChange={(patch) => update(patch)} />;
  const list = {
    accounts: data?.items ?? [],
    busy,
    onAction: actions.onAction,
    pendingId: actions.pendingId,
    withHistory,
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('section')}
          </Text>
          <PageTitle title={t('title')} />
          <Text c="dimmed">{t('intro')}</Text>
        </Stack>
        {canManage && (
          <Button
            ref={addButton}
            leftSection={<UserPlusIcon />}
            onClick={createDialog.open}
            fullWidth={isPhone}
          >
            {t('create.open')}
          </Button>
        )}
      </Group>

      <Stack gap="sm" component="section" aria-label={t('search.region')}>
        <SearchBox
          label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={search.q ?? ''}
          // Refining a query replaces the history entry; starting or clearing one adds an entry.
          onSearch={(q) => update({ q: q || undefined }, Boolean(search.q) && q !== '')}
        />
        {isPhone ? (
          <>
            <Button
              variant="default"
              onClick={filtersToggle.toggle}
              aria-expanded={filtersOpen}
              aria-controls="account-filters"
            >
              {activeFilters > 0 ? t('filters.toggleCount', { count: activeFilters }) : t('filters.toggle')}
            </Button>
            <Collapse expanded={filtersOpen} id="account-filters">
              {filterPanel}
            </Collapse>
          </>
        ) : (
          filterPanel
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="account-results-heading">
        <ResultsHeading
          id="account-results-heading"
          label={data ? t('total', { count: total, formatted: format.number(total) }) : null}
          busy={busy}
        />
        {accounts.isError && <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />}
        {data && total === 0 && <EmptyMessage title={t('empty.title')}>{t('empty.body')}</EmptyMessage>}
        {data && data.items.length > 0 && (isPhone ? <AccountCards {...list} /> : <AccountTable {...list} />)}
        {data && total > 0 && (
          <Pager page={page} pageSize={PAGE_SIZE} total={total} onChange={goToPage} label={t('pagination')} />
        )}
      </Stack>

      <ResponsiveModal
        opened={createOpen}
        onClose={createDialog.close}
        title={t('create.title')}
        size="lg"
        closeButtonProps={{ 'aria-label': common('common.close') }}
      >
        <CreateAccountForm
          onCancel={createDialog.close}
          onCreated={({ link, username, displayName }) => {
            createDialog.close();
            actions.focusAfterCreate(addButton.current);
            actions.link.setIssued({ link, username, displayName, created: true, hasPassword: false });
          }}
        />
      </ResponsiveModal>
      <PasswordLinkDialog
        issued={actions.link.issued}
        onClose={() => actions.link.setIssued(null)}
        onClosed={actions.restoreFocus}
      />
      <EditAccountDialog
        account={actions.edit.account}
        onClose={actions.edit.close}
        onClosed={actions.restoreFocus}
        onSaved={actions.edit.saved}
      />
      <StatusDialog
        account={actions.status.account}
        busy={actions.status.busy}
        error={actions.status.error}
        onConfirm={actions.status.confirm}
        onClose={actions.status.close}
        onClosed={actions.restoreFocus}
      />
    </Stack>
  );
}
