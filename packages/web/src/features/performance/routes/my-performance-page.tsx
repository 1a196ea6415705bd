import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyPerformance } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { useMe } from '../../../lib/session';
import { useMyPerformance } from '../api/performance';
import { MyPromotionSection } from '../components/my-promotion';
import { MyTalentSection } from '../components/my-talent';
import { OpenCycles } from '../components/open-cycles';
import { PerformanceHistory } from '../components/performance-history';
import { SkpCards } from '../components/skp-cards';
import { TitledSection } from '../components/titled-section';
import { readsPerformanceOverview } from './performance-access';

/**
 * Kinerja Saya, mostly opened on a phone: the years the reader may open their SKP in, their SKP,
 * the SKP they appraise as pejabat penilai, their next kenaikan pangkat and its checks, their box on
 * the nine-box and why, and their appraisals over the years.
 */
export function MyPerformancePage() {
  const { t } = useTranslation('performance');
  const me = useMe();
  const mine = useMyPerformance();
  return (
    <Stack gap="lg">
      <div>
        <PageTitle title={t('mine.title')} />
        <Text c="dimmed" size="sm">
          {t('mine.intro')}
        </Text>
        {readsPerformanceOverview(me) && (
          <AnchorLink to="/performance/admin" size="sm">
            {t('mine.toAdmin')}
          </AnchorLink>
        )}
      </div>
      <QueryContent query={mine} height={200}>
        {(data) => <MyPerformanceView data={data} />}
      </QueryContent>
    </Stack>
  );
}

function MyPerformanceView({ data }: { data: MyPerformance }) {
  const { t } = useTranslation('performance');
  return (
    <Stack gap="xl">
      {data.openCycles.length > 0 && (
        <TitledSection id="performance-open" title={t('mine.openTitle')}>
          <OpenCycles cycles={data.openCycles} />
        </TitledSection>
      )}
      <TitledSection id="performance-own" title={t('mine.skpsTitle')}>
        {data.skps.length === 0 ? (
          <EmptyMessage title={t('mine.noSkp')}>{t('mine.noSkpHelp')}</EmptyMessage>
        ) : (
          <SkpCards label={t('mine.skpsTitle')} items={data.skps} side="own" />
        )}
      </TitledSection>
      {data.appraising.length > 0 && (
        <TitledSection id="performance-appraising" title={t('mine.appraisingTitle')}>
          <Text size="sm" c="dimmed">
            {t('mine.appraisingIntro')}
          </Text>
          <SkpCards label={t('mine.appraisingTitle')} items={data.appraising} side="appraised" />
        </TitledSection>
      )}
      <MyPromotionSection />
      <MyTalentSection />
      <PerformanceHistory history={data.history} />
    </Stack>
  );
}
