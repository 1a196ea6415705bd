import { Stack, Tabs, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { PositionsPanel } from '../components/positions-panel';
import { UnitsPanel } from '../components/units-panel';
import type { OrganisationTab } from './organisation-search';

const route = getRouteApi('/_authed/organisation');

/** "Organisasi": the unit tree and the positions, one tab each, the tab kept in the address. */
export function OrganisationPage() {
  const { t } = useTranslation('organisation');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tab: OrganisationTab = search.tab ?? 'units';

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle title={t('title')} />
        <Text c="dimmed">{t('intro')}</Text>
      </Stack>
      <Tabs
        value={tab}
        onChange={(next) =>
          void navigate({ search: next === 'positions' ? { tab: 'positions' } : {}, replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tabs.label')}>
          <Tabs.Tab value="units">{t('tabs.units')}</Tabs.Tab>
          <Tabs.Tab value="positions">{t('tabs.positions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="units" pt="md">
          <UnitsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="positions" pt="md">
          <PositionsPanel
            filters={{ q: search.q ?? '', kind: search.kind, page: search.page ?? 1 }}
            onFilters={(next) =>
              void navigate({
                search: {
                  tab: 'positions',
                  q: next.q || undefined,
                  kind: next.kind,
                  page: next.page > 1 ? next.page : undefined,
                },
                replace: true,
              })
            }
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
