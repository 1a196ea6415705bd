import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../api/types';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { ButtonLink } from '../../../components/router-links';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useInstance } from '../../../lib/instance';
import { hasPermission, useMe } from '../../../lib/session';
import { useHomeSurveys } from '../api/get-home-surveys';
import { AttentionCard } from '../components/attention-card';
import { AuditCard } from '../components/audit-card';
import { type HomeSection, homeSections } from '../components/home-data';
import { PartnerHome } from '../components/partner-home';
import { PoliciesCard } from '../components/policies-card';
import { RecordCard } from '../components/record-card';
import { IkmCard, ResultsCard } from '../components/survey-cards';
import { WaitingCard } from '../components/waiting-card';
import { WorkforceOverview } from '../components/workforce-overview';

/** Beranda: one home per role, each showing only what that role may see (homeSections). */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const labels = useDomainLabels();
  const me = useMe();
  const sections = homeSections(me);
  const workforce = sections.includes('workforce');
  const demo = useInstance()?.demo ?? false;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle title={t('title')} />
        <Text c="dimmed">
          {workforce
            ? me.scopeUnit
              ? t('scopeUnit', { unit: me.scopeUnit.name })
              : t('scopeTenant', { tenant: me.tenant.name })
            : t('subtitle', { role: labels.role(me.role), tenant: me.tenant.name })}
        </Text>
        {!workforce && (
          <Text fw={600} data-testid="home-greeting">
            {t('greeting', { name: me.displayName })}
          </Text>
        )}
      </Stack>
      {demo && hasPermission(me, 'policy.read') && <TourInvitation />}
      {sections.map((section) => (
        <Section key={section} section={section} me={me} />
      ))}
    </Stack>
  );
}

/** In a demo, the way into the guided tour (policies/routes/tour-page.tsx). */
function TourInvitation() {
  const { t } = useTranslation('dashboard');
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="home-tour" bg="blue.0">
      <Group justify="space-between" gap="sm">
        <Stack gap={2} maw={560}>
          <Title order={2} size="h5" id="home-tour">
            {t('tour.title')}
          </Title>
          <Text size="sm">{t('tour.body')}</Text>
        </Stack>
        <ButtonLink to="/tour" size="sm">
          {t('tour.open')}
        </ButtonLink>
      </Group>
    </Card>
  );
}

function Section({ section, me }: { section: HomeSection; me: Me }): ReactNode {
  switch (section) {
    case 'attention':
      return <AttentionCard />;
    case 'waiting':
      return <WaitingCard onlyWhenWaiting={me.role !== 'pegawai'} />;
    case 'record':
      return <RecordCard employeeId={me.employeeId} />;
    case 'policies':
      return <PoliciesCard />;
    case 'surveys':
      return <SurveySection scoped={me.scopeUnit !== null} />;
    case 'workforce':
      return <WorkforceOverview scopeUnit={me.scopeUnit?.name ?? null} />;
    case 'audit':
      return <AuditCard />;
    case 'partner':
      return <PartnerHome me={me} />;
  }
}

/** IKM per service and the newest results, side by side on a wide screen. */
function SurveySection({ scoped }: { scoped: boolean }) {
  const query = useHomeSurveys();
  return (
    <QueryContent query={query} height={240}>
      {(data) =>
        data.ikm.length > 0 ? (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <IkmCard data={data} />
            <ResultsCard data={data} scoped={scoped} />
          </SimpleGrid>
        ) : (
          <ResultsCard data={data} scoped={scoped} wide />
        )
      }
    </QueryContent>
  );
}
