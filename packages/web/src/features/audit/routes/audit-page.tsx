import { Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { Pager } from '../../../components/pager';
import { useAuditLog } from '../api/get-audit-log';
import { AuditTable } from '../components/audit-table';

const route = getRouteApi('/_authed/audit');
const PAGE_SIZE = 50;

export function AuditPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const audit = useAuditLog(page, PAGE_SIZE);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle title={t('audit.title')} />
        <Text c="dimmed">{t('audit.intro')}</Text>
      </Stack>
      {audit.isPending && <Text role="status">{t('common.loading')}</Text>}
      {audit.isError && <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.data && audit.data.items.length === 0 && <EmptyMessage title={t('audit.empty')} />}
      {audit.data && audit.data.items.length > 0 && (
        <>
          <AuditTable entries={audit.data.items} busy={audit.isFetching} />
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={audit.data.total}
            onChange={(next) => void navigate({ search: next > 1 ? { page: next } : {} })}
            label={t('audit.pagination')}
          />
        </>
      )}
    </Stack>
  );
}
