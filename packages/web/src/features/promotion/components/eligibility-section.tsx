import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EligibilityList, PromotionPeriods } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Pager } from '../../../components/pager';
import { RulesSource } from '../../../components/promotion/rules-source';
import { QueryContent } from '../../../components/query-content';
import { ResultsHeading } from '../../../components/results-heading';
import { useFormat } from '../../../lib/use-format';
import { usePaging } from '../../../lib/use-paging';
import { useEligibility, usePromotionPeriods } from '../api/promotion';
import { eligibilityQuery, PAGE_SIZE, type PromotionSearch, periodShown } from '../routes/promotion-search';
import { DefaultRules } from './default-rules';
import { EligibilityFilters } from './eligibility-filters';
import { EligibilityRows } from './eligibility-rows';
import { PeriodSummary } from './period-summary';

type OnSearch = (patch: PromotionSearch, replace?: boolean) => void;

/**
 * A period's kenaikan pangkat: the period picker (the next one by default), whose rules apply and
 * when proposals are due, the summary with how many fail each rule, the filters and the list.
 */
export function EligibilitySection({ search, onSearch }: { search: PromotionSearch; onSearch: OnSearch }) {
  const periods = usePromotionPeriods();
  return (
    <QueryContent query={periods} height={160}>
      {(data) => <PeriodPicker periods={data} search={search} onSearch={onSearch} />}
    </QueryContent>
  );
}

function PeriodPicker({
  periods,
  search,
  onSearch,
}: {
  periods: PromotionPeriods;
  search: PromotionSearch;
  onSearch: OnSearch;
}) {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  const today = calendarDateIn(new Date(), format.timeZone);
  const period = periodShown(search.period, periods.items, today);
  if (period === null) return <EmptyMessage title={t('period.none')} />;
  const next = periods.items.find((item) => item.date >= today)?.date;
  const dates = periods.items.map((item) => item.date);
  const options = (dates.includes(period) ? dates : [...dates, period].sort()).map((date) => {
    const label = format.date(date) ?? date;
    return {
      value: date,
      label:
        date === next
          ? t('period.next', { date: label })
          : date < today
            ? t('period.past', { date: label })
            : label,
    };
  });
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720}>
        <Select
          label={t('period.label')}
          description={t('period.help')}
          data={options}
          value={period}
          onChange={(value) => value && onSearch({ period: value, page: undefined }, false)}
          allowDeselect={false}
          data-testid="promotion-period"
        />
      </SimpleGrid>
      <PeriodList
        period={period}
        proposalDue={periods.items.find((item) => item.date === period)?.proposalDue ?? null}
        periods={periods}
        today={today}
        search={search}
        onSearch={onSearch}
      />
    </Stack>
  );
}

function PeriodList({
  period,
  proposalDue,
  periods,
  today,
  search,
  onSearch,
}: {
  period: string;
  proposalDue: string | null;
  periods: PromotionPeriods;
  today: string;
  search: PromotionSearch;
  onSearch: OnSearch;
}) {
  const { t } = useTranslation('promotion');
  const format = useFormat();
  const list = useEligibility(eligibilityQuery(search, period));
  const goToPage = usePaging(list, (page, replace) => onSearch({ page }, replace ?? false));
  const data: EligibilityList | undefined = list.data?.period === period ? list.data : undefined;
  const due = data?.proposalDue ?? proposalDue;
  const date = format.date(period) ?? period;
  const update = (patch: PromotionSearch, replace = false) =>
    onSearch({ ...patch, page: undefined }, replace);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        {data && <RulesSource source={data.current} />}
        {data && data.current === null && periods.current === null && <DefaultRules rules={periods.rules} />}
        {due && (
          <Text size="sm">
            {t(due < today ? 'period.duePassed' : 'period.due', { date, due: format.date(due) })}
          </Text>
        )}
      </Stack>
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {data && <PeriodSummary list={data} />}
      <Stack gap="sm" component="section" aria-labelledby="promotion-results-heading">
        <EligibilityFilters search={search} onChange={update} />
        <ResultsHeading
          id="promotion-results-heading"
          label={data ? t('list.total', { count: data.total, formatted: format.number(data.total) }) : null}
          busy={list.isFetching}
        />
        {data && data.total === 0 && (
          <EmptyMessage title={t('list.empty')}>{t('list.emptyHelp')}</EmptyMessage>
        )}
        {data && data.items.length > 0 && (
          <EligibilityRows
            label={t('list.label', { date })}
            items={data.items}
            period={period}
            busy={list.isFetching}
          />
        )}
        {data && data.total > 0 && (
          <Pager
            page={search.page ?? 1}
            pageSize={PAGE_SIZE}
            total={data.total}
            onChange={goToPage}
            label={t('list.pager')}
          />
        )}
      </Stack>
    </Stack>
  );
}
