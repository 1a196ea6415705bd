import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PerformanceCycle } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { UnitSelect } from '../../../components/unit-select';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { usePerformanceCycles } from '../api/performance';
import { CycleCards } from '../components/cycle-cards';
import { CycleDialog } from '../components/cycle-dialog';
import { CycleSkpList } from '../components/cycle-skp-list';
import { PredikatDistributionSection } from '../components/predikat-distribution';
import { SiasnExchange } from '../components/siasn-exchange';
import { TitledSection } from '../components/titled-section';
import { type PerformanceAdminSearch, yearShown, yearsOffered } from './performance-admin-search';

const route = getRouteApi('/_authed/performance/admin');

/**
 * Penilaian Kinerja: the government's appraisal years (opened and moved on by the agency), a year's
 * SKP in the reader's reach, and its predikat distribution per OPD and per appraiser — for the
 * agency, leaders and auditors across the government, and supervisors in their subtree.
 */
export function PerformanceAdminPage() {
  const { t } = useTranslation('performance');
  const me = useMe();
  const format = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const manages = hasPermission(me, 'performance.manage');
  const [opening, setOpening] = useState(false);
  const cycles = usePerformanceCycles();
  const onSearch = (next: PerformanceAdminSearch, replace = true) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace });
  const years = (cycles.data?.items ?? []).map((cycle) => cycle.year);
  const thisYear = Number(calendarDateIn(new Date(), format.timeZone).slice(0, 4));
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle title={t('admin.title')} />
          <Text c="dimmed" size="sm" maw={760}>
            {t('admin.intro')}
          </Text>
        </div>
        {manages && (
          <Button w={{ base: '100%', xs: 'auto' }} onClick={() => setOpening(true)}>
            {t('cycles.open')}
          </Button>
        )}
      </Group>
      <QueryContent query={cycles} height={160}>
        {(data) => (
          <AdminView
            cycles={data.items}
            manages={manages}
            thisYear={thisYear}
            search={search}
            onSearch={onSearch}
          />
        )}
      </QueryContent>
      {opening && (
        <CycleDialog
          defaultYear={years.includes(thisYear) ? thisYear + 1 : thisYear}
          onClose={() => setOpening(false)}
          onCreated={(cycle) => {
            setOpening(false);
            onSearch({ year: cycle.year, page: undefined }, false);
          }}
        />
      )}
    </Stack>
  );
}

function AdminView({
  cycles,
  manages,
  thisYear,
  search,
  onSearch,
}: {
  cycles: readonly PerformanceCycle[];
  manages: boolean;
  thisYear: number;
  search: PerformanceAdminSearch;
  onSearch: (next: PerformanceAdminSearch, replace?: boolean) => void;
}) {
  const { t } = useTranslation('performance');
  const cycleYears = cycles.map((cycle) => cycle.year);
  const year = yearShown(search.year, cycleYears, thisYear);
  const cycle = cycles.find((c) => c.year === year) ?? null;
  const show = (next: number) => onSearch({ year: next, page: undefined }, false);
  return (
    <Stack gap="xl">
      <TitledSection id="performance-cycles" title={t('cycles.title')}>
        {cycles.length === 0 ? (
          <EmptyMessage title={t('cycles.empty')}>
            {manages ? t('cycles.emptyManage') : t('cycles.emptyRead')}
          </EmptyMessage>
        ) : (
          <CycleCards cycles={cycles} shown={year} manages={manages} onShow={show} />
        )}
      </TitledSection>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={720}>
        <Select
          label={t('admin.year')}
          data={yearsOffered(cycleYears, thisYear, year).map(String)}
          value={String(year)}
          onChange={(next) => next && show(Number(next))}
          allowDeselect={false}
        />
        <UnitSelect
          label={t('admin.unit')}
          placeholder={t('admin.unitAll')}
          clearLabel={t('admin.unitClear')}
          description={t('admin.unitHelp')}
          value={search.unit}
          onChange={(unit) => onSearch({ unit, page: undefined })}
        />
      </SimpleGrid>
      <TitledSection id="performance-skp-list" title={t('list.title', { year })}>
        {cycle ? (
          <CycleSkpList
            cycle={cycle}
            manages={manages}
            unitId={search.unit}
            page={search.page ?? 1}
            setPage={(page, replace) => onSearch({ page }, replace ?? false)}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('list.noCycle', { year })}
          </Text>
        )}
      </TitledSection>
      <TitledSection id="performance-distribution" title={t('distribution.title', { year })}>
        <PredikatDistributionSection year={year} unitId={search.unit} />
      </TitledSection>
      {manages && (
        <TitledSection id="performance-siasn" title={t('siasn.title')}>
          <SiasnExchange year={year} />
        </TitledSection>
      )}
    </Stack>
  );
}
