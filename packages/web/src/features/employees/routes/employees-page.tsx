import { Button, Collapse, Group, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { UploadIcon } from '../../../components/icons';
import { PageTitle } from '../../../components/page-title';
import { Pager } from '../../../components/pager';
import { ResultsHeading } from '../../../components/results-heading';
import { ButtonLink } from '../../../components/router-links';
import { SearchBox } from '../../../components/search-box';
import { useCan } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { usePaging } from '../../../lib/use-paging';
import { useEmployees } from '../api/get-employees';
import { EmployeeCards } from '../components/employee-cards';
import { EmployeeFilters } from '../components/employee-filters';
import { EmployeeTable } from '../components/employee-table';
import { type EmployeesSearch, PAGE_SIZE } from './employees-search';

const route = getRouteApi('/_authed/employees');

export function EmployeesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [filtersOpen, filters] = useDisclosure(false);
  const canReadUnits = useCan('unit.read');
  const canImport = useCan('employee.import');

  const page = search.page ?? 1;
  const employees = useEmployees({ ...search, page, pageSize: PAGE_SIZE });

  // Any change of query, filter or order starts again at page 1.
  const update = (patch: Partial<EmployeesSearch>, replace = false) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch, page: undefined }), replace });
  const goToPage = usePaging(employees, (next, replace) =>
    navigate({ search: (previous) => ({ ...previous, page: next }), replace }),
  );

  const activeFilters = [search.unitId, search.golongan, search.positionKind, search.employeeType].filter(
    (value) => value !== undefined,
  ).length;
  const data = employees.data;
  const total = data?.total ?? 0;
  const busy = employees.isFetching;

  const filterPanel = (
    <EmployeeFilters search={search} onChange={(patch) => update(patch)} withUnits={canReadUnits} />
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <PageTitle title={t('employees.title')} />
        {canImport && (
          <ButtonLink to="/imports/development" variant="default" leftSection={<UploadIcon />}>
            {t('employees.importDevelopment')}
          </ButtonLink>
        )}
      </Group>
      <Stack gap="sm" component="section" aria-label={t('employees.search.region')}>
        <SearchBox
          label={t('employees.search.label')}
          placeholder={t('employees.search.placeholder')}
          value={search.q ?? ''}
          // Refining a query replaces the history entry; starting or clearing one adds an entry.
          onSearch={(q) => update({ q: q || undefined }, Boolean(search.q) && q !== '')}
        />
        {isPhone ? (
          <>
            <Button
              variant="default"
              onClick={filters.toggle}
              aria-expanded={filtersOpen}
              aria-controls="employee-filters"
            >
              {activeFilters > 0
                ? t('employees.filters.toggleCount', { count: activeFilters })
                : t('employees.filters.toggle')}
            </Button>
            <Collapse expanded={filtersOpen} id="employee-filters">
              {filterPanel}
            </Collapse>
          </>
        ) : (
          filterPanel
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="employee-results-heading">
        <ResultsHeading
          id="employee-results-heading"
          label={data ? t('employees.total', { count: total, formatted: format.number(total) }) : null}
          busy={busy}
        />

        {employees.isError && <ErrorAlert error={employees.error} onRetry={() => void employees.refetch()} />}
        {data && total === 0 && (
          <EmptyMessage title={t('employees.empty.title')}>{t('employees.empty.body')}</EmptyMessage>
        )}
        {data &&
          data.items.length > 0 &&
          (isPhone ? (
            <EmployeeCards employees={data.items} busy={busy} label={t('employees.title')} />
          ) : (
            <EmployeeTable
              employees={data.items}
              sort={search.sort}
              onSort={(sort) => update({ sort: sort === 'name' ? undefined : sort })}
              busy={busy}
              caption={t('employees.title')}
            />
          ))}
        {data && total > 0 && (
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={total}
            onChange={goToPage}
            label={t('employees.pagination')}
          />
        )}
      </Stack>
    </Stack>
  );
}
