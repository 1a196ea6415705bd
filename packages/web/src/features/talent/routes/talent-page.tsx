import { Stack, Tabs, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TalentOverview } from '../../../api/types';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { useTalentOverview } from '../api/talent';
import { NoAccess } from '../components/no-access';
import { SuccessionSection } from '../components/succession-section';
import { YearBar } from '../components/year-bar';
import { YearSection } from '../components/year-section';
import { type OnSearch, type TalentSearch, yearShown } from './talent-search';

const route = getRouteApi('/_authed/talent');

/**
 * Manajemen Talenta (PermenPANRB 3/2020): a year's nine-box, its people and why each sits where
 * they do, for the agency and whom the settings in force name; the agency places years and gives
 * component points. Anyone else is told the policy keeps placements from them, and where their own is.
 * A second tab holds succession planning: key positions and their successors from the talent pool.
 */
export function TalentPage() {
  const { t } = useTranslation('talent');
  const overview = useTalentOverview();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const onSearch: OnSearch = (patch, replace = true) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace });
  return (
    <Stack gap="lg">
      <div>
        <PageTitle title={t('page.title')} />
        <Text c="dimmed" size="sm" maw={760}>
          {t('page.intro')}
        </Text>
      </div>
      <Tabs
        value={search.tab ?? 'map'}
        onChange={(next) =>
          onSearch({ tab: next === 'succession' ? 'succession' : undefined, position: undefined }, false)
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tabs.label')}>
          <Tabs.Tab value="map">{t('tabs.map')}</Tabs.Tab>
          <Tabs.Tab value="succession">{t('tabs.succession')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="map" pt="md">
          <QueryContent query={overview} height={240}>
            {(data) => <TalentView overview={data} search={search} onSearch={onSearch} />}
          </QueryContent>
        </Tabs.Panel>
        <Tabs.Panel value="succession" pt="md">
          <SuccessionSection search={search} onSearch={onSearch} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function TalentView({
  overview,
  search,
  onSearch,
}: {
  overview: TalentOverview;
  search: TalentSearch;
  onSearch: OnSearch;
}) {
  if (!overview.seesOthers) return <NoAccess overview={overview} />;
  const placed = overview.years.map((y) => y.year);
  const year = yearShown(search.year, placed, overview.placeable);
  return (
    <Stack gap="lg">
      <YearBar
        overview={overview}
        year={year}
        onYear={(next) =>
          onSearch({ year: next, box: undefined, unplaced: undefined, page: undefined }, false)
        }
      />
      {year !== null && placed.includes(year) && (
        <YearSection
          key={year}
          year={year}
          canPlace={overview.canPlace}
          search={search}
          onSearch={onSearch}
        />
      )}
    </Stack>
  );
}
