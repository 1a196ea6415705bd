import { PROMOTION_RULE_KEYS } from '@jenjang/domain/talent/promotion.rules';
import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../../../components/search-box';
import { UnitSelect } from '../../../components/unit-select';
import { failingApplies, type PromotionSearch, SHOW_OPTIONS, showOf } from '../routes/promotion-search';

/** What the list shows (eligible, not yet, proposed, all), the rule failed, a name or NIP, a unit subtree. */
export function EligibilityFilters({
  search,
  onChange,
}: {
  search: PromotionSearch;
  onChange: (patch: PromotionSearch, replace?: boolean) => void;
}) {
  const { t } = useTranslation('promotion');
  const show = showOf(search);
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2, lg: 4 }}
      spacing="sm"
      verticalSpacing="sm"
      component="div"
      role="group"
      aria-label={t('filters.region')}
    >
      <Select
        label={t('filters.show')}
        data={SHOW_OPTIONS.map((option) => ({ value: option, label: t(`filters.showOption.${option}`) }))}
        value={show}
        onChange={(value) => {
          const next = SHOW_OPTIONS.find((option) => option === value) ?? 'eligible';
          onChange({ show: next === 'eligible' ? undefined : next });
        }}
        allowDeselect={false}
        data-testid="promotion-show"
      />
      <Select
        label={t('filters.failing')}
        description={t('filters.failingHelp')}
        placeholder={t('filters.failingAll')}
        data={PROMOTION_RULE_KEYS.map((rule) => ({ value: rule, label: t(`rule.${rule}`) }))}
        value={failingApplies(show) ? (search.failing ?? null) : null}
        onChange={(value) => onChange({ failing: PROMOTION_RULE_KEYS.find((rule) => rule === value) })}
        disabled={!failingApplies(show)}
        clearable
        clearButtonProps={{ 'aria-label': t('filters.failingClear') }}
        data-testid="promotion-failing"
      />
      <SearchBox
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        value={search.q ?? ''}
        onSearch={(q) => onChange({ q: q || undefined }, Boolean(search.q) && q !== '')}
      />
      <UnitSelect
        label={t('filters.unit')}
        description={t('filters.unitHelp')}
        placeholder={t('filters.unitAll')}
        clearLabel={t('filters.unitClear')}
        value={search.unit}
        onChange={(unit) => onChange({ unit })}
      />
    </SimpleGrid>
  );
}
