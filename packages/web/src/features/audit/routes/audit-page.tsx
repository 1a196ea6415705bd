import { Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { DownloadIcon } from '../../../components/icons';
import { PageTitle } from '../../../components/page-title';
import { Pager } from '../../../components/pager';
import { ResultsHeading } from '../../../components/results-heading';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { usePaging } from '../../../lib/use-paging';
import { auditExportUrl, useAuditLog } from '../api/get-audit-log';
import type { PickedActor } from '../components/actor-picker';
import { AuditCards } from '../components/audit-cards';
import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';
import { ChainHead } from '../components/chain-head';
import { type AuditSearch, auditFilters, PAGE_SIZE } from './audit-search';

const route = getRouteApi('/_authed/audit');

export function AuditPage() {
  const { t } = useTranslation('audit');
  const labels = useDomainLabels();
  const format = useFormat();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [filtersOpen, filtersToggle] = useDisclosure(false);
  const [pickedActor, setPickedActor] = useState<PickedActor | null>(null);

  const page = search.page ?? 1;
  const filters = auditFilters(search);
  const audit = useAuditLog({ ...filters, page, pageSize: PAGE_SIZE });
  const data = audit.data;
  const total = data?.total ?? 0;
  const busy = audit.isFetching;
  // Any change of filter starts again at page 1.
  const update = (patch: Partial<AuditSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch, page: undefined }) });
  const goToPage = usePaging(audit, (next, replace) =>
    navigate({ search: (previous) => ({ ...previous, page: next }), replace }),
  );

  // The actor in the address, named: as picked, else as its entries name it, else by its number.
  const actorEntry = data?.items.find((entry) => entry.actor?.id === search.actor)?.actor;
  const actor: PickedActor | null =
    search.actor === undefined
      ? null
      : pickedActor?.id === search.actor
        ? pickedActor
        : actorEntry
          ? { id: actorEntry.id, name: actorEntry.name, username: actorEntry.username }
          : { id: search.actor, name: t('filters.actorUnknown', { id: search.actor }) };
  const activeFilters = [search.actor, search.action, search.entity, search.from, search.to].filter(
    (value) => value !== undefined,
  ).length;
  const filterPanel = (
    <AuditFilters
      search={search}
      onChange={update}
      actor={actor}
      onActor={setPickedActor}
      timeZone={format.timeZone}
    />
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <PageTitle title={t('title')} />
          <Text c="dimmed">{me.scopeUnit ? t('introScoped') : t('intro')}</Text>
        </Stack>
        <Button
          component="a"
          href={auditExportUrl(filters, format.language)}
          download
          variant="default"
          leftSection={<DownloadIcon />}
          fullWidth={isPhone}
          title={t('export.hint')}
        >
          {t('export.button')}
        </Button>
      </Group>

      {data?.head && <ChainHead head={data.head} />}

      <Stack gap="sm" component="section" aria-label={t('filters.region')}>
        {search.entity && search.entityId && (
          <Group gap="sm">
            <Text size="sm">
              {t('filters.entityOnly', { entity: labels.auditEntity(search.entity), id: search.entityId })}
            </Text>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => update({ entity: undefined, entityId: undefined })}
            >
              {t('filters.clearEntity')}
            </Button>
          </Group>
        )}
        {isPhone ? (
          <>
            <Button
              variant="default"
              onClick={filtersToggle.toggle}
              aria-expanded={filtersOpen}
              aria-controls="audit-filters"
            >
              {activeFilters > 0 ? t('filters.toggleCount', { count: activeFilters }) : t('filters.toggle')}
            </Button>
            <Collapse expanded={filtersOpen} id="audit-filters">
              {filterPanel}
            </Collapse>
          </>
        ) : (
          filterPanel
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="audit-results-heading">
        <ResultsHeading
          id="audit-results-heading"
          label={data ? t('total', { count: total, formatted: format.number(total) }) : null}
          busy={busy}
        />
        {audit.isError && <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />}
        {data && total === 0 && <EmptyMessage title={activeFilters > 0 ? t('emptyFiltered') : t('empty')} />}
        {data &&
          data.items.length > 0 &&
          (isPhone ? (
            <AuditCards entries={data.items} busy={busy} />
          ) : (
            <AuditTable entries={data.items} busy={busy} />
          ))}
        {data && total > 0 && (
          <Pager page={page} pageSize={PAGE_SIZE} total={total} onChange={goToPage} label={t('pagination')} />
        )}
      </Stack>
    </Stack>
  );
}
