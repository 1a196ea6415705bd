import { Stack, Tabs, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { EligibilitySection } from '../components/eligibility-section';
import { SanctionsSection } from '../components/sanctions-section';
import type { PromotionSearch } from './promotion-search';

const route = getRouteApi('/_authed/promotion');

/**
 * Kenaikan Pangkat, for the agency: a period's list of PNS with every person's checks, proposals and
 * their decrees, the period's SIASN export; and the disciplinary sanctions that bar a promotion.
 */
export function PromotionPage() {
  const { t } = useTranslation('promotion');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const onSearch = (patch: PromotionSearch, replace = true) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace });
  return (
    <Stack gap="lg">
      <div>
        <PageTitle title={t('admin.title')} />
        <Text c="dimmed" size="sm" maw={760}>
          {t('admin.intro')}
        </Text>
      </div>
      <Tabs
        value={search.tab ?? 'list'}
        onChange={(next) => onSearch({ tab: next === 'sanctions' ? 'sanctions' : undefined }, false)}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('admin.tabs')}>
          <Tabs.Tab value="list">{t('admin.tabList')}</Tabs.Tab>
          <Tabs.Tab value="sanctions">{t('admin.tabSanctions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <EligibilitySection search={search} onSearch={onSearch} />
        </Tabs.Panel>
        <Tabs.Panel value="sanctions" pt="md">
          <SanctionsSection />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
