import { Stack, Tabs, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { ParseKeys } from 'i18next';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../../lib/session';
import { DictionaryPanel } from '../components/dictionary-panel';
import { GapsPanel } from '../components/gaps-panel';
import { JpPanel } from '../components/jp-panel';
import { StandardsPanel } from '../components/standards-panel';
import { COMPETENCY_TABS, type CompetencyTab, type TabPanelProps, visibleTabs } from './competencies-search';

const route = getRouteApi('/_authed/competencies');

/**
 * The tabs of the page: a new one (Analisis Kesenjangan) is one value in COMPETENCY_TABS and its
 * entry here, which the type asks for.
 */
const TABS: Record<CompetencyTab, { label: ParseKeys<'competencies'>; Panel: ComponentType<TabPanelProps> }> =
  {
    dictionary: { label: 'tabs.dictionary', Panel: DictionaryPanel },
    standards: { label: 'tabs.standards', Panel: StandardsPanel },
    gaps: { label: 'tabs.gaps', Panel: GapsPanel },
    jp: { label: 'tabs.jp', Panel: JpPanel },
  };

/**
 * "Kompetensi": the competency dictionary and the positions' standards, and for readers of workforce
 * figures the gap analysis and the year's 20 JP; the tab kept in the address.
 */
export function CompetenciesPage() {
  const { t } = useTranslation('competencies');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tabs = visibleTabs(useMe().permissions);
  // A figures tab in the address of someone who may not read figures opens the first tab.
  const tab: CompetencyTab = search.tab && tabs.includes(search.tab) ? search.tab : COMPETENCY_TABS[0];

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle title={t('title')} />
        <Text c="dimmed">{t('intro')}</Text>
      </Stack>
      <Tabs
        value={tab}
        onChange={(next) =>
          void navigate({
            search: (previous) => ({
              ...previous,
              tab: next === COMPETENCY_TABS[0] ? undefined : (next as CompetencyTab),
            }),
            replace: true,
          })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tabs.label')}>
          {tabs.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(TABS[value].label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((value) => {
          const { Panel } = TABS[value];
          return (
            <Tabs.Panel key={value} value={value} pt="md">
              <Panel
                search={search}
                onSearch={(next) =>
                  void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true })
                }
              />
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Stack>
  );
}
